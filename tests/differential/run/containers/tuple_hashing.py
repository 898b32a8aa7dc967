# hashing tuples: nested, equal tuples hash equal, unhashable elements
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(hash(()) == hash(()), hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2.0)))
print(hash((1, (2, (3,)))) == hash((True, (2.0, (3,)))))
print(hash((1, 2)) != hash((2, 1)), hash((0,)) != hash(()), hash(((),)) != hash(()))
print(hash((1, 2, 3)), hash(()), hash((0,)), hash((-1,)), hash((1, (2, 3))), hash(((), ((),))))
print(hash((1.5, -2)), hash((True, False, None is None)), hash((2 ** 70,)))
print(hash((frozenset([1, 2]),)) == hash((frozenset([2, 1]),)))
attempt(lambda: hash((1, [2])))
attempt(lambda: hash(((1, 2), {3: 4})))
attempt(lambda: hash((1, {2})))
attempt(lambda: hash((1, (2, (3, [4])))))
attempt(lambda: {(1, [2]): 3})
attempt(lambda: {(1, [2])})
attempt(lambda: {(): 1, (1, []): 2})
d = {(1, 2): "a", (1, (2,)): "b", (): "c"}
print(d[(1, 2)], d[(1.0, 2)], d[(True, (2,))], d[()])
print((1, 2) in {(1, 2)}, (1, [2]) in [(1, [2])])
attempt(lambda: (1, [2]) in {(1, 2)})

class H:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        print("hash called", self.h)
        return self.h
    def __eq__(self, other):
        return isinstance(other, H) and self.h == other.h
print(hash((H(1), H(2))) == hash((H(1), H(2))))

class BadHash:
    def __hash__(self):
        raise RuntimeError("no hash for you")
attempt(lambda: hash((1, BadHash())))

class StrHash:
    def __hash__(self):
        return "not an int"
attempt(lambda: hash((StrHash(),)))

class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash((BigHash(),)) == hash((hash(BigHash()),)))
print(hash(BigHash()) == hash(2 ** 100))

class Sub(tuple):
    pass
print(hash(Sub((1, 2))) == hash((1, 2)), Sub((1, 2)) == (1, 2))
class NoHashSub(tuple):
    __hash__ = None
attempt(lambda: hash(NoHashSub()))
print(hash(-1) == hash(-2), hash((-1,)) == hash((-2,)))
