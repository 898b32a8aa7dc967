# int.from_bytes: byte orders, signed, iterables and buffers, round trips, errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)


samples = [b'', b'\x00', b'\x01', b'\x7f', b'\x80', b'\xff', b'\x00\x01', b'\x01\x00', b'\xff\xff', b'\x80\x00',
           b'\xff\x7f', bytes(range(1, 17)), b'\xff' * 9, b'\x00' * 5 + b'\x80']
for data in samples:
    for order in ['big', 'little']:
        print(data.hex(), order, int.from_bytes(data, order), int.from_bytes(data, order, signed=True))

show('int.from_bytes(b"\\x01\\x02")', lambda: int.from_bytes(b'\x01\x02'))
show('int.from_bytes([1, 2], "little")', lambda: int.from_bytes([1, 2], 'little'))
show('int.from_bytes((255, 0), "big", signed=True)', lambda: int.from_bytes((255, 0), 'big', signed=True))
show('int.from_bytes(bytearray(b"\\x10"), "big")', lambda: int.from_bytes(bytearray(b'\x10'), 'big'))
show('int.from_bytes(memoryview(b"\\x10\\x20"), "big")', lambda: int.from_bytes(memoryview(b'\x10\x20'), 'big'))
show('int.from_bytes(iter([1, 0]), "big")', lambda: int.from_bytes(iter([1, 0]), 'big'))
show('int.from_bytes([256], "big")', lambda: int.from_bytes([256], 'big'))
show('int.from_bytes([-1], "big")', lambda: int.from_bytes([-1], 'big'))
show('int.from_bytes(["a"], "big")', lambda: int.from_bytes(['a'], 'big'))
show('int.from_bytes("ab", "big")', lambda: int.from_bytes('ab', 'big'))
show('int.from_bytes(5, "big")', lambda: int.from_bytes(5, 'big'))
show('int.from_bytes(b"a", "sideways")', lambda: int.from_bytes(b'a', 'sideways'))
show('int.from_bytes(b"a", 5)', lambda: int.from_bytes(b'a', 5))
show('int.from_bytes(bytes=b"a", byteorder="big")', lambda: int.from_bytes(bytes=b'a', byteorder='big'))
show('int.from_bytes()', lambda: int.from_bytes())
show('bool.from_bytes(b"\\x01", "big")', lambda: bool.from_bytes(b'\x01', 'big'))
show('bool.from_bytes(b"\\x00", "big")', lambda: bool.from_bytes(b'\x00', 'big'))


class MyInt(int):
    pass


r = MyInt.from_bytes(b'\x01\x00', 'big')
print(type(r).__name__, r)

for v in [0, 1, -1, 12345, -12345, 2 ** 200 + 17, -(2 ** 200) - 17]:
    n = (v.bit_length() + 8) // 8
    for order in ['big', 'little']:
        assert int.from_bytes(v.to_bytes(n, order, signed=True), order, signed=True) == v
print('round trips hold')
