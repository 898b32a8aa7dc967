# dict.fromkeys: iterables, shared values, subclasses and errors
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(dict.fromkeys("abc"), dict.fromkeys("abc", 0), dict.fromkeys([]), dict.fromkeys(range(3), "x"))
print(dict.fromkeys([1, 1.0, True, 2]), dict.fromkeys((3, 1, 2)))
print(dict.fromkeys({5: 1, 4: 2}), dict.fromkeys({"k": 1}.items(), 7))
print(dict.fromkeys({3, 1, 2}), dict.fromkeys(frozenset({9, 8})))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
print({}.fromkeys([1, 2]), {"z": 9}.fromkeys("q"))
attempt(lambda: dict.fromkeys())
attempt(lambda: dict.fromkeys(1))
attempt(lambda: dict.fromkeys([[1]]))
attempt(lambda: dict.fromkeys("ab", 1, 2))
attempt(lambda: dict.fromkeys(iterable="ab"))

class D(dict):
    def __setitem__(self, k, v):
        print("setitem", k, v)
        super().__setitem__(k, v)
r = D.fromkeys("xy", 0)
print(type(r).__name__, r)

class Init(dict):
    def __init__(self, *a, **k):
        print("init called", a, k)
        super().__init__(*a, **k)
r2 = Init.fromkeys([1, 2])
print(type(r2).__name__, r2)

class NotDict:
    def __init__(self):
        self.items = {}
    def __setitem__(self, k, v):
        self.items[k] = v
class Meta(dict):
    pass
print(dict.fromkeys.__func__ if hasattr(dict.fromkeys, "__func__") else "builtin classmethod")
print(type(dict.__dict__["fromkeys"]).__name__)

def gen():
    yield "g1"
    yield "g2"
print(dict.fromkeys(gen(), True))

def failing():
    yield 1
    raise ValueError("generator failed")
attempt(lambda: dict.fromkeys(failing()))

class Key:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return self.n == other.n
    def __repr__(self):
        return "Key(%d)" % self.n
print(dict.fromkeys([Key(1), Key(2), Key(1)]))
print(len(dict.fromkeys(range(1000))), list(dict.fromkeys(range(1000)))[-3:])
