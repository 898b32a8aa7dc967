# complex arithmetic: + - * / ** with every operand type, abs, conjugate, real/imag, zero division messages.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)


vals = [1 + 2j, -3 - 4j, 2j, -1j, 0j, 1.5 + 0j, complex(0, -0.0), 3, -2.5, True]
for a in vals:
    for b in vals:
        show(f'{a!r} + - * {b!r}', lambda: (a + b, a - b, a * b))
        show(f'{a!r} / {b!r}', lambda: a / b)
for a in [1 + 2j, -3 - 4j, 2j, 0j, 1.5 + 0.5j]:
    for e in [0, 1, 2, 3, -1, -2, 0.5, 2j, 1 + 1j, 100, 101]:
        show(f'{a!r} ** {e!r}', lambda: a ** e)
    print(repr(a), abs(a), a.conjugate(), a.real, a.imag, -a, +a, a == a.conjugate(), bool(a))

show('abs(3 + 4j)', lambda: abs(3 + 4j))
show('abs(complex(1e308, 1e308))', lambda: abs(complex(1e308, 1e308)))
show('abs(complex(float("inf"), float("nan")))', lambda: abs(complex(float('inf'), float('nan'))))
show('0j ** -1', lambda: 0j ** -1)
show('0j ** 0', lambda: 0j ** 0)
show('0j ** 0j', lambda: 0j ** 0j)
show('0j ** 1j', lambda: 0j ** 1j)
show('(1 + 1j) // 1', lambda: (1 + 1j) // 1)
show('(1 + 1j) % 1', lambda: (1 + 1j) % 1)
show('divmod(1j, 1)', lambda: divmod(1j, 1))
show('pow(1j, 2, 3)', lambda: pow(1j, 2, 3))
show('(1 + 1j) < (2 + 2j)', lambda: (1 + 1j) < (2 + 2j))
show('1j > 0', lambda: 1j > 0)
show('1j == 1j + 0', lambda: 1j == 1j + 0)
show('(1 + 0j) == 1', lambda: (1 + 0j) == 1)
show('(1 + 0j) == 1.0', lambda: (1 + 0j) == 1.0)
show('1j + "a"', lambda: 1j + 'a')
show('1j * [1]', lambda: 1j * [1])
show('(2 ** 1024) * 1j', lambda: (2 ** 1024) * 1j)
show('(1e308 + 1e308j) * 10', lambda: (1e308 + 1e308j) * 10)
show('(1e200j) ** 2', lambda: (1e200j) ** 2)
show('(1 + 1j) ** 1e10', lambda: (1 + 1j) ** 1e10)
show('2 ** (1 + 1j)', lambda: 2 ** (1 + 1j))
show('(-8) ** (1 / 3)', lambda: (-8) ** (1 / 3))
show('(1j).conjugate(1)', lambda: (1j).conjugate(1))
show('complex.conjugate(1)', lambda: complex.conjugate(1))
x = 1 + 1j
x *= 1j
print(x)
x /= 2
print(x)
x **= 2
print(x)
