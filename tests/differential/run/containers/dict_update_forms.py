# dict() and dict.update: mappings, pair iterables, kwargs, and their messages
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {}
d.update({"a": 1})
d.update([("b", 2), ["c", 3]])
d.update(e=5, f=6)
d.update({"a": 0}, a=-1)
d.update((k, v) for k, v in zip("xy", (9, 8)))
d.update()
d.update(["ab"])
print(d)
print(dict(a=1), dict({"a": 1}, b=2), dict([(1, 2)], x=3), dict(zip("ab", "cd")), dict([]), dict(()))
attempt(lambda: dict([1]))
attempt(lambda: dict(["a"]))
attempt(lambda: dict([(1, 2), (3,)]))
attempt(lambda: dict([(1, 2, 3)]))
attempt(lambda: dict([(1, 2), "abc"]))
attempt(lambda: {}.update([[1]]))
attempt(lambda: {}.update([(1, 2), (3, 4), 5]))
attempt(lambda: {}.update(1))
attempt(lambda: {}.update(None))
attempt(lambda: dict(1))
attempt(lambda: dict({}, {}))
attempt(lambda: {}.update({}, {}))
attempt(lambda: dict([([], 1)]))
attempt(lambda: dict(**{1: 2}))

class Keys:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k.upper()
print(dict(Keys()), {}.update(Keys()))
x = {}
x.update(Keys())
print(x)

class BadKeys:
    def keys(self):
        return 5
attempt(lambda: dict(BadKeys()))

class KeysOnly:
    def keys(self):
        return ["k"]
attempt(lambda: dict(KeysOnly()))

class Missing(dict):
    def __missing__(self, k):
        return "missing"
print(dict(Missing(a=1)))

class ItemsDict(dict):
    def keys(self):
        return ["z"]
    def __getitem__(self, k):
        return "from getitem"
print(dict(ItemsDict(a=1)))
y = {}
y.update(ItemsDict(a=1))
print(y)

# update with self, and update returning None
z = {1: 2}
print(z.update(z), z)
print({**{"a": 1}, **{"a": 2, "b": 3}}, {**{}, "c": 4})
attempt(lambda: {**[1]})
attempt(lambda: dict(**{"a": 1}, a=2))
def f(**kw):
    return kw
attempt(lambda: f(**{"a": 1}, **{"a": 2}))
attempt(lambda: f(**{1: 2}))
print(f(**{"x": 1}, y=2))
