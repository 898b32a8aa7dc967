# frozenset hashing: order independent, nested, as dict keys, unhashable contents
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(hash(frozenset()), hash(frozenset({1})), hash(frozenset({1, 2, 3})), hash(frozenset(range(10))))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(frozenset({1})) == hash(frozenset({1.0})))
print(hash(frozenset([frozenset([1]), frozenset()])), hash(frozenset({(1, 2), (3,)})))
print(hash(frozenset({-1, -2})), hash(frozenset({2 ** 70})), hash(frozenset({True, 2.5})))
d = {frozenset({1, 2}): "a", frozenset(): "empty", frozenset({frozenset({1})}): "nested"}
print(d[frozenset([2, 1])], d[frozenset()], d[frozenset([frozenset([1])])])
print(frozenset({1}) in {frozenset([1])}, {1} in {frozenset([1])})
attempt(lambda: {1, 2} in {frozenset({1, 2}): 0})
attempt(lambda: {frozenset({1, 2}): 0}[{1, 2}])
attempt(lambda: hash({1}))
attempt(lambda: hash(frozenset({1}) | {2}))
print(hash(frozenset({1}) | frozenset({2})) == hash(frozenset({1, 2})))
attempt(lambda: frozenset([[1]]))
attempt(lambda: frozenset([{1}]))
attempt(lambda: frozenset([{}]))
attempt(lambda: {{1}})
print(frozenset([frozenset()]), frozenset(), frozenset(""), frozenset("aa"))
class FS(frozenset):
    pass
print(hash(FS({1, 2})) == hash(frozenset({1, 2})), FS({1}) == frozenset({1}))
class NoHash(frozenset):
    __hash__ = None
attempt(lambda: hash(NoHash()))
class CustomHash(frozenset):
    def __hash__(self):
        return 42
print(hash(CustomHash({1})), {CustomHash({1}): 1}[frozenset({1})] if False else "-")
sets = {frozenset({i, i + 1}) for i in range(5)}
print(len(sets), frozenset({0, 1}) in sets, frozenset({1, 0}) in sets, frozenset({0, 2}) in sets)
h1 = hash(frozenset(range(100)))
h2 = hash(frozenset(reversed(range(100))))
print(h1 == h2, h1)
