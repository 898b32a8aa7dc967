# bool, and Python subclasses of int, float and complex.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)


for a in [True, False]:
    for b in [True, False, 0, 1, 2, 1.5]:
        show(f'{a} & {b}', lambda: (a & b, a | b, a ^ b))
        show(f'{a} + {b}', lambda: (a + b, a - b, a * b, a == b, a < b))
    print(a, repr(a), str(a), int(a), float(a), -a, ~a, abs(a), hash(a), a.real, a.imag, a.numerator, a.denominator, a.bit_length(),
          format(a, ''), format(a, 'd'), f'{a}', f'{a:>6}', a.conjugate(), type(a.conjugate()).__name__)
show('bool()', lambda: bool())
show('bool(x=1)', lambda: bool(x=1))
show('bool(1, 2)', lambda: bool(1, 2))
show('bool("")', lambda: (bool(''), bool('a'), bool([]), bool(0.0), bool(0j), bool(None)))
show('class B(bool)', lambda: type('B', (bool,), {}))
show('True / 0', lambda: True / 0)
show('True // False', lambda: True // False)
show('True ** -1', lambda: True ** -1)


class MyInt(int):
    def __repr__(self):
        return f'MyInt({int(self)})'

    def twice(self):
        return self * 2


m = MyInt(21)
m.tag = 'x'
print(m, repr(m), str(m), m.twice(), m.tag, type(m + 1).__name__, type(-m).__name__, type(+m).__name__, type(abs(m)).__name__)
print(isinstance(m, int), m == 21, hash(m) == hash(21), m.real, type(m.real).__name__, int(m), type(int(m)).__name__, format(m, 'x'), f'{m}')
print(MyInt('ff', 16), MyInt(), MyInt(3.9), MyInt.from_bytes(b'\x01\x00', 'big'), type(MyInt.from_bytes(b'\x01', 'big')).__name__)


class Meters(float):
    def __str__(self):
        return f'{float(self)} m'


d = Meters(2.5)
print(d, repr(d), d * 2, type(d * 2).__name__, Meters('1.5'), Meters.fromhex('0x1p1'), type(Meters.fromhex('0x1p1')).__name__, f'{d}', format(d, '.1f'))
print(d.is_integer(), d.as_integer_ratio(), d.hex(), round(d), type(-d).__name__)


class Z(complex):
    pass


z = Z(1, 2)
print(z, repr(z), type(z).__name__, type(z + 1).__name__, z.real, z.conjugate(), Z('3+4j'), complex(z), type(complex(z)).__name__)


class Small(int):
    def __add__(self, other):
        return 'Small.__add__'

    def __radd__(self, other):
        return 'Small.__radd__'


print(Small(1) + 1, 1 + Small(1), Small(1) + Small(2))


class Idx:
    def __index__(self):
        return 5


print([0, 1, 2, 3, 4, 5, 6][Idx()], bin(Idx()), hex(Idx()), int(Idx()), float(Idx()), complex(Idx()), round(1234.5678, Idx()))
print(sorted({3, 1.5, True, 2 ** 70, -1, 0.0}), {1: 'a', 1.0: 'b', True: 'c'}, {hash(x) for x in [1, 1.0, True, 1 + 0j]})
print(max(1, 2.5, True), min(-1, -1.5), sum([1, 2.5, 3]), sum([1j, 2]), abs(-5), divmod(7.5, 2))
