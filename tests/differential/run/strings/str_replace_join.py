# str.replace with counts and empty patterns, join over any iterable and its error messages, str * int.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)


for t in ['aaa', 'abcabc', '', 'a😀a😀']:
    for old, new in [('a', 'X'), ('a', ''), ('', '-'), ('abc', 'ABC!'), ('😀', 'e'), ('zz', 'y'), (t, 'all')]:
        for count in [-1, 0, 1, 2, 100]:
            show(f'{t!r}.replace({old!r}, {new!r}, {count})', lambda: t.replace(old, new, count))
show('"a".replace("a")', lambda: 'a'.replace('a'))
show('"a".replace(1, "b")', lambda: 'a'.replace(1, 'b'))
show('"a".replace("a", None)', lambda: 'a'.replace('a', None))
show('"a".replace("a", "b", "1")', lambda: 'a'.replace('a', 'b', '1'))
show('"a".replace("a", "b", count=1)', lambda: 'a'.replace('a', 'b', count=1))
show('"a".replace("a", "b", 2 ** 70)', lambda: 'a'.replace('a', 'b', 2 ** 70))

show('",".join(["a", "b"])', lambda: ','.join(['a', 'b']))
show('",".join("abc")', lambda: ','.join('abc'))
show('",".join(())', lambda: ','.join(()))
show('",".join(["x"])', lambda: ','.join(['x']))
show('",".join(iter(["a", "b"]))', lambda: ','.join(iter(['a', 'b'])))
show('",".join({"k": 1})', lambda: ','.join({'k': 1}))
show('",".join(x for x in "ab")', lambda: ','.join(x for x in 'ab'))
show('",".join(["a", 1])', lambda: ','.join(['a', 1]))
show('",".join([1, "a"])', lambda: ','.join([1, 'a']))
show('",".join(["a", "b", None])', lambda: ','.join(['a', 'b', None]))
show('",".join([b"a"])', lambda: ','.join([b'a']))
show('",".join(5)', lambda: ','.join(5))
show('",".join()', lambda: ','.join())
show('",".join(["a"], ["b"])', lambda: ','.join(['a'], ['b']))
show('"😀".join(["a", "b"])', lambda: '😀'.join(['a', 'b']))
show('"".join(["\\ud83d", "\\ude00"])', lambda: ''.join(['\ud83d', '\ude00']) == '😀')
show('b",".join([b"a", bytearray(b"b"), memoryview(b"c")])', lambda: b','.join([b'a', bytearray(b'b'), memoryview(b'c')]))
show('b",".join([b"a", "b"])', lambda: b','.join([b'a', 'b']))
show('b",".join([1])', lambda: b','.join([1]))
show('bytearray(b"-").join([b"a", b"b"])', lambda: bytearray(b'-').join([b'a', b'b']))


class S(str):
    pass


r = ''.join([S('only')])
print(repr(r), type(r).__name__)
r = S('-').join(['a', 'b'])
print(repr(r), type(r).__name__)
for n in [-1, 0, 1, 3]:
    print(repr('ab' * n), repr(n * 'x'), repr('' * n), repr(b'ab' * n))
show('"a" * 1.5', lambda: 'a' * 1.5)
show('"a" * "b"', lambda: 'a' * 'b')
show('"a" * (2 ** 70)', lambda: 'a' * (2 ** 70))
show('"" * (2 ** 70)', lambda: '' * (2 ** 70))
show('"a" + 1', lambda: 'a' + 1)
show('1 + "a"', lambda: 1 + 'a')
show('"a" + b"a"', lambda: 'a' + b'a')
show('"a" + None', lambda: 'a' + None)
