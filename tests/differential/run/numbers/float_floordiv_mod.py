# float // and % with mixed signs, signed zeros in results, divmod consistency, huge quotients, zero divisors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)


vals = [7.5, -7.5, 0.0, -0.0, 1.0, -1.0, 0.1, 1e300, -1e-300, 3]
divs = [2.0, -2.0, 0.3, -0.3, 1e-300, 1e300, 3, -3, 0.1]
for a in vals:
    for b in divs:
        q, r = divmod(a, b)
        print(f'{a!r} {b!r}: // {a // b!r} % {a % b!r} divmod {(q, r)!r}')

for a, b in [(1, 0.0), (1.0, 0), (0.0, 0.0), (-1.5, -0.0), (1e300, 0.0)]:
    show(f'{a} / {b}', lambda: a / b)
    show(f'{a} // {b}', lambda: a // b)
    show(f'{a} % {b}', lambda: a % b)
    show(f'divmod({a}, {b})', lambda: divmod(a, b))
show('1 / 0', lambda: 1 / 0)
show('1 // 0', lambda: 1 // 0)
show('1 % 0', lambda: 1 % 0)
show('0.0 ** -1', lambda: 0.0 ** -1)
show('(-0.0) ** -1.5', lambda: (-0.0) ** -1.5)
show('0 ** -1.0', lambda: 0 ** -1.0)
show('1 / False', lambda: 1 / False)
show('1.0 % 0j', lambda: 1.0 % 0j)
show('1.0 // 1j', lambda: 1.0 // 1j)
show('divmod(1.0, 1j)', lambda: divmod(1.0, 1j))
show('1j / 0', lambda: 1j / 0)
show('1j / 0.0', lambda: 1j / 0.0)
show('1j / 0j', lambda: 1j / 0j)
show('(10 ** 400) / 1.0', lambda: (10 ** 400) / 1.0)
show('1.0 / (10 ** 400)', lambda: 1.0 / (10 ** 400))
show('1e308 // 1e-308', lambda: 1e308 // 1e-308)
show('-1e-308 % 1e308', lambda: -1e-308 % 1e308)
show('5.0 % float("inf")', lambda: 5.0 % float('inf'))
show('-5.0 % float("inf")', lambda: -5.0 % float('inf'))
show('5.0 // float("-inf")', lambda: 5.0 // float('-inf'))
show('(0.7 // 0.1, 0.7 % 0.1)', lambda: (0.7 // 0.1, 0.7 % 0.1))
show('(-0.7 // 0.1, -0.7 % 0.1)', lambda: (-0.7 // 0.1, -0.7 % 0.1))
show('2 ** 60 // 0.5', lambda: 2 ** 60 // 0.5)
x = 7.0
x //= 2
print(x)
x %= -1.5
print(x)
