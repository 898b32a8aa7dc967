# _string: formatter_parser and formatter_field_name_split, as string.Formatter uses them.
import _string

print(sorted(n for n in dir(_string) if not n.startswith('__')))
for fmt in ['', 'plain', 'a{0!r:>{w}}b{{c}}{}{x.y[2]}{!s}', '{}{}{}', '{0}{1}', '{:d}', '{x!a}', '{0:{1}.{2}f}',
            'é{名}ü', '}}{{', '{ 0 }', '{a[}]}', '{a[x]}', '{!r}', '{0!r}', '{0:}', '{0!s:}', 'tail{0}text',
            '{', '}', 'a{0!', '{0!rx}', '{0:', '{a{b}', '{!}', 'x}}{', '{0!r', '{0:{', '{[}', 'ok{0}}']:
    it = _string.formatter_parser(fmt)
    out = []
    try:
        for item in it:
            out.append(item)
        print(repr(fmt), out)
    except Exception as e:
        print(repr(fmt), out, type(e).__name__, e)

for name in ['a.b[0][x].c', '0.x', '', '1[', 'a..b', 'a[]', '[0]', '99999999999999999999.x', 'a.b[1x]', 'a]x',
             '12', '0[1][2]', 'x[-1]', 'x[01]', 'a.b.c', 'a[0]b', '٣.x', 'a[99999999999999999999]']:
    try:
        first, rest = _string.formatter_field_name_split(name)
        steps = []
        try:
            for step in rest:
                steps.append(step)
            print(repr(name), repr(first), steps)
        except Exception as e:
            print(repr(name), repr(first), steps, type(e).__name__, e)
    except Exception as e:
        print(repr(name), type(e).__name__, e)

for f in (_string.formatter_parser, _string.formatter_field_name_split):
    for args in [(1,), (), ('a', 'b'), (b'x',)]:
        try:
            f(*args)
            print('ok')
        except Exception as e:
            print(type(e).__name__, e)
it = _string.formatter_parser('a{b}')
print(type(it).__name__, iter(it) is it, next(it), list(it))
first, rest = _string.formatter_field_name_split('x.y')
print(type(rest).__name__, iter(rest) is rest)
for t in (type(it), type(rest)):
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
