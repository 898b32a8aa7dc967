# zip with strict=True and its messages, zip/map/filter/enumerate helpers
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(list(zip("ab", "cd", strict=True)), list(zip(strict=True)), list(zip([], strict=True)))
attempt(lambda: list(zip("ab", "c", strict=True)))
attempt(lambda: list(zip("a", "bc", strict=True)))
attempt(lambda: list(zip("ab", "cd", "e", strict=True)))
attempt(lambda: list(zip("ab", "cd", "efg", strict=True)))
attempt(lambda: list(zip("a", "bc", "de", strict=True)))
attempt(lambda: list(zip("ab", "c", strict=False)))
attempt(lambda: zip(1))
attempt(lambda: zip("a", 2))
attempt(lambda: zip(x=1))
print(list(zip("abc", range(10))), list(zip()), list(zip("a", strict=0)))
z = zip("ab", "cd")
print(next(z), list(z), list(z))
print(list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: a, "ab", "xyz", [1, 2, 3])), list(map(str.upper, "hi")))
attempt(lambda: map(len))
attempt(lambda: list(map(len, [1])))
attempt(lambda: map())
print(list(filter(None, [0, 1, "", "a", [], [0], None])), list(filter(str.isdigit, "a1b2")), list(filter(bool, (0, 2))))
attempt(lambda: filter(None))
attempt(lambda: list(filter(5, [1])))
print(list(enumerate("ab", 5)), list(enumerate("ab", start=-1)), list(enumerate([], 3)), list(enumerate("a", 10 ** 20)))
attempt(lambda: enumerate("a", "b"))
attempt(lambda: enumerate())
attempt(lambda: enumerate("a", 1.5))
e = enumerate("xy", True)
print(next(e), next(e))
def gen():
    yield 1
    raise ValueError("in zip")
attempt(lambda: list(zip(gen(), gen(), strict=True)))
attempt(lambda: list(zip([1, 2], gen(), strict=True)))
