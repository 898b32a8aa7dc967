# remove / discard / pop / add: KeyError, set-as-key conversion, unhashables
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = {1, 2, 3}
s.remove(2)
print(s)
attempt(lambda: s.remove(2))
attempt(lambda: s.remove("x"))
attempt(lambda: s.remove((1, 2)))
attempt(lambda: s.remove([1]))
attempt(lambda: s.remove())
print(s.discard(1), s.discard(1), s)
attempt(lambda: s.discard([1]))
attempt(lambda: s.discard({}))
attempt(lambda: s.add([]))
attempt(lambda: s.add({1}))
print(s.pop(), s)
attempt(lambda: s.pop())
attempt(lambda: set().pop())
attempt(lambda: s.pop(0))

# a set argument is looked up as a frozenset
t = {frozenset({1, 2}), frozenset()}
t.remove({1, 2})
print(t)
t.discard(set())
print(t)
print({1, 2} in {frozenset({1, 2})}, set() in {frozenset()})
attempt(lambda: {frozenset()}.remove({5}))

class Sub(set):
    pass
u = {frozenset({3})}
u.remove(Sub({3}))
print(u)

# remove uses hash then eq
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 7
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
    def __repr__(self):
        return "K(%d)" % self.v
v = {K(1), K(2), K(3)}
v.remove(K(2))
print(sorted(v, key=lambda k: k.v))
attempt(lambda: v.remove(K(9)))

class BadEq:
    def __hash__(self):
        return 7
    def __eq__(self, other):
        raise RuntimeError("eq failed")
attempt(lambda: v.discard(BadEq()))
attempt(lambda: BadEq() in v)
print(len(v))
# KeyError carries the key
try:
    {1}.remove((1, 2))
except KeyError as e:
    print(e.args, repr(e))
try:
    set().remove(0)
except KeyError as e:
    print(e.args, str(e))
w = {0}
w.add(0.0)
w.add(False)
print(w, type(next(iter(w))).__name__)
