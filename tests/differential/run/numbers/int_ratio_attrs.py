# int's numeric-tower attributes: real, imag, numerator, denominator, conjugate, as_integer_ratio; is_integer absence.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)


for v in [0, 7, -7, 2 ** 100, -(2 ** 100), True, False]:
    print(repr(v), v.real, v.imag, v.numerator, v.denominator, v.conjugate(), v.as_integer_ratio(),
          type(v.real).__name__, type(v.conjugate()).__name__, type(v.as_integer_ratio()[0]).__name__)


class MyInt(int):
    def __repr__(self):
        return f'MyInt({int(self)})'


m = MyInt(12)
print(m, m.real, type(m.real).__name__, type(m.numerator).__name__, type(m.conjugate()).__name__,
      type(m.as_integer_ratio()[0]).__name__, m.as_integer_ratio())
print(type(+m).__name__, type(-m).__name__, type(abs(m)).__name__, type(m + 0).__name__, type(int(m)).__name__)
show('(5).real = 1', lambda: setattr(5, 'real', 1))
show('(5).is_integer()', lambda: (5).is_integer())
show('(5).conjugate(1)', lambda: (5).conjugate(1))
show('int.as_integer_ratio(2.0)', lambda: int.as_integer_ratio(2.0))
show('int.real.__get__(3)', lambda: int.real.__get__(3))
show('int.numerator.__get__(3.0)', lambda: int.numerator.__get__(3.0))
show('(3).__trunc__()', lambda: (3).__trunc__())
show('(3).__floor__()', lambda: (3).__floor__())
show('(3).__ceil__()', lambda: (3).__ceil__())
show('(-3).__abs__()', lambda: (-3).__abs__())
show('(3).__float__()', lambda: (3).__float__())
show('(3).__index__()', lambda: (3).__index__())
show('(3).__bool__()', lambda: (3).__bool__())
show('(0).__bool__()', lambda: (0).__bool__())
show('(3).__neg__()', lambda: (3).__neg__())
show('(3).__pos__()', lambda: (3).__pos__())
show('(2 ** 100).__float__()', lambda: (2 ** 100).__float__())
show('(10 ** 400).__float__()', lambda: (10 ** 400).__float__())
show('(3).__sizeof__() > 0', lambda: (3).__sizeof__() > 0)
show('(3).__getnewargs__()', lambda: (3).__getnewargs__())
show('True.__getnewargs__()', lambda: True.__getnewargs__())
show('MyInt(3).__getnewargs__()', lambda: MyInt(3).__getnewargs__())
show('(7).__round__()', lambda: (7).__round__())
show('(7).__round__(None)', lambda: (7).__round__(None))
show('(75).__round__(-1)', lambda: (75).__round__(-1))
show('(7).__round__(1.0)', lambda: (7).__round__(1.0))
show('int.__new__(int, 5)', lambda: int.__new__(int, 5))
show('int.__new__(MyInt, 5)', lambda: int.__new__(MyInt, 5))
show('int.__new__(str, 5)', lambda: int.__new__(str, 5))
show('int.__new__(bool, 5)', lambda: int.__new__(bool, 5))
