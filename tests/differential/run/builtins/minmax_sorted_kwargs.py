# min/max/sum/sorted keyword forms: key=None, default with key, reverse as
# int, keys that raise or compare oddly, which of equal items wins, start=
# with odd types, and the error each misuse gives.
def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d")]
show("max first of equals", lambda: max(pairs, key=lambda p: p[0]))
show("min first of equals", lambda: min(pairs, key=lambda p: p[0]))
show("sorted stable", lambda: sorted(pairs, key=lambda p: p[0]))
show("sorted reverse stable", lambda: sorted(pairs, key=lambda p: p[0], reverse=True))
show("max key None", lambda: max([3, 1, 2], key=None))
show("min key None args", lambda: min(3, 1, 2, key=None))
show("sorted key None", lambda: sorted("bca", key=None))
show("max default with key", lambda: max([], key=len, default="empty"))
show("min default None", lambda: min([], default=None))
show("max default unused", lambda: max([5], default=0))
show("max default with args", lambda: max(1, 2, default=0))
show("min iterable not iterable", lambda: min(5))
show("max iterable None", lambda: max(None))
show("max one string", lambda: max("hello"))
show("max key raises", lambda: max([1, 2], key=lambda x: 1 / (x - 2)))
show("max key not callable", lambda: max([1, 2], key=1))
show("max compare fails", lambda: max([1, "a", 2]))
show("min key result compare fails", lambda: min([1, 2], key=lambda x: [x] if x == 1 else (x,)))
show("max unknown kw", lambda: max([1], reverse=True))
show("min two kw", lambda: min([1], key=None, default=1, other=2))
show("max no args kw only", lambda: max(key=len))
show("max no args bad kw", lambda: max(foo=1))
show("max no args three kw", lambda: max(a=1, b=2, c=3))
show("max three kw", lambda: max([1], a=1, b=2, c=3))
for rev in [0, 1, True, False, 2, -1]:
    show("sorted reverse=%r" % (rev,), lambda: sorted([2, 3, 1], reverse=rev))
show("sorted reverse str", lambda: sorted([1], reverse="yes"))
show("sorted reverse float", lambda: sorted([1], reverse=1.0))
show("sorted reverse None", lambda: sorted([1], reverse=None))
show("sorted positional key", lambda: sorted([1], len))
show("sorted no args", lambda: sorted())
show("sorted iterable kw", lambda: sorted(iterable=[1]))
show("list.sort positional", lambda: [1].sort(len))
show("list.sort reverse str", lambda: [1].sort(reverse="x"))
show("sorted key raises", lambda: sorted([3, 1], key=lambda x: {}[x]))
show("sorted mixed", lambda: sorted([1, "a"]))
show("sorted None items", lambda: sorted([None, None]))
show("sorted one None", lambda: sorted([None]))
show("sorted generator", lambda: sorted(x * x for x in range(-3, 3)))
show("sorted dict", lambda: sorted({"b": 1, "a": 2}))
show("sorted dict items", lambda: sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1], reverse=True))
class LtOnly:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "L%d" % self.v
class GtOnly:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return "G%d" % self.v
show("sorted lt only", lambda: sorted([LtOnly(2), LtOnly(1)]))
show("max lt only", lambda: max([LtOnly(2), LtOnly(3)]))
show("sorted gt only reflected", lambda: sorted([GtOnly(2), GtOnly(1)]))
show("min gt only", lambda: min([GtOnly(2), GtOnly(1)]))
show("sum start kw", lambda: sum([1, 2], start=10))
show("sum start list", lambda: sum([[1], [2]], start=[0]))
show("sum start tuple", lambda: sum([(1,)], ()))
show("sum start str kw", lambda: sum(["a"], start=""))
show("sum start bytes", lambda: sum([b"a"], start=b""))
show("sum start bytearray", lambda: sum([b"a"], bytearray()))
show("sum start None", lambda: sum([1], None))
show("sum floats precise", lambda: sum([0.1] * 10))
show("sum float then int", lambda: sum([1.5, 2, True]))
show("sum complex", lambda: sum([1j, 2, 0.5]))
show("sum big", lambda: sum([2 ** 63, 2 ** 63, -1]))
show("sum bools", lambda: sum([True] * 3, False))
show("sum iterable kw", lambda: sum(iterable=[1]))
show("sum three", lambda: sum([1], 0, 0))
show("sum non-iterable", lambda: sum(1))
show("sum inf nan", lambda: sum([float("inf"), float("-inf")]))
class Adder:
    def __radd__(self, other):
        return "radd(%r)" % (other,)
show("sum custom radd", lambda: sum([Adder()]))
show("sum custom then int", lambda: sum([Adder(), 1]))
