# set operations on dict views: keys and items, with sets, lists and other views
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = {1: "a", 2: "b", 3: "c"}
b = {2: "B", 3: "c", 4: "d"}
ka, kb = a.keys(), b.keys()
print(sorted(ka & kb), sorted(ka | kb), sorted(ka - kb), sorted(ka ^ kb))
print(type(ka & kb).__name__, type(ka | [9]).__name__)
print(sorted(ka & {1, 5}), sorted(ka | [7, 8]), sorted(ka - (1,)), sorted(ka ^ range(2, 6)))
print(sorted([5, 1] & ka), sorted((2,) | ka), sorted({1, 9} - ka), sorted(range(3) ^ ka))
ia, ib = a.items(), b.items()
print(sorted(ia & ib), sorted(ia - ib), sorted(ia ^ ib))
print(sorted(ia | ib))
print(sorted(ia & {(1, "a"), (2, "x")}), sorted(ia - [(1, "a")]))
print(ka == {1, 2, 3}, ka == [1, 2, 3], ka != {1}, ia == {(1, "a"), (2, "b"), (3, "c")})
print(ka < {1, 2, 3, 4}, ka <= {1, 2, 3}, ka > {1}, ka >= kb, ia <= ia)
print(ka.isdisjoint({7}), ka.isdisjoint([3]), ia.isdisjoint([(1, "a")]), ka.isdisjoint(x for x in [4, 5]))
print(1 in ka, 5 in ka, (1, "a") in ia, (1, "z") in ia, [1] in ia if False else "-")
attempt(lambda: ka & 5)
attempt(lambda: ka | None)
attempt(lambda: ia & [[1, 2]])
attempt(lambda: [1] in ka)
print((1, [2]) in ia, 1 in ia, (1,) in ia)
attempt(lambda: ka < 5)
vs = a.values()
attempt(lambda: vs & {1})
attempt(lambda: vs | vs)
print(vs == vs, vs == a.values(), len(vs), "a" in vs, "z" in vs)
print(len(ka), len(ia), bool({}.keys()), bool(ka))
print(sorted({}.keys() | {1}), {}.keys() & {1}, set() - {}.keys())
# views are live
c = {"p": 1}
kv = c.keys()
c["q"] = 2
print(sorted(kv), len(kv))
del c["p"]
print(list(kv), list(c.items()), list(c.values()))
attempt(lambda: hash(kv))
print(ka - ka, ia - ia, ka ^ ka)
