# tuples: construction, indexing, hash, repr, subclasses
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t = (1, 2, 3)
print(t, (1,), (), tuple("ab"), tuple([1, 2]), tuple(range(3)))
print(t[0], t[-1], t[1:], t[::-1], t + (4,), t * 2, 0 * t, 2 in t, t.index(2), t.count(1))
print(hash(()), hash((1, 2)), hash((1, (2, 3))), hash((-1, -2)), hash((True, 1.5)))
print((1, 2) < (1, 3), (1, 2) == (1, 2), (1,) < (1, 2), (2,) > (1, 9))
attempt(lambda: t[5])
attempt(lambda: t["a"])
attempt(lambda: t.index(9))
attempt(lambda: t + [1])
attempt(lambda: hash(([],)))
attempt(lambda: tuple(1, 2))
attempt(lambda: tuple(x=1))
x = ()
print(x is tuple(), tuple(t) is t, t[:] is t, (t * 1) is t)


class P(tuple):
    pass


p = P([1, 2])
print(p, type(p).__name__, p + (3,), type(p[:]).__name__, p == (1, 2), hash(p) == hash((1, 2)))
print(t.__getnewargs__(), tuple[int, ...], tuple[()])
