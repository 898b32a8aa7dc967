# complex repr with signed zeros, inf and nan parts; complex() from strings and numbers, and its errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)


inf, nan = float('inf'), float('nan')
for re_ in [0.0, -0.0, 1.0, -1.5, inf, -inf, nan, 1e20, 1e-7, 123456789012345678.0]:
    for im in [0.0, -0.0, 2.0, -2.5, inf, -inf, nan, 1e16]:
        c = complex(re_, im)
        print(repr(c), str(c), f'{c}')

for s in ['1+2j', '1-2j', '(1+2j)', ' ( 1+2j ) ', '2j', '-2j', 'j', '-j', '+j', '1', '-1.5', '1e3', '1e3j', '1e-3+1e+3j',
          'inf', '-infj', 'nan+nanj', 'infj', '1+infj', '1_0+2_0j', '1.j', '.5j', '1+2J', '1 + 2j', '1+2', '1+j2', 'j1',
          '(1+2j', '1+2j)', '()', '', ' ', '1+2jj', '1++2j', '0x1j', '١+٢j', '1e+', '\t3j\n', '1+-2j', '--1']:
    show(f'complex({s!r})', lambda: complex(s))

show('complex()', lambda: complex())
show('complex(1)', lambda: complex(1))
show('complex(1, 2)', lambda: complex(1, 2))
show('complex(1.5, -0.0)', lambda: complex(1.5, -0.0))
show('complex(1j, 1j)', lambda: complex(1j, 1j))
show('complex(1 + 2j, 3 + 4j)', lambda: complex(1 + 2j, 3 + 4j))
show('complex(real=1, imag=2)', lambda: complex(real=1, imag=2))
show('complex(imag=2)', lambda: complex(imag=2))
show('complex("1", 2)', lambda: complex('1', 2))
show('complex(1, "2")', lambda: complex(1, '2'))
show('complex(None)', lambda: complex(None))
show('complex([1])', lambda: complex([1]))
show('complex(b"1")', lambda: complex(b'1'))
show('complex("1", "2")', lambda: complex('1', '2'))
show('complex(10 ** 400)', lambda: complex(10 ** 400))
show('complex("1e400")', lambda: complex('1e400'))
show('complex("x" * 300)', lambda: complex('x' * 300))


class C:
    def __complex__(self):
        return 3 + 4j


class BadC:
    def __complex__(self):
        return 5


class F:
    def __float__(self):
        return 2.5


class I:
    def __index__(self):
        return 9


show('complex(C())', lambda: complex(C()))
show('complex(BadC())', lambda: complex(BadC()))
show('complex(F())', lambda: complex(F()))
show('complex(I())', lambda: complex(I()))
show('complex(F(), F())', lambda: complex(F(), F()))
show('complex(C(), 1)', lambda: complex(C(), 1))
show('complex(1, C())', lambda: complex(1, C()))
show('complex(repr(1+2j)) == 1+2j', lambda: complex(repr(1 + 2j)) == 1 + 2j)
show('complex(repr(complex(-0.0, -0.0)))', lambda: complex(repr(complex(-0.0, -0.0))))
