# round(float, n): half-even on the exact binary value, negative ndigits, huge ndigits, types and errors.
def show(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, '!', type(e).__name__, e)


for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.125, 0.375, 2.675, 1.005, 0.285, 1.25, 1.35, 12345.6789, -12345.6789,
          1e15 + 0.5, 4503599627370497.0, 1e300, 5e-324, 0.0, -0.0]:
    print(repr(v), round(v), [round(v, n) for n in [0, 1, 2, 3, -1, -2, -5, 400, -400]])

show('round(2.5, None)', lambda: round(2.5, None))
show('round(2.5, 0)', lambda: round(2.5, 0))
show('round(-0.4)', lambda: round(-0.4))
show('round(-0.4, 0)', lambda: round(-0.4, 0))
show('round(1e300)', lambda: round(1e300) == 10 ** 300)
show('round(1.7976931348623157e308, -308)', lambda: round(1.7976931348623157e308, -308))
show('round(5e-324, 323)', lambda: round(5e-324, 323))
show('round(5e-324, 324)', lambda: round(5e-324, 324))
show('round(1.5, 2 ** 70)', lambda: round(1.5, 2 ** 70))
show('round(1.5, -(2 ** 70))', lambda: round(1.5, -(2 ** 70)))
show('round(1.5, 1.0)', lambda: round(1.5, 1.0))
show('round(1.5, "1")', lambda: round(1.5, '1'))
show('round(float("inf"))', lambda: round(float('inf')))
show('round(float("-inf"), 0)', lambda: round(float('-inf'), 0))
show('round(float("nan"))', lambda: round(float('nan')))
show('round(float("nan"), 1)', lambda: round(float('nan'), 1))


class MyFloat(float):
    pass


show('round(MyFloat(2.5))', lambda: round(MyFloat(2.5)))
show('round(MyFloat(2.567), 2)', lambda: round(MyFloat(2.567), 2))
for i in range(10):
    v = i / 8
    print(v, round(v, 2), round(v, 1), f'{v:.2f}', '%.1f' % v)
