# round() of ints: ndigits positive, zero, negative; half to even at every scale; big values; errors.
def show(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, '!', type(e).__name__, e)


for v in [0, 5, 15, 25, 35, 45, -5, -15, -25, 149, 150, 151, 250, 350, -250, 1234567, -1234567, 999, 1000, 1500, 2500, -2500]:
    print(v, [round(v, n) for n in [2, 1, 0, -1, -2, -3, -4, -7]])

big = 10 ** 40 + 5 * 10 ** 19
print(round(big, -20), round(big + 1, -20), round(big - 10 ** 20, -20), round(-big, -20))
print(round(2 ** 100, -10), round(-(2 ** 100), -29), round(2 ** 100, -31), round(2 ** 100, -30))
print(round(5 * 10 ** 50, -51), round(15 * 10 ** 50, -51), round(25 * 10 ** 50, -51))
print(round(123, -1000), round(-123, -500), round(123, 2 ** 70))
show('round(7)', lambda: round(7))
show('round(7, None)', lambda: round(7, None))
show('round(True)', lambda: round(True))
show('round(True, 1)', lambda: round(True, 1))
show('round(True, -1)', lambda: round(True, -1))
show('round(7, 1.0)', lambda: round(7, 1.0))
show('round(7, "1")', lambda: round(7, '1'))
show('round(7, ndigits=-1)', lambda: round(7, ndigits=-1))
show('round(number=17, ndigits=-1)', lambda: round(number=17, ndigits=-1))
show('round()', lambda: round())
show('round(1, 2, 3)', lambda: round(1, 2, 3))
show('round("1")', lambda: round('1'))
show('round(None)', lambda: round(None))


class MyInt(int):
    pass


show('round(MyInt(17))', lambda: round(MyInt(17)))
show('round(MyInt(17), -1)', lambda: round(MyInt(17), -1))
show('round(MyInt(17), 1)', lambda: round(MyInt(17), 1))


class R:
    def __round__(self, n=None):
        return ('R', n)


show('round(R())', lambda: round(R()))
show('round(R(), 3)', lambda: round(R(), 3))
show('round(R(), None)', lambda: round(R(), None))
