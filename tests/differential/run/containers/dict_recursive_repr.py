# recursive reprs of dicts, views and mixed containers
d = {}
d["self"] = d
print(d, repr(d), str(d))
d["list"] = [d]
print(d)
e = {"a": {}}
e["a"]["back"] = e
print(e)
print(d.keys(), d.values())
print(d.items())
f = {1: []}
f[1].append(f.values())
print(f)
g = {}
g[1] = g.items()
print(g)
h = {"k": None}
h["k"] = h.keys()
print(h)
class D(dict):
    pass
s = D()
s["me"] = s
print(s)
class R(dict):
    def __repr__(self):
        return "R(" + dict.__repr__(self) + ")"
r = R()
r["r"] = r
print(r)
lst = [{}]
lst[0]["l"] = lst
print(lst)
print("{...}" in repr(d), "[...]" in repr(lst))
t = ({},)
t[0]["t"] = t
print(t)
print({1: 2, 3: {4: {5: {}}}})
print(repr({"a": "b'c", 'q"': 1, 2.5: None, (1,): [1, {2: 3}]}))
print({}, {1: {}}, {(): ()}, {None: None}, {...: ...})
