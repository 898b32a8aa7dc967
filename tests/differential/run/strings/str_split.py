# str.split / rsplit: whitespace runs, explicit separators, maxsplit from both ends, Unicode spaces, errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)


texts = ['', ' ', 'a', ' a b  c ', 'a,b,,c,', ',a,', 'a\tb\nc\x0bd\x0ce\rf\x1cg\x1dh\x1ei\x1fj\x85k\xa0l\u2003m\u3000n',
         'one  two   three', 'aXbXXc', '😀 😀😀 x']
for t in texts:
    for ms in [-1, 0, 1, 2, 10]:
        show(f'{t!r}.split(None, {ms})', lambda: t.split(None, ms))
        show(f'{t!r}.rsplit(None, {ms})', lambda: t.rsplit(None, ms))
        for sep in [',', 'X', 'XX', ' ', '😀']:
            show(f'{t!r}.split({sep!r}, {ms})', lambda: t.split(sep, ms))
            show(f'{t!r}.rsplit({sep!r}, {ms})', lambda: t.rsplit(sep, ms))

show('"a b".split(maxsplit=0)', lambda: 'a b'.split(maxsplit=0))
show('" a b ".split(maxsplit=0)', lambda: ' a b '.split(maxsplit=0))
show('" a b ".rsplit(maxsplit=0)', lambda: ' a b '.rsplit(maxsplit=0))
show('"a,b".split(sep=",")', lambda: 'a,b'.split(sep=','))
show('"a,b".split(",", maxsplit=-5)', lambda: 'a,b'.split(',', maxsplit=-5))
show('"a".split("")', lambda: 'a'.split(''))
show('"a".rsplit("")', lambda: 'a'.rsplit(''))
show('"a".split(1)', lambda: 'a'.split(1))
show('"a".split(b"a")', lambda: 'a'.split(b'a'))
show('"a".split(",", "1")', lambda: 'a'.split(',', '1'))
show('"a".split(",", 1.0)', lambda: 'a'.split(',', 1.0))
show('"a".split(",", 1, 2)', lambda: 'a'.split(',', 1, 2))
show('"a".split(x=1)', lambda: 'a'.split(x=1))
show('"a b".split(None, 2 ** 70)', lambda: 'a b'.split(None, 2 ** 70))
show('str.split("a b")', lambda: str.split('a b'))
show('str.split(5)', lambda: str.split(5))


class S(str):
    pass


r = S('a b').split()
print(r, type(r[0]).__name__)
r = S('ab').split(',')
print(r, type(r[0]).__name__)
