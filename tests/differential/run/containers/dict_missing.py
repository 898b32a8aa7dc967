# __missing__ in dict subclasses: when it is called and when it is not
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Counter(dict):
    def __missing__(self, key):
        print("missing", key)
        return 0
c = Counter(a=1)
print(c["a"], c["b"], c)
c["b"] += 1
print(c)
print(c.get("zz"), "zz" in c, c.pop("zz", "no"), c.setdefault("q", 5))
attempt(lambda: c.pop("nope"))

class Auto(dict):
    def __missing__(self, key):
        value = self[key] = type(self)()
        return value
tree = Auto()
tree["a"]["b"]["c"] = 1
print(tree)

class Raising(dict):
    def __missing__(self, key):
        raise LookupError("custom " + repr(key))
attempt(lambda: Raising()["k"])

class NotCallable(dict):
    __missing__ = 5
attempt(lambda: NotCallable()["k"])

class KeyErr(dict):
    def __missing__(self, key):
        raise KeyError(key, "extra")
attempt(lambda: KeyErr()[1])

d = {}
attempt(lambda: setattr(d, "__missing__", lambda k: "instance attr"))
attempt(lambda: d["x"])

class Inst(dict):
    pass
i = Inst()
i.__missing__ = lambda k: "instance"
attempt(lambda: i["x"])

class Base(dict):
    def __missing__(self, key):
        return "base:" + key
class Child(Base):
    pass
print(Child()["k"])

class Sub(dict):
    def __missing__(self, key):
        return key * 2
s = Sub()
print(s["ab"], s[3], s.get(3), dict.__getitem__(s, "ab") if False else "ok")
attempt(lambda: dict.__getitem__(Sub(), "x"))
print(Sub(x=1)["x"])

class GetItem(dict):
    def __getitem__(self, key):
        return "override:" + key
    def __missing__(self, key):
        return "never"
print(GetItem()["k"])
print(list(Sub(a=1).items()), {**Sub(a=1)})
print("__missing__" in dir(dict), hasattr(Counter, "__missing__"))
