# insertion order survives deletes, re-inserts, resizes and value updates
d = {}
for c in "abcdefgh":
    d[c] = ord(c)
del d["c"]
del d["a"]
d["a"] = 0
d["c"] = 1
print(list(d), list(d.values()))
d["b"] = "updated"
print(list(d.items())[:3])
for k in list(d)[::2]:
    del d[k]
print(d)
for i in range(100):
    d[i] = i
for i in range(0, 100, 3):
    del d[i]
print(list(d)[:12], len(d))
for i in range(100):
    d.pop(i, None)
print(d)
# many deletes then inserts (table reuse)
e = {}
for round_ in range(5):
    for i in range(20):
        e[(round_, i)] = i
    for i in range(20):
        if i % 4:
            del e[(round_, i)]
print(len(e), list(e)[:6])
# equality ignores order, but iteration does not
x = {"a": 1, "b": 2}
y = {"b": 2, "a": 1}
print(x == y, list(x) == list(y), list(x.items()), list(y.items()))
# popitem after deletes
z = dict.fromkeys(range(6))
del z[5]
del z[3]
print(z.popitem(), z.popitem(), z)
z[3] = "back"
print(z, z.popitem())
# copy preserves order of a dict with holes
w = dict.fromkeys("abcdef")
del w["b"], w["d"]
cw = w.copy()
print(list(cw), list(dict(w)), list({**w}))
# dict built from a dict with holes compares equal
print(cw == w, len(cw))
# setdefault on existing key keeps position
v = {"p": 1, "q": 2}
v.setdefault("p", 9)
v["p"] = 10
print(v)
# clear then re-fill
v.clear()
v["q"] = 1
v["p"] = 2
print(v)
