# startswith / endswith: tuples of prefixes, start and end, empty prefixes past the end, type errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)


t = 'hello world😀'
for p in ['he', 'hello world😀', '😀', 'world', '', 'x', ('x', 'he'), ('x', 'y'), (), ('', 'zz'), 'hello world😀!']:
    for start, end in [(None, None), (6, None), (-1, None), (0, 5), (6, -1), (20, None), (12, 12), (13, 13), (3, 1), (None, 2 ** 70)]:
        show(f'{p!r}[{start}:{end}]', lambda: (t.startswith(p, start, end), t.endswith(p, start, end)))

show('"a".startswith(["a"])', lambda: 'a'.startswith(['a']))
show('"a".endswith(1)', lambda: 'a'.endswith(1))
show('"a".startswith(("a", 1))', lambda: 'a'.startswith(('a', 1)))
show('"a".startswith((1, "a"))', lambda: 'a'.startswith((1, 'a')))
show('"a".startswith(b"a")', lambda: 'a'.startswith(b'a'))
show('"a".startswith()', lambda: 'a'.startswith())
show('"a".startswith("a", "0")', lambda: 'a'.startswith('a', '0'))
show('"a".startswith(prefix="a")', lambda: 'a'.startswith(prefix='a'))
show('"".startswith("")', lambda: ''.startswith(''))
show('"".startswith("", 1)', lambda: ''.startswith('', 1))
show('"ab".endswith("", 2)', lambda: 'ab'.endswith('', 2))
show('"ab".endswith("", 3)', lambda: 'ab'.endswith('', 3))
show('b"abc".startswith((b"x", bytearray(b"a")))', lambda: b'abc'.startswith((b'x', bytearray(b'a'))))
show('b"abc".endswith("c")', lambda: b'abc'.endswith('c'))
show('b"abc".endswith(("c",))', lambda: b'abc'.endswith(('c',)))
show('b"abc".startswith(99)', lambda: b'abc'.startswith(99))
show('bytearray(b"abc").endswith(memoryview(b"bc"))', lambda: bytearray(b'abc').endswith(memoryview(b'bc')))
show('b"abc".startswith(b"b", 1, 2)', lambda: b'abc'.startswith(b'b', 1, 2))
