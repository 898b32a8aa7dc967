# float.is_integer, as_integer_ratio, real/imag/conjugate, __trunc__/__floor__/__ceil__, int() truncation.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)


for v in [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, -1.5, 2.5, 0.1, 1e16, 1e300, -1e-300, 5e-324, 2.0 ** 52 + 0.5, 123.456,
          1.7976931348623157e308, 3.0, -7.25, 0.3]:
    n, d = v.as_integer_ratio()
    print(repr(v), v.is_integer(), (n, d) if d < 10 ** 20 else ('big', n.bit_length(), d.bit_length()), n / d == v,
          v.real, v.imag, v.conjugate(), v.__trunc__(), v.__floor__(), v.__ceil__(), int(v), round(v))

print(type((2.5).__trunc__()).__name__, type((2.5).__floor__()).__name__, type((1e300).__ceil__()).__name__)
show('(1e300).__floor__() == 10 ** 300', lambda: (1e300).__floor__() == 10 ** 300)
show('(1e300).__floor__() - 10 ** 300', lambda: (1e300).__floor__() - 10 ** 300)
show('float.is_integer(1)', lambda: float.is_integer(1))
show('(1.5).is_integer(1)', lambda: (1.5).is_integer(1))
show('float("inf").__floor__()', lambda: float('inf').__floor__())
show('float("nan").__ceil__()', lambda: float('nan').__ceil__())
show('float("-inf").__trunc__()', lambda: float('-inf').__trunc__())
show('(2.5).__round__()', lambda: (2.5).__round__())
show('(2.5).__round__(None)', lambda: (2.5).__round__(None))
show('(2.5).__round__(0)', lambda: (2.5).__round__(0))
show('(2.5).__int__()', lambda: (2.5).__int__())
show('(2.5).__float__()', lambda: (2.5).__float__())
show('(2.5).__bool__()', lambda: ((2.5).__bool__(), (0.0).__bool__(), (-0.0).__bool__()))
show('(2.5).__getnewargs__()', lambda: (2.5).__getnewargs__())
show('(2.5).__index__()', lambda: (2.5).__index__())
show('float.__getformat__("double")', lambda: float.__getformat__('double'))
show('float.__getformat__("int")', lambda: float.__getformat__('int'))
show('(-2.5).__abs__()', lambda: (-2.5).__abs__())
show('(2.5).__neg__()', lambda: (2.5).__neg__())
show('(2.5).__pos__()', lambda: (2.5).__pos__())
show('(2.5).__divmod__(1)', lambda: (2.5).__divmod__(1))
show('(2.5).__rdivmod__(7)', lambda: (2.5).__rdivmod__(7))
show('(2.5).__add__("x")', lambda: (2.5).__add__('x'))
show('(2.5).__radd__(1)', lambda: (2.5).__radd__(1))
show('(2.5).__pow__(2)', lambda: (2.5).__pow__(2))
show('(2.5).__pow__(2, 3)', lambda: (2.5).__pow__(2, 3))
show('pow(2.5, 2, 3)', lambda: pow(2.5, 2, 3))


class MyFloat(float):
    pass


m = MyFloat(2.5)
print(type(m.real).__name__, type(m.conjugate()).__name__, type(+m).__name__, type(m * 1).__name__, m.as_integer_ratio())
