# list.sort: stability, key=, reverse=, comparison counts, errors
class Rand:
    """A small deterministic generator (no imports needed)."""

    def __init__(self, seed):
        self.x = seed * 2654435761 + 1

    def randrange(self, a, b=None):
        if b is None:
            a, b = 0, a
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return a + (self.x >> 11) % (b - a)

    def random(self):
        return self.randrange(0, 2 ** 30) / 2 ** 30




class K:
    calls = 0

    def __init__(self, v, i):
        self.v, self.i = v, i

    def __lt__(self, other):
        K.calls += 1
        return self.v < other.v

    def __repr__(self):
        return f"{self.v}.{self.i}"


rnd = Rand(7)
for n in (0, 1, 2, 5, 17, 40, 63):
    ks = [K(rnd.randrange(5), i) for i in range(n)]
    K.calls = 0
    ks.sort()
    print(n, K.calls, ks)
    K.calls = 0
    ks.sort(reverse=True)
    print(n, K.calls, ks)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
nums = [rnd.randrange(1000) for _ in range(500)]
s = sorted(nums)
print(s[:10], s[-10:], s == sorted(nums, reverse=True)[::-1])
try:
    [3, 1, "a"].sort()
except TypeError as e:
    print("TypeError", e)
try:
    [1, 2, 3].sort(key=lambda x: 1 / (x - 2))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
lst = [3, 2, 1]
try:
    lst.sort(key=lambda x: lst.append(x) or x)
except ValueError as e:
    print("ValueError", e, lst)
try:
    [].sort(1)
except TypeError as e:
    print("TypeError", e)
try:
    [].sort(cmp=1)
except TypeError as e:
    print("TypeError", e)
x = [5, 3, 9]
print(x.sort(), x)
