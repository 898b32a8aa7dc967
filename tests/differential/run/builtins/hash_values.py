# hash() of each builtin type: ints (small, -1, big, modulus), floats, complex,
# tuples, frozensets, str/bytes (PYTHONHASHSEED=0), None, and __hash__ contracts.
import sys

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

M = sys.hash_info.modulus
print(sys.hash_info.width, M == 2 ** 61 - 1, sys.hash_info.inf, sys.hash_info.nan, sys.hash_info.imag)
print(sys.hash_info.algorithm, sys.hash_info.hash_bits, sys.hash_info.seed_bits, sys.hash_info.cutoff)
for v in [0, 1, -1, -2, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 61), -(2 ** 100), 10 ** 30, True, False]:
    print("int", v, hash(v))
for v in [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, -2.5, 1e100, 1e-300, float("inf"), float("-inf"), 2.0 ** 61, 123456.789]:
    print("float", v, hash(v))
nan = float("nan")
print(hash(nan) == hash(nan), hash(nan) == object.__hash__(nan), hash(float("nan")) != sys.hash_info.nan)
for v in [1j, 1 + 1j, -1j, 2.5 - 3j, complex(0, -1), complex(1e300, 1e300)]:
    print("complex", v, hash(v))
print(hash(1) == hash(1.0) == hash(1 + 0j), hash(-1) == hash(-1.0), hash(2 ** 61 - 1) == hash(0))
for v in [(), (1,), (1, 2), (-1,), ((),), (1, (2, 3)), (True, False), (0.5, "a")]:
    print("tuple", v, hash(v))
for v in [frozenset(), frozenset([1]), frozenset([1, 2]), frozenset([2, 1]), frozenset(range(10))]:
    print("frozenset", sorted(v), hash(v))
for v in ["", "a", "abc", "é", "\U0001F600", b"", b"abc", memoryview(b"abc")]:
    print("text", repr(v) if not isinstance(v, memoryview) else "memoryview", hash(v))
print(hash("abc") == hash(b"abc"), hash(memoryview(b"abc")) == hash(b"abc"))
print(hash(None) == hash(None), hash(...) == hash(Ellipsis), hash(range(3)) == hash(range(0, 3)), hash(range(0)) == hash(range(5, 5)))
print(hash(slice(1, 2)) if sys.version_info >= (3, 12) else "slice unhashable in 3.11")
show("slice", lambda: hash(slice(1, 2)))
show("list", lambda: hash([]))
show("dict", lambda: hash({}))
show("set", lambda: hash(set()))
show("bytearray", lambda: hash(bytearray()))
show("tuple with list", lambda: hash((1, [2])))
show("frozenset ok", lambda: hash(frozenset({(1, 2)})) == hash(frozenset({(1, 2)})))
show("memoryview writable", lambda: hash(memoryview(bytearray(b"x"))))
show("no args", lambda: hash())
show("two args", lambda: hash(1, 2))
show("kw", lambda: hash(obj=1))

class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
for v in [5, -1, -2, 2 ** 64, -(2 ** 64), True, 2 ** 61 - 1]:
    show("custom %r" % (v,), lambda: hash(H(v)))
class IntSub(int):
    def __hash__(self):
        return 0
show("custom int subclass", lambda: hash(H(IntSub(7))))
show("custom float", lambda: hash(H(1.5)))
show("custom str", lambda: hash(H("1")))
show("custom None", lambda: hash(H(None)))
class Eq:
    def __eq__(self, other):
        return True
print("Eq.__hash__", Eq.__hash__)
show("eq only", lambda: hash(Eq()))
class EqHash(Eq):
    __hash__ = object.__hash__
e = EqHash()
print(hash(e) == object.__hash__(e))
class Unhash:
    __hash__ = None
show("__hash__ None", lambda: hash(Unhash()))
show("__hash__ None in tuple", lambda: hash((1, Unhash())))
show("__hash__ None in set", lambda: {Unhash()})
show("__hash__ None dict key", lambda: {Unhash(): 1})
class Raises:
    def __hash__(self):
        raise KeyError("nope")
show("raising __hash__", lambda: hash(Raises()))
show("raising in frozenset", lambda: frozenset([Raises()]))
class S(str):
    pass
class T(tuple):
    pass
print(hash(S("abc")) == hash("abc"), hash(T((1, 2))) == hash((1, 2)), hash(IntSub(5)), type(hash(H(True))).__name__)
h = H(1)
print(object.__hash__(h) == object.__hash__(h), hash(h))
show("int.__hash__", lambda: int.__hash__(-1))
show("float.__hash__", lambda: float.__hash__(-1.0))
show("str.__hash__ on int", lambda: str.__hash__(1))
