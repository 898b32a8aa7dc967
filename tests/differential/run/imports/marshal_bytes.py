# marshal.dumps gives CPython's exact bytes for named values and constants; loads reads them back.
import marshal

# CPython flags an object for back-references only when its reference count is
# above one; Ember flags every object, so temporaries are left out here.
shared = [1, 2]
big = 2 ** 100
values = [
    None, True, False, ..., StopIteration,
    0, 1, -1, 255, 256, 300, -5, 2 ** 31 - 1, -2 ** 31, 2 ** 31, -2 ** 31 - 1, 2 ** 40, -2 ** 62, big, -big, 2 ** 64,
    0.0, -0.0, 1.5, 1e300, float('inf'), -float('inf'), 1j, 2.5 - 3j,
    '', 'a', 'abc', 'hello world', 'a' * 255, 'é', 'ü€', '😀', 'x y' * 100, 'abc_' * 80,
    b'', b'ab', b'\x00\xff' * 3, bytearray(b'xyz'), memoryview(b'mv'),
    (), (1, 2), ('a', 'a'), tuple([7] * 300), [], shared, (shared, shared), [1.5, 1.5], [300, 300],
    {}, {'a': 1, 'b': shared}, {1: 'x', (1, 2): None},
    frozenset(), frozenset({3, 1, 2, 1000}), {'zz', 'aa', 'mm', 'b'}, {(1, 2), (3,), ()},
]
for v in values:
    data = marshal.dumps(v)
    back = marshal.loads(data)
    same = back == v if not isinstance(v, float) or v == v else back != back
    print(type(v).__name__, data if len(data) < 80 else (len(data), data[:40], data[-10:]), same)

for version in range(5):
    for v in (7, 2 ** 70, 0.1, 1e-7, -0.0, float('nan'), 1e16, 2.5 - 3j, 'abc', 'é', ('a', 'a'), shared, frozenset({'q'})):
        data = marshal.dumps(v, version)
        print(version, data)
        back = marshal.loads(data)
        print('  ', back if back == back else 'nan')

nested = [shared, {'k': shared}, (shared,)]
back = marshal.loads(marshal.dumps(nested))
print(back, back[0] is back[1]['k'] is back[2][0])
self_ref = []
self_ref.append(self_ref)
back = marshal.loads(marshal.dumps(self_ref))
print(back[0] is back)
print(marshal.loads(b'i\x01\x00\x00\x00extra'), marshal.version)
print(marshal.loads(b'I\x01\x00\x00\x00\x00\x00\x00\x01'), marshal.loads(b'f\x031.5'), marshal.loads(b'x\x011\x02-2'))
print(marshal.loads(bytearray(b'\xe9\x05\x00\x00\x00')), marshal.loads(memoryview(b'N')))
print(marshal.loads(b'{0'), marshal.loads(b'{i\x01\x00\x00\x000'), marshal.loads(b't\x02\x00\x00\x00hi'))
print(marshal.loads(b'\xdb\x02\x00\x00\x00\xe9\x01\x00\x00\x00r\x01\x00\x00\x00'))

bad = [b'0', b'', b'i\x01', b'(\x01\x00\x00\x000', b'[\x01\x00\x00\x000', b'<\x01\x00\x00\x000', b'r\x00\x00\x00\x00',
       b'\x01', b'l\x01\x00\x00\x00\x00\x00', b'l\x01\x00\x00\x00\x00\x80', b'[\xff\xff\xff\xff', b's\xff\xff\xff\xff',
       b'a\xff\xff\xff\xff', b'(\xff\xff\xff\xff', b'<\xff\xff\xff\xff', b'z\x05ab', b'u\x02\x00\x00\x00\xff\xfe',
       b'\xdb\x01\x00\x00\x00r\x01\x00\x00\x00', b'z', b')', b'g\x00', b'[\x01\x00\x00\x00' * 3000, b'{i\x01\x00\x00\x00']
for data in bad:
    try:
        print(repr(marshal.loads(data))[:60])
    except Exception as e:
        print(data[:20], type(e).__name__, e)

class I(int):
    pass

deep = []
for i in range(3000):
    deep = [deep]
for v in (object(), [print], I(3), {1: object}, deep, {frozenset(): print}):
    try:
        marshal.dumps(v)
    except Exception as e:
        print(type(e).__name__, e)

def attempt(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)

attempt(marshal.dumps)
attempt(marshal.dumps, 1, 2, 3)
attempt(marshal.dumps, 1, 1.5)
attempt(marshal.dumps, 1, 2 ** 40)
attempt(marshal.dumps, 1, 99)
attempt(marshal.dumps, 1, -1)
attempt(marshal.loads, 'x')
attempt(marshal.loads)
attempt(marshal.load, 3)
attempt(marshal.dump, 1)
try:
    marshal.dumps(1, version=2)
except TypeError as e:
    print(e)
