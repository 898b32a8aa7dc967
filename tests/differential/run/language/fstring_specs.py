# f-strings: nesting, format specs, conversions, = specifier, dicts.
name = 'Ember'
n = 42
pi = 3.14159265
d = {'key': 'value', 'n': 7}
items = [1, 2, 3]

print(f'{name} {n} {pi}')
print(f'{name!r} {name!s} {name!a}')
print(f'{"ünïcödé"!a} {"é"!r}')
print(f'{n:5}|{n:<5}|{n:^5}|{n:>5}|{n:05}|{n:+}|{n: }|{-n:=+6}')
print(f'{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b} {n:c}')
print(f'{1234567:,} {1234567:_} {1234567.891:,.2f} {0xDEADBEEF:_x}')
print(f'{pi:.2f} {pi:10.3f} {pi:<10.1f}| {pi:e} {pi:.3E} {pi:g} {pi:%}')
print(f'{0.5:.0%} {1e20:g} {1e-5:g} {12345.678:.3g}')
print(f'{name:*^11} {name:>{n // 6}} {name:.{2}}')

# nested replacement fields in the spec
width, prec = 12, 3
print(f'[{pi:{width}.{prec}f}]')
print(f'[{pi:{"<" if n else ">"}{width}}]')
fill = '-'
print(f'[{name:{fill}^{width}}]')

# = specifier keeps the text and uses repr by default
print(f'{n=}')
print(f'{n = }')
print(f'{name=}')
print(f'{name=!s}')
print(f'{pi=:.2f}')
print(f'{n + 1=}')
print(f'{d["key"]=}')
print(f'{items[1:]=}')

# dict and quote handling
print(f"{d['key']} {d['n']:03}")
print(f'{d}')
print(f'{ {"a": 1} }')
print(f'{ {1, 2} }')
print(f'{{literal braces}} {{{n}}}')

# expressions
print(f'{n * 2} {n if n > 40 else 0} {[i * 2 for i in items]} {(lambda x: x + 1)(n)}')
print(f'{"nested {} braces"}')
print(f'{f"{n}"}', f"{f'{n:>{3}}'}")
print(f'{"".join(reversed(name))}')
print(f'{n!r:>6}|{name!r:^10}|')

# objects with __format__
class Fmt:
    def __format__(self, spec):
        return 'Fmt(%s)' % spec
    def __repr__(self):
        return 'ReprFmt'
    def __str__(self):
        return 'StrFmt'
o = Fmt()
print(f'{o} {o:spec} {o!r} {o!s} {o!r:>10}')

# bad specs raise at format time
for code in ["f'{n:q}'", "f'{name:d}'", "f'{pi:,d}'", "f'{n:.2s}'", "f'{name:=10}'", "f'{None:10}'", "f'{[]:x}'"]:
    try:
        print(code, eval(code))
    except (ValueError, TypeError) as e:
        print(code, type(e).__name__, e)

# syntax errors in f-strings
for src in ["f'{}'", "f'{n!x}'", "f'{'", "f'}'", "f'{n:{}}'", "f'{#}'", "f'{n!}'"]:
    try:
        compile(src, '<f>', 'eval')
        print(src, 'compiled')
    except SyntaxError as e:
        print(src, 'SyntaxError', e.msg)

# multi-line and raw f-strings
print(f'''multi
{name}
line''')
print(rf'raw \n {n}')
print(fr'{name}\t')
print(f'tab\t{n}')

# format of bool, None, and nested containers
print(f'{True} {True:d} {False:>6} {None!r} {(1, "a")}')
print(f'{3+4j} {3+4j:.1f} {-0.0} {1e300*1e300} {float("nan")}')
print(format(n, ''), format(name), '{:>4}'.format(n))
