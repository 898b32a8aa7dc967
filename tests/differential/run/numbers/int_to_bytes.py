# int.to_bytes: lengths, byte orders, signed, defaults (3.11), overflow messages.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)


for v in [0, 1, 127, 128, 255, 256, -1, -128, -129, -256, 65535, 2 ** 63, -(2 ** 63), 2 ** 64 - 1]:
    for length in [1, 2, 8, 9]:
        for order in ['big', 'little']:
            for signed in [False, True]:
                show(f'({v}).to_bytes({length}, {order!r}, signed={signed})',
                     lambda: v.to_bytes(length, order, signed=signed))

show('(0).to_bytes(0, "big")', lambda: (0).to_bytes(0, 'big'))
show('(1).to_bytes(0, "big")', lambda: (1).to_bytes(0, 'big'))
show('(-1).to_bytes(0, "big", signed=True)', lambda: (-1).to_bytes(0, 'big', signed=True))
show('(5).to_bytes()', lambda: (5).to_bytes())
show('(255).to_bytes()', lambda: (255).to_bytes())
show('(256).to_bytes()', lambda: (256).to_bytes())
show('(5).to_bytes(2)', lambda: (5).to_bytes(2))
show('(5).to_bytes(byteorder="little", length=3)', lambda: (5).to_bytes(byteorder='little', length=3))
show('(5).to_bytes(2, "middle")', lambda: (5).to_bytes(2, 'middle'))
show('(5).to_bytes(2, b"big")', lambda: (5).to_bytes(2, b'big'))
show('(5).to_bytes(-1, "big")', lambda: (5).to_bytes(-1, 'big'))
show('(5).to_bytes(1.0, "big")', lambda: (5).to_bytes(1.0, 'big'))
show('(5).to_bytes(2, "big", True)', lambda: (5).to_bytes(2, 'big', True))
show('(-5).to_bytes(2, "big")', lambda: (-5).to_bytes(2, 'big'))
show('(2 ** 100).to_bytes(13, "big")', lambda: (2 ** 100).to_bytes(13, 'big'))
show('(2 ** 100).to_bytes(12, "big")', lambda: (2 ** 100).to_bytes(12, 'big'))
show('(-(2 ** 100)).to_bytes(13, "little", signed=True)', lambda: (-(2 ** 100)).to_bytes(13, 'little', signed=True))
show('(2 ** 127).to_bytes(16, "big", signed=True)', lambda: (2 ** 127).to_bytes(16, 'big', signed=True))
show('True.to_bytes(1, "big")', lambda: True.to_bytes(1, 'big'))
show('(1000).to_bytes((1000).bit_length() // 8 + 1, "big")', lambda: (1000).to_bytes((1000).bit_length() // 8 + 1, 'big'))
show('(5).to_bytes(2, "big", signed=0)', lambda: (5).to_bytes(2, 'big', signed=0))
show('(5).to_bytes(2, "big", sign=True)', lambda: (5).to_bytes(2, 'big', sign=True))
show('(5).to_bytes(2, "big", 1, 2)', lambda: (5).to_bytes(2, 'big', 1, 2))
