# tuple + and *, their messages, and the tuple constructor
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print((1,) + (2, 3), () + (), (1,) + (), (1,) * 3, 2 * (1, 2), (1,) * 0, (1,) * -3)
attempt(lambda: (1,) + [2])
attempt(lambda: (1,) + "a")
attempt(lambda: (1,) + None)
attempt(lambda: (1,) + 1)
attempt(lambda: [1] + (2,))
attempt(lambda: (1,) * (2,))
attempt(lambda: (1,) * 2.0)
attempt(lambda: (1,) * "2")
attempt(lambda: (1, 2) * (2 ** 62))
attempt(lambda: (1,) * (2 ** 70))
print(() * (2 ** 70) if False else "skip", () * 10 ** 10)
attempt(lambda: (1,) - (1,))
attempt(lambda: (1,) < [1])
t = (1, 2)
alias = t
t += (3,)
print(t, alias, t is alias)
t *= 2
print(t)
def iadd(a, b):
    a += b
    return a
attempt(lambda: iadd((1,), [2]))
attempt(lambda: iadd((1,), range(2)))

class Tup(tuple):
    def __add__(self, other):
        return "Tup.__add__"
print(Tup((1,)) + (2,), (2,) + Tup((1,)))
class RAdd:
    def __radd__(self, other):
        return ("radd", other)
print((1,) + RAdd())

print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({1: 2}), tuple(x for x in (5, 6)))
attempt(lambda: tuple(1))
attempt(lambda: tuple([1], [2]))
attempt(lambda: tuple(iterable=[1]))
t0 = (1, 2)
print(tuple(t0) is t0, tuple(list(t0)) is t0, tuple(t0) == t0)
class Sub(tuple):
    pass
s = Sub([1, 2])
print(type(s).__name__, s, type(tuple(s)).__name__, type(s + (3,)).__name__, type(s * 2).__name__, type(s[:]).__name__)
print((1, 2, 3)[1:], (1, 2, 3)[::-1], (1, 2, 3)[5:], type((1, 2)[0:2]).__name__)
print((1, 2) < (1, 2, 3), (1, 2) < (1, 3), (2,) > (1, 5), (1, 2) == (1, 2), (1,) != (1.0,))
attempt(lambda: (1, "a") < (1, 2))
a, *b = (1, 2, 3)
print(a, b)
print((), (1,), (1, 2), ((),), (((1,),),))
