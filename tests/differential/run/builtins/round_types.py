# round() over every numeric type, ndigits forms, __round__ lookup, and the errors.
def show(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)

for x in [0.5, 1.5, 2.5, -0.5, -1.5, 0.125, 2.675, 1e300, -0.0, 5e-324]:
    show("round %r" % x, lambda: round(x))
    show("round %r, 2" % x, lambda: round(x, 2))
for n in [-2, -1, 0, 1, 400, -400, 2 ** 70, -2 ** 70]:
    show("round 123.456, %r" % n, lambda: round(123.456, n))
    if abs(n) < 1000:
        show("round 12345, %r" % n, lambda: round(12345, n))
show("int half even", lambda: [round(v, -1) for v in (5, 15, 25, -5, -15)])
show("int big", lambda: round(10 ** 40 + 5 * 10 ** 20, -21))
show("bool", lambda: round(True))
show("bool nd", lambda: round(True, 2))
show("bool neg nd", lambda: round(True, -1))
show("int none", lambda: round(7, None))
show("float none", lambda: round(7.5, None))
show("nd bool", lambda: round(1.25, True))
show("nd float", lambda: round(1.25, 1.0))
show("nd str", lambda: round(1, "1"))
show("nd index", lambda: round(1.2345, type("I", (), {"__index__": lambda s: 2})()))
show("inf", lambda: round(float("inf")))
show("neg inf", lambda: round(float("-inf")))
show("nan", lambda: round(float("nan")))
show("inf nd", lambda: round(float("inf"), 2))
show("nan nd", lambda: round(float("nan"), 0))
show("huge float", lambda: round(1.7976931348623157e308, -308))
show("overflow", lambda: round(1.7976931348623157e308, -307))
show("complex", lambda: round(1 + 2j))
show("complex nd", lambda: round(1 + 2j, 1))
show("str", lambda: round("1.5"))
show("None", lambda: round(None))
show("list", lambda: round([1.5]))
show("no args", lambda: round())
show("three args", lambda: round(1, 2, 3))
show("kw", lambda: round(number=2.5, ndigits=0))
show("bad kw", lambda: round(2.5, digits=1))

class R:
    def __round__(self, *args):
        return ("R", args)
show("custom", lambda: round(R()))
show("custom nd", lambda: round(R(), 3))
show("custom nd None", lambda: round(R(), None))
class NoArg:
    def __round__(self):
        return "no ndigits"
show("custom no arg", lambda: round(NoArg()))
show("custom no arg nd", lambda: round(NoArg(), 1))
class F(float):
    def __round__(self, n=None):
        return "F.__round__"
show("float subclass", lambda: round(F(1.5)))
class FS(float):
    pass
show("float subclass plain", lambda: round(FS(2.5)))
show("float subclass nd", lambda: round(FS(2.567), 2))
class I(int):
    pass
show("int subclass", lambda: round(I(15), -1))
show("int subclass none", lambda: round(I(15)))
c = R()
c.__round__ = lambda *a: "instance"
show("instance attr ignored", lambda: round(c))
show("method direct", lambda: (2.5).__round__())
show("method direct nd", lambda: (2.5).__round__(0))
show("int method", lambda: (25).__round__(-1))
show("int method str", lambda: (25).__round__("x"))
show("float method str", lambda: (2.5).__round__("x"))
