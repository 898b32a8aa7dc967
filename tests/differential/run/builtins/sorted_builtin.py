# sorted(): keyword-only key/reverse, stability, errors from comparisons and keys, and argument checks.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show("basic", lambda: sorted([3, 1, 2]))
show("str", lambda: sorted("banana"))
show("tuple", lambda: sorted((3, 1, 2)))
show("set", lambda: sorted({5, 3, 9}))
show("dict keys", lambda: sorted({"b": 1, "a": 2}))
show("dict items", lambda: sorted({"b": 1, "a": 2}.items()))
show("gen", lambda: sorted(x * x for x in range(-3, 3)))
show("reverse", lambda: sorted([1, 3, 2], reverse=True))
show("reverse int", lambda: sorted([1, 3, 2], reverse=1))
show("reverse str", lambda: sorted([1, 3, 2], reverse="yes"))
show("reverse None", lambda: sorted([1, 3, 2], reverse=None))
show("reverse float", lambda: sorted([1, 3, 2], reverse=1.5))
show("key", lambda: sorted(["bb", "a", "ccc"], key=len))
show("key None", lambda: sorted([2, 1], key=None))
show("stable", lambda: sorted([(1, "b"), (0, "x"), (1, "a"), (0, "y")], key=lambda t: t[0]))
show("stable reverse", lambda: sorted([(1, "b"), (0, "x"), (1, "a"), (0, "y")], key=lambda t: t[0], reverse=True))
show("mixed", lambda: sorted([1, "a"]))
show("mixed other order", lambda: sorted(["a", 1]))
show("none", lambda: sorted([None, None]))
show("none and int", lambda: sorted([1, None]))
show("complex", lambda: sorted([1j, 2j]))
show("key not callable", lambda: sorted([1, 2], key=5))
show("key raises", lambda: sorted([1, 0], key=lambda x: 1 / x))
show("key wrong arity", lambda: sorted([1, 2], key=lambda: 0))
show("positional key", lambda: sorted([1], len))
show("positional two", lambda: sorted([1], len, True))
show("no args", lambda: sorted())
show("not iterable", lambda: sorted(5))
show("iterable kw", lambda: sorted(iterable=[1]))
show("bad kw", lambda: sorted([1], cmp=None))
show("nan", lambda: sorted([3.0, float("nan"), 1.0]))
show("floats ints", lambda: sorted([2, 1.5, True, 0]))
show("big ints", lambda: sorted([2 ** 70, -2 ** 70, 0, 2 ** 64]))
show("strings unicode", lambda: sorted(["é", "e", "z", "E", "\U0001F600", "a"]))
show("bytes", lambda: sorted([b"b", b"a", b"ab"]))
show("lists", lambda: sorted([[2], [1, 5], [1]]))
show("tuples mixed", lambda: sorted([(1, "a"), (1, 2)]))
show("sets", lambda: sorted([{1, 2}, {1}, {3}]))
show("empty", lambda: sorted([]))
show("returns new", lambda: (lambda l: sorted(l) is l)([1]))

class Lt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("  lt", self.v, other.v)
        return self.v < other.v
    def __repr__(self):
        return "Lt(%d)" % self.v
show("custom lt", lambda: sorted([Lt(2), Lt(1), Lt(3)]))
class Gt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return "Gt(%d)" % self.v
show("reflected gt", lambda: sorted([Gt(2), Gt(1)]))
class NoCmp:
    pass
show("no compare", lambda: sorted([NoCmp(), NoCmp()]))
show("single no compare", lambda: len(sorted([NoCmp()])))
class BadLt:
    def __lt__(self, other):
        raise ValueError("cannot compare")
show("lt raises", lambda: sorted([BadLt(), BadLt()]))
class WeirdLt:
    def __lt__(self, other):
        return "truthy"
show("lt non-bool", lambda: len(sorted([WeirdLt(), WeirdLt(), WeirdLt()])))
lst = [3, 2, 1]
def mutating_key(x):
    lst.append(x)
    return x
show("list.sort mutation", lambda: lst.sort(key=mutating_key))
show("list after", lambda: lst)
show("list.sort positional", lambda: [1].sort(None))
show("list.sort returns", lambda: [2, 1].sort())
