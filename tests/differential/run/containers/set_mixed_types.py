# set and frozenset operators: which type each result has
a = {1, 2, 3}
fa = frozenset({2, 3, 4})
def show(r):
    print(type(r).__name__, sorted(r))
for r in (a | fa, fa | a, a & fa, fa & a, a - fa, fa - a, a ^ fa, fa ^ a):
    show(r)
for r in (a.union(fa), fa.union(a), fa.intersection(a), fa.difference([1]), fa.symmetric_difference({9}), fa.copy()):
    show(r)
print(fa.copy() is fa, frozenset(fa) is fa, a.copy() is a)
class FS(frozenset):
    pass
s = FS({1, 2})
for r in (s | {3}, {3} | s, s & {1}, s - {1}, s ^ {5}, s.union(), s.copy(), s.intersection({1, 2}), s.difference(), s.symmetric_difference(set())):
    show(r)
print(type(frozenset(s)).__name__, frozenset(s) is s)
class S(set):
    pass
t = S({5, 6})
for r in (t | {1}, {1} | t, t & t, t - set(), t ^ t, t.copy(), t.union({7})):
    show(r)
print(a == fa, {2, 3, 4} == fa, fa == {2, 3, 4}, S({1}) == FS({1}), {1} == frozenset({1}))
print(a <= a | fa, fa < fa | a, a >= {1}, fa > frozenset(), a.issubset(range(5)), fa.issuperset([2, 3]))
print({1, 2}.union([3], (4,), range(5, 7)), frozenset().union({1}, [2]))
print({1, 2, 3}.intersection([2, 3], (3,)), {1, 2, 3}.difference([1], [2]), {1, 2}.symmetric_difference([2, 3]))
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: {1} | [2])
attempt(lambda: {1} & (1,))
attempt(lambda: frozenset() - [1])
attempt(lambda: {1} ^ range(2))
attempt(lambda: {1} < [1])
attempt(lambda: {1}.symmetric_difference([1], [2]))
attempt(lambda: {1}.union(5))
attempt(lambda: {1}.issubset(5))
attempt(lambda: frozenset().add(1))
attempt(lambda: {1} + {2})
# in-place operators on frozensets rebind, on sets mutate
x = frozenset({1})
y = x
x |= {2}
print(sorted(x), sorted(y), x is y)
p = {1}
q = p
p |= {2}
p &= {2, 3}
p -= {9}
p ^= {4}
print(sorted(p), p is q)
def ior(s, o):
    s |= o
    return s
attempt(lambda: ior({1}, [2]))
