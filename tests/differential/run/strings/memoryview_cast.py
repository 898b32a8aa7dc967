# memoryview.cast between 'B' and the native formats (re._compiler's
# _bytes_to_codes uses cast('I').tolist()).
import sys

b = bytes(range(16))
m = memoryview(b).cast('I')
print(m.format, m.itemsize, len(m), m.nbytes, m.shape, m.strides, m.readonly)
print(m.tolist() == [int.from_bytes(b[i:i + 4], sys.byteorder) for i in range(0, 16, 4)])
print(m[0] == int.from_bytes(b[:4], sys.byteorder), m[-1] == int.from_bytes(b[12:], sys.byteorder))
print(list(m) == m.tolist(), m.tobytes() == b)
for f in ['B', 'b', 'c', 'H', 'h', 'i', 'L', 'q', '?', '@I']:
    v = memoryview(b).cast(f)
    print(f, v.format, v.itemsize, len(v), v.tolist()[:2] if f in 'Bbc?' else len(v.tolist()))
back = m.cast('B')
print(back.format, len(back), back.tolist() == list(b))
print(memoryview(bytearray(b'\xff\xfe')).cast('h').tolist(), memoryview(b'\x01\x00').cast('?').tolist())
for bad in [lambda: memoryview(b'abc').cast('I'), lambda: memoryview(b'abcd').cast('x'),
            lambda: memoryview(b'abcdabcd').cast('I').cast('H'), lambda: memoryview(b'abcd')[::2].cast('B'),
            lambda: m[4], lambda: memoryview(b'abcd').cast(1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
