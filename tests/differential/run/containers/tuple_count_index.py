# tuple.count and tuple.index, with start/stop, equality rules and errors
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t = (1, 2, 1.0, True, "1", (1,), [1], None, 1)
print(t.count(1), t.count(True), t.count("1"), t.count((1,)), t.count([1]), t.count(None), t.count(5))
print(t.index(1), t.index(1, 1), t.index(1, 3), t.index(1, -1), t.index((1,)), t.index([1]))
print(t.index(None, 0, 8), t.index(2, -100, 100))
attempt(lambda: t.index(1, 4, 8))
attempt(lambda: t.index(99))
attempt(lambda: t.index(1, 9))
attempt(lambda: t.index())
attempt(lambda: t.index(1, "a"))
attempt(lambda: t.index(1, 0, 1.5))
attempt(lambda: t.index(1, 0, 1, 2))
attempt(lambda: t.index(value=1))
attempt(lambda: t.count())
attempt(lambda: t.count(1, 2))
attempt(lambda: ().index(0))
print(().count(0), (0,) * 5 .count(0) if False else ((0,) * 5).count(0))
print(t.index(1, 10 ** 30 * -1), t.count(1.0))
attempt(lambda: t.index(1, 10 ** 30))

nan = float("nan")
u = (nan, nan)
print(u.count(nan), u.index(nan), u.count(float("nan")))
attempt(lambda: u.index(float("nan")))

class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("eq", self.v, "vs", other)
        return other == self.v
print((3, 4, 5).index(Eq(4)), (3, 4, 4).count(Eq(4)))

class Boom:
    def __eq__(self, other):
        raise ZeroDivisionError("eq boom")
attempt(lambda: (1,).index(Boom()))
attempt(lambda: (1,).count(Boom()))
attempt(lambda: Boom() in (1,))

class I:
    def __index__(self):
        return 1
print((5, 6, 5).index(5, I()), (0, 1, 2).index(1, 0, I() if False else 2))
print(len(t), t[::-1][:3], t[2:5], t[-1], (1, 2) * 2, 3 * (0,))
attempt(lambda: t[20])
attempt(lambda: t["a"])
