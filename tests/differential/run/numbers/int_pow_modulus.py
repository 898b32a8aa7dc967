# pow(a, b, m): modular exponentiation, negative exponents as inverses, signs and errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)


for m in [1, 2, 7, 10, 13, 97, -7, -13, 2 ** 61 - 1, 10 ** 30 + 57]:
    for a in [0, 1, 2, 3, -2, -3, 10 ** 20 + 3]:
        for b in [0, 1, 2, 5, 100, 2 ** 70]:
            show(f'pow({a}, {b}, {m})', lambda: pow(a, b, m))

for a, m in [(3, 7), (2, 7), (-3, 7), (3, -7), (10, 17), (7, 1), (7, -1), (2 ** 100 + 1, 97)]:
    show(f'pow({a}, -1, {m})', lambda: pow(a, -1, m))
    show(f'pow({a}, -3, {m})', lambda: pow(a, -3, m))
    inv = pow(a, -1, m)
    print('check', (a * inv) % m == 1 % m)

for a, m in [(2, 4), (0, 5), (6, 9), (10, 10), (4, -8), (0, 1)]:
    show(f'pow({a}, -1, {m})', lambda: pow(a, -1, m))

show('pow(2, 3, 0)', lambda: pow(2, 3, 0))
show('pow(2, -1, 0)', lambda: pow(2, -1, 0))
show('pow(2, 3.0, 5)', lambda: pow(2, 3.0, 5))
show('pow(2.0, 3, 5)', lambda: pow(2.0, 3, 5))
show('pow(2, 3, 5.0)', lambda: pow(2, 3, 5.0))
show('pow(2, 3, None)', lambda: pow(2, 3, None))
show('pow(2j, 3, 5)', lambda: pow(2j, 3, 5))
show('pow("2", 3, 5)', lambda: pow('2', 3, 5))
show('pow(True, 5, 3)', lambda: pow(True, 5, 3))
show('pow(5, True, 3)', lambda: pow(5, True, 3))
show('pow(5, 2, True)', lambda: pow(5, 2, True))
show('pow(base=3, exp=4, mod=5)', lambda: pow(base=3, exp=4, mod=5))
show('pow(3, 4, mod=5)', lambda: pow(3, 4, mod=5))
show('pow(3)', lambda: pow(3))
show('pow(3, 4, 5, 6)', lambda: pow(3, 4, 5, 6))
show('(3).__pow__(4, 5)', lambda: (3).__pow__(4, 5))
show('(3).__pow__(-1, 7)', lambda: (3).__pow__(-1, 7))
show('(3).__rpow__(4)', lambda: (3).__rpow__(4))


class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


show('pow(I(3), 2, 5)', lambda: pow(I(3), 2, 5))
show('pow(3, I(2), 5)', lambda: pow(3, I(2), 5))

# big moduli: Fermat's little theorem
p = 2 ** 127 - 1
print(pow(3, p - 1, p), pow(5, p, p), pow(12345, -1, p) * 12345 % p)
print(pow(-1, 2 ** 100 + 1, 10 ** 9), pow(-1, 2 ** 100, 10 ** 9))
