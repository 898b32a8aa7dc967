# list.remove and list.index: start/stop forms, negative and huge bounds, errors
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [5, 3, 5, 1, 5, 2]
print(a.index(5), a.index(5, 1), a.index(5, 3), a.index(5, -2))
print(a.index(1, 0, 4), a.index(2, -1), a.index(3, -100, 100))
print(a.index(5, 0, -5), a.index(5, 2, 3))
attempt(lambda: a.index(5, 5))
attempt(lambda: a.index(1, 4))
attempt(lambda: a.index(3, 2, 1))
attempt(lambda: a.index(7))
attempt(lambda: a.index(5, 10 ** 30))
print(a.index(5, -10 ** 30, 10 ** 30))
attempt(lambda: a.index(5, "1"))
attempt(lambda: a.index(5, 1.0))
attempt(lambda: a.index(5, None))
attempt(lambda: a.index())
attempt(lambda: a.index(1, 2, 3, 4))
attempt(lambda: a.index(x=1))

class I:
    def __index__(self):
        return 2
print(a.index(5, I()), a.index(5, 0, I()))

b = [1, 2, 3, 2, 1]
b.remove(2)
print(b)
b.remove(1)
print(b)
attempt(lambda: b.remove(9))
attempt(lambda: [].remove(0))
attempt(lambda: b.remove())
b.remove(1.0)
print(b)
b.remove(True) if True in b else print("no True")
print(b)

# equality used by remove / index / count / in
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("eq", self.v, other)
        return self.v == other
    def __repr__(self):
        return "Eq(%r)" % self.v

c = [1, 2, 3]
print(c.index(Eq(3)))
print(c.count(Eq(2)))
c.remove(Eq(2))
print(c)
nan = float("nan")
d = [nan, 1]
print(d.index(nan), d.count(nan), nan in d)
d.remove(nan)
print(d)
attempt(lambda: [float("nan")].index(float("nan")))

class Boom:
    def __eq__(self, other):
        raise ValueError("boom")
attempt(lambda: [1, 2].index(Boom()))
attempt(lambda: [1, 2].remove(Boom()))
attempt(lambda: [1, 2].count(Boom()))
attempt(lambda: Boom() in [1])
print([1, 2].count(1), [[1]].count([1]), [(1, 2)].index((1, 2)))
