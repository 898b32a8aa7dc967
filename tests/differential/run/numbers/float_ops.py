# float arithmetic, comparison with ints, hashes, repr, special values.
INF = float('inf')
NAN = float('nan')
VALUES = [0.0, -0.0, 1.0, -1.0, 0.5, 2.5, -2.5, 3.7, 1e16, 1e-5, 0.1, 1 / 3, 1e308, 5e-324, INF, -INF, 2.0 ** 53, 9.2e18, 2, -3, 2 ** 53 + 1, 10 ** 400]


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)


for a in VALUES:
    for b in VALUES:
        if isinstance(a, int) and isinstance(b, int):
            continue
        show(f'{a!r} + {b!r}', lambda: a + b)
        show(f'{a!r} - {b!r}', lambda: a - b)
        show(f'{a!r} * {b!r}', lambda: a * b)
        show(f'{a!r} / {b!r}', lambda: a / b)
        show(f'{a!r} // {b!r}', lambda: a // b)
        show(f'{a!r} % {b!r}', lambda: a % b)
        show(f'divmod({a!r}, {b!r})', lambda: divmod(a, b))
        show(f'{a!r} < {b!r}', lambda: (a < b, a <= b, a == b, a != b, a > b, a >= b))
for a in [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, INF, -INF, NAN, 10.0, -8.0]:
    for b in [0.0, -0.0, 1.0, -1.0, 2.0, 3.0, -3.0, 0.5, -0.5, INF, -INF, NAN, 1000.0, 1 / 3]:
        show(f'{a!r} ** {b!r}', lambda: a ** b)
show('pow(2.0, 3, 5)', lambda: pow(2.0, 3, 5))
show('NaN comparisons', lambda: (NAN == NAN, NAN != NAN, NAN < 1, NAN > 1, NAN == 1, 1 < NAN))
show('big int vs float', lambda: (2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53, 10 ** 400 > 1e308, 10 ** 400 < INF, -10 ** 400 > -INF))
for v in [0.0, -0.0, 1.0, -1.0, 1.5, -1.5, 0.1, 1e100, 1e-100, 2.0 ** 61, 2.0 ** 62, 2.0 ** -61, 5e-324, INF, -INF, 123456789.987654321, 2.0 ** 63]:
    print(repr(v), str(v), hash(v), bool(v), -v, +v, abs(v))
print(hash(NAN) == hash(NAN), hash(1) == hash(1.0), hash(2 ** 61) == hash(2.0 ** 61))
for v in [1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.1 + 0.2, 1 / 3, 2.0 ** -1074, 2.0 ** -958, 2.0 ** 1023, 1e22, 1e23]:
    print(repr(v), v.hex(), v.as_integer_ratio(), v.is_integer())
show('float("inf").as_integer_ratio()', lambda: INF.as_integer_ratio())
show('float("nan").as_integer_ratio()', lambda: NAN.as_integer_ratio())
for v in [0.5, 1.5, 2.5, -0.5, -2.5, 2.675, 1e300, 123.456, -0.0]:
    print(v, round(v), round(v, 0), round(v, 1), round(v, 2), round(v, -1), round(v, -2), v.__trunc__(), v.__floor__(), v.__ceil__(), int(v))
show('round(INF)', lambda: round(INF))
show('round(NAN)', lambda: round(NAN))
show('round(INF, 2)', lambda: round(INF, 2))
show('round(1.5, None)', lambda: round(1.5, None))
show('round(1.7976931348623157e308, -308)', lambda: round(1.7976931348623157e308, -308))
show('INF.__floor__()', lambda: INF.__floor__())
show('int(NAN)', lambda: int(NAN))
