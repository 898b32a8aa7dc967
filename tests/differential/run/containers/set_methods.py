# set and frozenset methods, operators and errors
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = {1, 2, 3}
s.add(4)
s.discard(9)
s.remove(1)
print(s, s.copy(), s.union([7], (8,)), s.intersection([2, 3, 9]), s.difference([2], [3]), s.symmetric_difference([4, 5]))
print(s.issubset([2, 3, 4, 5]), s.issuperset([2]), s.isdisjoint([9]), {1} < {1, 2}, {1} <= {1}, {1, 2} > {1}, {1} == frozenset({1}))
s.update([10], [11])
s.difference_update([10])
s.intersection_update([2, 3, 11, 4])
s.symmetric_difference_update([3, 99])
print(s)
s |= {5}
s &= {2, 5, 99}
s -= {99}
s ^= {7}
print(s)
attempt(lambda: set().pop())
attempt(lambda: set().remove(3))
attempt(lambda: {[1]})
attempt(lambda: set([[1]]))
attempt(lambda: {1} | [2])
attempt(lambda: set(1))
attempt(lambda: set(1, 2))
attempt(lambda: set(x=1))
attempt(lambda: frozenset(x=1))
attempt(lambda: hash(set()))
f = frozenset([1, 2])
print(f | {3}, {3} | f, f & {1}, f - {1}, f.copy() is f, frozenset(f) is f, type(f | {3}).__name__)
print(frozenset({1}) in {frozenset({1})}, {1} in {frozenset({1})})
x = {frozenset({1})}
x.remove({1})
print(x)
try:
    s = {1}
    for v in s:
        s.add(2)
except RuntimeError as e:
    print("RuntimeError", e)


class S(set):
    pass


print(S([1]), S([1]) | {2}, type(S([1]) | {2}).__name__, set.__class_getitem__(int), frozenset[str])
r = set()
r.add(r.__class__)
print(len(r), set() == set(), set() != frozenset())
