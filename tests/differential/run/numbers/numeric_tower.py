# Mixing int, float, complex and bool: result types, exact int/float comparisons around 2**53 and 2**63.
def show(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, '!', type(e).__name__, e)


ops = [('+', lambda a, b: a + b), ('-', lambda a, b: a - b), ('*', lambda a, b: a * b), ('/', lambda a, b: a / b),
       ('**', lambda a, b: a ** b)]
for a in [True, 3, 2.0, 1j]:
    for b in [False, True, 4, 0.5, 2j]:
        for name, op in ops:
            show(f'{a!r} {name} {b!r}', lambda: op(a, b))

for n in [2 ** 53 - 1, 2 ** 53, 2 ** 53 + 1, 2 ** 53 + 2, 2 ** 63 - 1, 2 ** 63, 2 ** 64 + 1, 10 ** 20, -(2 ** 53 + 1)]:
    f = float(n)
    print(n, repr(f), n == f, n < f, n > f, n <= f, n >= f, f == n, f < n, f > n, n == complex(f), hash(n) == hash(f))

F = 9007199254740992.0
print(F == 2 ** 53, F + 1 == 2 ** 53 + 1, F + 1 == F, 2 ** 53 + 1 > F, 2 ** 53 + 1 > F + 1)
print(0.1 == 1 / 10, 0.5 == 1 / 2, 1 == 1.0 == (1 + 0j), -0.0 == 0, 0 == -0j)
print(sorted([3, 1.5, True, 2 ** 60, -0.5, 0, 2.0 ** 60]), max(1, 1.0), max(1.0, 1), min(0, False), min(False, 0))
print(1 < 1.0000000000000002, 10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float('inf'))
print(sum([1, 2.5, 1j]), sum([0.1] * 10), sum([True, 2]), type(sum([True, False])).__name__)
show('1 < 1j', lambda: 1 < 1j)
show('1.0 >= 1j', lambda: 1.0 >= 1j)
show('1j == "1j"', lambda: 1j == '1j')
show('1 == "1"', lambda: 1 == '1')
show('1 < "1"', lambda: 1 < '1')
show('1.5 < None', lambda: 1.5 < None)
show('abs(-True)', lambda: abs(-True))
show('divmod(7, 2.0)', lambda: divmod(7, 2.0))
show('divmod(True, 2)', lambda: divmod(True, 2))
show('7 // 2.0', lambda: 7 // 2.0)
show('7 % 2.5', lambda: 7 % 2.5)
show('2 ** -1', lambda: 2 ** -1)
show('(-8) ** 0.5', lambda: (-8) ** 0.5)
show('4 ** 0.5', lambda: 4 ** 0.5)
show('True + True', lambda: True + True)
show('(2 ** 64) * 1.0', lambda: (2 ** 64) * 1.0)
show('(2 ** 64) + 1j', lambda: (2 ** 64) + 1j)
show('3 / 2', lambda: 3 / 2)
show('-3 / 2', lambda: -3 / 2)
show('6 / 3', lambda: 6 / 3)
