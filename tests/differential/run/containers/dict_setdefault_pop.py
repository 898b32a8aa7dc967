# setdefault, pop, popitem, get, and their error messages
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {}
print(d.setdefault("a"), d)
print(d.setdefault("a", 5), d)
print(d.setdefault("b", []), d)
d.setdefault("b", []).append(1)
d.setdefault("c", []).append(2)
print(d)
attempt(lambda: d.setdefault())
attempt(lambda: d.setdefault([], 1))
attempt(lambda: d.setdefault(1, 2, 3))
attempt(lambda: d.setdefault(key=1))

print(d.pop("a"), d)
print(d.pop("zz", "default"), d.pop("zz", None))
attempt(lambda: d.pop("zz"))
attempt(lambda: d.pop())
attempt(lambda: d.pop([]))
attempt(lambda: d.pop([], 1))
attempt(lambda: d.pop(1, 2, 3))
attempt(lambda: {}.pop((1, 2)))
attempt(lambda: {}.pop(("a",)))

e = {1: "one", 2: "two", 3: "three"}
print(e.popitem(), e)
e[4] = "four"
print(e.popitem(), e.popitem(), e)
e[2] = "deux"
print(e, e.popitem(), e.popitem())
attempt(lambda: e.popitem())
attempt(lambda: {}.popitem())
attempt(lambda: e.popitem(1))

f = {"x": 1}
print(f.get("x"), f.get("y"), f.get("y", 0), f.get(1.5, "no"))
attempt(lambda: f.get())
attempt(lambda: f.get([]))
attempt(lambda: f.get("x", 1, 2))

# key lookup with a __hash__ and __eq__
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        print("K.__eq__", self.v)
        return isinstance(other, K) and self.v == other.v
g = {K(1): "k1"}
print(g.get(K(1)), g.pop(K(1)), g)

class Boom:
    def __hash__(self):
        raise TypeError("custom unhashable")
attempt(lambda: {}.get(Boom()))
attempt(lambda: {}.pop(Boom(), 0))
attempt(lambda: {}.setdefault(Boom(), 0))
print({}.pop(1, 2), {"a": 0}.pop("a", 5))

# popitem as LIFO after re-insertion
h = dict.fromkeys("abc")
del h["a"]
h["a"] = 1
print(list(h), h.popitem(), list(h))
