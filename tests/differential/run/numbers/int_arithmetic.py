# int arithmetic: 64-bit boundaries, big values, signs of // and %, errors.
BIG = 2 ** 100
EDGES = [0, 1, -1, 2, -2, 7, -7, 2 ** 31, 2 ** 62, 2 ** 63 - 1, -2 ** 63, 2 ** 63, -2 ** 63 - 1, 2 ** 64, BIG, -BIG, 10 ** 30 + 7]


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)


for a in EDGES:
    for b in EDGES:
        show(f'{a} + {b}', lambda: a + b)
        show(f'{a} - {b}', lambda: a - b)
        show(f'{a} * {b}', lambda: a * b)
        show(f'{a} // {b}', lambda: a // b)
        show(f'{a} % {b}', lambda: a % b)
        show(f'divmod({a}, {b})', lambda: divmod(a, b))
        show(f'{a} / {b}', lambda: a / b)
        show(f'{a} & {b}', lambda: a & b)
        show(f'{a} | {b}', lambda: a | b)
        show(f'{a} ^ {b}', lambda: a ^ b)
        show(f'{a} < {b}', lambda: (a < b, a <= b, a == b, a != b, a > b, a >= b))
    show(f'-{a}', lambda: -a)
    show(f'~{a}', lambda: ~a)
    show(f'abs({a})', lambda: abs(a))
    show(f'+{a}', lambda: +a)
    show(f'bool({a})', lambda: bool(a))
    show(f'hash({a})', lambda: hash(a))

for a in [0, 1, -1, 3, -3, 2 ** 40, -2 ** 40, BIG]:
    for n in [0, 1, 5, 31, 63, 64, 65, 100, 200]:
        show(f'{a} << {n}', lambda: a << n)
        show(f'{a} >> {n}', lambda: a >> n)
    show(f'{a} << -1', lambda: a << -1)
    show(f'{a} >> -1', lambda: a >> -1)
    show(f'{a} >> 2**100', lambda: a >> 2 ** 100)

for a in [0, 1, -1, 2, -2, 3, 10, -10, 2 ** 32]:
    for e in [0, 1, 2, 3, 10, 31, 62, 63, 64, 100, -1, -2]:
        show(f'{a} ** {e}', lambda: a ** e)

for a, b, m in [(2, 10, 1000), (3, 200, 13), (2, -1, 7), (3, -2, 7), (2, -1, 4), (5, 3, -7), (-5, 3, 7), (2, 3, 0), (7, 0, 1), (2, 3, -1), (10 ** 20, 10 ** 20, 10 ** 9 + 7)]:
    show(f'pow({a}, {b}, {m})', lambda: pow(a, b, m))
show('pow(2, 3, 1.0)', lambda: pow(2, 3, 1.0))
show('pow(2, 3, "x")', lambda: pow(2, 3, 'x'))
show('10 ** 400 / 3', lambda: 10 ** 400 / 3)
show('1 / 10 ** 400', lambda: 1 / 10 ** 400)
show('-1 / 10 ** 400', lambda: -1 / 10 ** 400)
show('(10**400 + 1) / 10**399', lambda: (10 ** 400 + 1) / 10 ** 399)
show('2**1024 / 2', lambda: 2 ** 1024 / 2)
show('(2**53 + 1) / 1', lambda: (2 ** 53 + 1) / 1)
show('0 ** -1', lambda: 0 ** -1)
show('1 + "a"', lambda: 1 + 'a')
show('"a" * 3', lambda: 'a' * 3)
show('3 * [1]', lambda: 3 * [1])
x = 10
x += 5
x -= 3
x *= 4
x //= 5
x **= 3
x %= 7
x <<= 3
x >>= 1
x |= 1
x &= 7
x ^= 2
print('augmented', x)
