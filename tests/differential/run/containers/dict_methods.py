# dict construction, methods and errors
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {"a": 1, "b": 2}
d["c"] = 3
del d["a"]
d["a"] = 4
print(d, len(d), "a" in d, "z" in d, d.get("z"), d.get("z", 0), d.get("b"))
print(d.setdefault("b", 9), d.setdefault("e"), d)
print(d.pop("e"), d.pop("zz", "dflt"), d)
print(d.popitem(), d)
print(dict(a=1), dict([(1, 2), [3, 4]]), dict({1: 2}, x=3), dict(zip("ab", "cd")), dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
e = {}
e.update({1: 1})
e.update([(2, 2)], three=3)
e.update(k=0)
print(e, e.copy(), e == e.copy(), e != {1: 1})
e.clear()
print(e)
attempt(lambda: {}["x"])
attempt(lambda: {}.pop(1))
attempt(lambda: {}.popitem())
attempt(lambda: dict([(1, 2, 3)]))
attempt(lambda: dict([1]))
attempt(lambda: dict(1))
attempt(lambda: dict(1, 2))
attempt(lambda: {}.get())
attempt(lambda: {[]: 1})
attempt(lambda: hash({}))
attempt(lambda: {} < {})
print({1: 2} | {3: 4}, {1: 2} | {1: 5})
f = {1: 2}
f |= [(3, 4)]
print(f)
attempt(lambda: {1: 2} | [(3, 4)])
g = {}
g[1] = g
print(g)


class Missing(dict):
    def __missing__(self, key):
        return key * 2


m = Missing(a=1)
print(m["a"], m[21], m.get(21), 21 in m, m)
print(dict[str, int], list(reversed({1: 2, 3: 4})), {1: 2}.__sizeof__() > 0)
x = {i: i for i in range(10)}
for i in range(0, 10, 2):
    del x[i]
x[100] = 1
print(x, list(x.items())[:3])
