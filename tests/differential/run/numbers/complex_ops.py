# complex: construction, repr, arithmetic, pow, comparisons, hash, errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)


INF = float('inf')
NAN = float('nan')
for args in [(), (1,), (1, 2), (1.5, -2), (-0.0, -0.0), (0, -0.0), (-0.0, 0), (1j,), (1j, 1j), (1 + 2j, 3), (2, 1 + 1j), (INF, NAN), (NAN, -INF), (True, False)]:
    show(f'complex{args!r}', lambda: complex(*args))
show('complex(real=1, imag=2)', lambda: complex(real=1, imag=2))
show('complex(imag=2)', lambda: complex(imag=2))
show('complex(1, 2, 3)', lambda: complex(1, 2, 3))
show('complex(None)', lambda: complex(None))
show('complex(1, None)', lambda: complex(1, None))
show('complex("1", 2)', lambda: complex('1', 2))
show('complex(1, "2")', lambda: complex(1, '2'))
show('complex(10**400)', lambda: complex(10 ** 400))
for text in ['1+2j', ' (1+2j) ', '1-j', '+j', 'j', '-j', '1', '2.5j', '1e1000j', 'nan+nanj', '-nanj', 'infj', '1_0j', '1__0j', '(1+2j', '1+2jj', '1 + 2j', '',
             '1+', '1e', '.5j', '5.j', '(  3J  )', '١j']:
    show(f'complex({text!r})', lambda: complex(text))


class WithComplex:
    def __complex__(self):
        return 3 + 4j


class BadComplex:
    def __complex__(self):
        return 1


show('complex(WithComplex())', lambda: complex(WithComplex()))
show('complex(BadComplex())', lambda: complex(BadComplex()))
VALUES = [0j, 1j, 1 + 2j, -1.5 + 0.5j, 3 - 4j, complex(INF, 1), 2, 2.5, -1, 1e200 + 1e200j]
for a in VALUES:
    for b in VALUES:
        show(f'{a!r} + {b!r}', lambda: a + b)
        show(f'{a!r} - {b!r}', lambda: a - b)
        show(f'{a!r} * {b!r}', lambda: a * b)
        show(f'{a!r} / {b!r}', lambda: a / b)
        show(f'{a!r} ** {b!r}', lambda: a ** b)
        show(f'{a!r} == {b!r}', lambda: (a == b, a != b))
    show(f'-{a!r}', lambda: (-a, +a, abs(a), bool(a)))
for a in [1j, 2 + 0j, 1 + 1j, 0j, -1 + 0j]:
    for n in [0, 1, 2, 3, 10, -1, -2, 101, 0.5, 1j]:
        show(f'{a!r} ** {n!r}', lambda: a ** n)
show('1j < 2j', lambda: 1j < 2j)
show('1j % 2', lambda: 1j % 2)
show('1j // 2', lambda: 1j // 2)
show('divmod(1j, 2)', lambda: divmod(1j, 2))
show('pow(1j, 2, 3)', lambda: pow(1j, 2, 3))
show('abs(complex(1.7e308, 1.7e308))', lambda: abs(complex(1.7e308, 1.7e308)))
show('abs(complex(INF, NAN))', lambda: abs(complex(INF, NAN)))
show('int(1j)', lambda: int(1j))
show('float(1j)', lambda: float(1j))
for z in [0j, 1j, 1 + 2j, -1.5 - 2.5j, complex(-1, 0), complex(0.5, 1e100), complex(INF, -INF)]:
    print(repr(z), str(z), hash(z), z.real, z.imag, z.conjugate(), z.__getnewargs__(), z.__complex__())
    for spec in ['', '.2f', 'e', '>20', '+', 'g', '^30.3e']:
        show(f'format({z!r}, {spec!r})', lambda: format(z, spec))
show('format(1j, "d")', lambda: format(1j, 'd'))
show('(-8) ** (1/3)', lambda: (-8) ** (1 / 3))
show('(-2.0) ** 0.5', lambda: (-2.0) ** 0.5)
print(1 == 1 + 0j, 1.5 == 1.5 + 0j, 2 ** 80 == complex(2 ** 80), 2 ** 53 + 1 == complex(2 ** 53 + 1))
