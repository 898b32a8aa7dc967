# _struct: every format character in every byte order, packing and unpacking, sizes and alignment.
import _struct as s

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

VALUES = {
    'b': [0, 1, -1, 127, -128], 'B': [0, 1, 255, 128],
    'h': [0, -1, 32767, -32768, 258], 'H': [0, 65535, 258],
    'i': [0, -1, 2**31 - 1, -2**31, 16909060], 'I': [0, 2**32 - 1, 16909060],
    'l': [0, -1, 2**31 - 1, -2**31], 'L': [0, 2**32 - 1],
    'q': [0, -1, 2**63 - 1, -2**63, 0x0102030405060708], 'Q': [0, 2**64 - 1, 0x0102030405060708],
    'n': [0, -1, 2**63 - 1], 'N': [0, 2**64 - 1], 'P': [0, 1, 2**64 - 1, -1],
    '?': [True, False, 0, 5, [], [1], 'x'],
    'e': [0.0, -0.0, 1.0, -2.5, 65504.0, 6.1e-05, 5.96e-08, 1e-9, 0.1, 1/3, float('inf'), float('-inf'), 2049.0, 2051.0, 4097.0],
    'f': [0.0, -0.0, 1.5, 0.1, 3.4e38, 1e-45, float('inf'), 16777217.0],
    'd': [0.0, -0.0, 0.1, 1e308, 5e-324, float('-inf')],
}
for order in ['', '@', '=', '<', '>', '!']:
    for c, vals in VALUES.items():
        if order not in ('', '@') and c in 'nNP':
            continue
        f = order + c
        for v in vals:
            show(f + ' ' + repr(v), lambda: (s.pack(f, v), s.unpack(f, s.pack(f, v))))
    show(order + ' sizes', lambda: [s.calcsize(order + c) for c in 'xcbB?hHiIlLqQefd'])

# NaN keeps its sign for e (the payload is not kept)
for f in ['<e', '>e', '<f', '<d']:
    print(f, 'nan', s.pack(f, float('nan')), s.pack(f, -float('nan')), s.unpack(f, s.pack(f, float('nan'))))

# c, s, p, x
show('c', lambda: s.pack('3c', b'a', b'\x00', b'\xff'))
show('c unpack', lambda: s.unpack('2c', b'ab'))
show('s short', lambda: s.pack('5s', b'ab'))
show('s long', lambda: s.pack('3s', b'abcdef'))
show('s bytearray', lambda: s.pack('4s', bytearray(b'xy')))
show('s unpack', lambda: s.unpack('3s2s', b'abcde'))
show('0s', lambda: (s.pack('0s', b'abc'), s.calcsize('0s'), s.unpack('0s', b'')))
show('p', lambda: s.pack('5p', b'ab'))
show('p long', lambda: s.pack('4p', b'abcdefg'))
show('p 300', lambda: s.pack('300p', b'z' * 400)[:3])
show('p unpack', lambda: s.unpack('5p', b'\x02abcd'))
show('p unpack clipped', lambda: s.unpack('4p', b'\x09abc'))
show('1p', lambda: (s.pack('1p', b'abc'), s.unpack('1p', b'\x05')))
show('x', lambda: (s.pack('x3xb', 7), s.unpack('bxxh', b'\x01\x00\x00\x02\x00')))
show('counts', lambda: s.pack('3b2h', 1, 2, 3, 4, 5))
show('whitespace', lambda: s.pack(' < 2 h\ti\n', 1, 2, 3))
show('0i', lambda: (s.calcsize('b0i'), s.pack('b0i', 1)))

# native alignment
for f in ['bh', 'bi', 'bq', 'bd', 'be', 'bf', 'bP', 'b?', 'hb', 'ih', 'bhi', 'b3s', '3sq', 'bn', 'qb', 'bxi', '=bi', '<bq', '>bd']:
    show('align ' + f, lambda: s.calcsize(f))
show('align pack', lambda: s.pack('bhiq', 1, 2, 3, 4))
show('align unpack', lambda: s.unpack('bhiq', s.pack('bhiq', -1, -2, -3, -4)))

# float rounding and overflow
show('f round', lambda: s.unpack('<f', s.pack('<f', 0.1)))
show('f native overflow', lambda: s.pack('f', 1e300))
show('f < overflow', lambda: s.pack('<f', 1e300))
show('f > overflow', lambda: s.pack('>f', -1e39))
show('f max', lambda: s.pack('<f', 3.4028235677973366e+38))
show('e overflow', lambda: s.pack('<e', 65520.0))
show('e max', lambda: s.pack('<e', 65519.99))
show('e > overflow', lambda: s.pack('>e', -1e6))
show('e subnormal', lambda: [s.unpack('<e', s.pack('<e', x))[0] for x in (2.0**-24, 2.0**-25, 3 * 2.0**-25, 2.0**-26)])
show('e ties', lambda: [s.pack('<e', x) for x in (1 + 2**-11, 1 + 3 * 2**-11, 1 + 2**-11 + 2**-30)])
show('d int', lambda: s.pack('<d', 3))
show('d int huge', lambda: s.pack('<d', 2**2000))
show('f str', lambda: s.pack('f', 'x'))

class Idx:
    def __index__(self):
        return 7

class BadIdx:
    def __index__(self):
        return 'x'

class Flt:
    def __float__(self):
        return 2.5

show('__index__', lambda: [s.pack(f, Idx()) for f in 'bBhHiIlLqQnNP'])
show('__index__ >q', lambda: s.pack('>q', Idx()))
show('bad __index__', lambda: s.pack('i', BadIdx()))
show('__float__', lambda: s.pack('<d', Flt()))
show('__float__ for int', lambda: s.pack('i', Flt()))
show('float for int', lambda: s.pack('i', 1.0))
show('bool', lambda: s.pack('<iq', True, False))
show('unpack bool bytes', lambda: s.unpack('<???', b'\x00\x01\x02'))
