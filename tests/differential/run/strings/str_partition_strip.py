# partition / rpartition and the strip family with and without chars, removeprefix / removesuffix.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)


for t in ['a=b=c', '=', 'abc', '', '==', 'a😀b😀c', 'key: value: x']:
    for sep in ['=', 'b', '😀', ': ', 'zz', 'abc']:
        show(f'{t!r}.partition({sep!r})', lambda: t.partition(sep))
        show(f'{t!r}.rpartition({sep!r})', lambda: t.rpartition(sep))
show('"a".partition("")', lambda: 'a'.partition(''))
show('"a".rpartition("")', lambda: 'a'.rpartition(''))
show('"a".partition(None)', lambda: 'a'.partition(None))
show('"a".partition()', lambda: 'a'.partition())
show('"a".partition(b"a")', lambda: 'a'.partition(b'a'))

for t in ['  hi  ', '\t\n hi \x0b\x0c\r', 'xxhixx', 'xyhiyx', '', '   ', '\u3000\xa0hi\u2003\x85', '😀hi😀', 'hi']:
    print(repr(t), repr(t.strip()), repr(t.lstrip()), repr(t.rstrip()), repr(t.strip('xy')), repr(t.lstrip('x')),
          repr(t.rstrip('x')), repr(t.strip('😀')), repr(t.strip('')), repr(t.strip(None)))
show('"abc".strip("cba")', lambda: 'abc'.strip('cba'))
show('"aXbXa".strip("a")', lambda: 'aXbXa'.strip('a'))
show('"a".strip(1)', lambda: 'a'.strip(1))
show('"a".lstrip(b"a")', lambda: 'a'.lstrip(b'a'))
show('"a".rstrip("a", "b")', lambda: 'a'.rstrip('a', 'b'))
show('"a".strip(chars="a")', lambda: 'a'.strip(chars='a'))
for t in ['prefix_body_suffix', 'body', '', 'prefixprefix']:
    print(repr(t), t.removeprefix('prefix'), t.removesuffix('suffix'), t.removeprefix(''), t.removesuffix(t), t.removeprefix(t + 'x'))
show('"a".removeprefix(1)', lambda: 'a'.removeprefix(1))
show('"a".removesuffix()', lambda: 'a'.removesuffix())
show('"a".removeprefix(prefix="a")', lambda: 'a'.removeprefix(prefix='a'))


class S(str):
    pass


for r in [S('ab').partition('z'), S(' a ').strip(), S('ab').removeprefix('z'), S('ab').removeprefix('a')]:
    print(repr(r), type(r if isinstance(r, str) else r[0]).__name__)
