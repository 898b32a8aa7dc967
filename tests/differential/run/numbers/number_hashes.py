# Hashes of numbers: -1 becomes -2, equal numbers hash equal across types, modulus 2**61-1, inf, complex.
M = 2 ** 61 - 1
for v in [0, 1, -1, -2, 2, 10 ** 20, -(10 ** 20), M, M - 1, M + 1, -M, 2 ** 61, 2 ** 64, -(2 ** 64), 2 ** 100, True, False]:
    h = hash(v)
    print(repr(v), h, h == hash(float(v)) if abs(v) < 2 ** 1000 else '', h == hash(complex(v)))
for v in [0.5, -0.5, 1.5, 0.1, 1e100, -1e-100, 2.0 ** -1074, 1.7976931348623157e308, float('inf'), float('-inf'), -0.0, 2.0 ** 61]:
    print(repr(v), hash(v))
for c in [1j, -1j, 1 + 1j, 2 - 3j, complex(0.5, 0.25), complex(-1, 0), complex(0, -1), complex(float('inf'), 1)]:
    print(repr(c), hash(c))
print(hash(-1) == -2, hash(-2) == -2, hash(-1.0), hash(complex(-1, 0)))
print(hash(1) == hash(1.0) == hash(1 + 0j) == hash(True))
print(hash(0.5) == hash(complex(0.5, 0)), hash(2 ** 61 - 1), hash(2 ** 61 - 2), hash(-(2 ** 61 - 1)))
d = {1: 'int', 1.0: 'float', True: 'bool', 1 + 0j: 'complex'}
print(d, len(d))
d = {0.0: 'a', -0.0: 'b', 0: 'c', False: 'd'}
print(d)
s = {1, 1.0, True, 2, 2.0, 3 + 0j}
print(len(s), sorted(s, key=abs))
print({10 ** 20: 'x'}[float(10 ** 20)] if float(10 ** 20) == 10 ** 20 else 'unequal')


class MyInt(int):
    pass


class MyFloat(float):
    pass


print(hash(MyInt(-1)), hash(MyFloat(-1.0)), hash(MyInt(10 ** 30)) == hash(10 ** 30), hash(MyFloat(1.5)) == hash(1.5))
print((5).__hash__(), (5.5).__hash__(), (5j).__hash__(), int.__hash__(True), float.__hash__(2.0))
for n in range(-5, 6):
    assert hash(n) == (n if n != -1 else -2)
    assert hash(n / 4) == hash(n / 4 + 0j)
print('hash identities hold')
