# reversed() of dicts and their views, and iterator helpers
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(type(reversed(d)).__name__, type(reversed(d.values())).__name__, type(reversed(d.items())).__name__)
print(type(iter(d)).__name__, type(iter(d.values())).__name__, type(iter(d.items())).__name__)
del d["b"]
d["b"] = 20
d["d"] = 4
del d["a"]
print(list(reversed(d)), list(d))
print(list(reversed({})), list(reversed({}.items())))
r = reversed(d)
print(next(r), r.__length_hint__())
d["e"] = 5
attempt(lambda: next(r))
r2 = reversed(d)
del d["e"]
attempt(lambda: list(r2))
it = iter({1: 1, 2: 2})
print(it.__length_hint__(), next(it), it.__length_hint__(), next(it), it.__length_hint__())
attempt(lambda: next(it))
print(it.__length_hint__())
attempt(lambda: reversed({}.keys(), 1))
rv = reversed({"x": 1}.values())
print(list(rv), list(rv))
items = {1: "x", 2: "y"}.items()
ri = reversed(items)
k, v = next(ri)
print(k, v)
print(list(reversed(dict.fromkeys(range(10)))))
# reduce of dict iterators
print(iter({1: 2}).__reduce__()[1], reversed({1: 2, 3: 4}).__reduce__()[1])
e = {}
for i in range(6):
    e[i] = i
for i in range(0, 6, 2):
    del e[i]
print(list(reversed(e)), list(reversed(e.items())))
