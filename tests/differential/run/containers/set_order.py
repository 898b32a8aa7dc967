# set iteration order follows CPython's table
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



print({1, 2, 3}, set(range(20)), set([-1, -2, 5, 100, 1000, 2 ** 61, 2 ** 61 - 1]))
print(set([i * 8 for i in range(20)]))
s = set(range(100))
for i in range(0, 100, 3):
    s.discard(i)
s.update(range(200, 210))
print(s)
rnd = Rand(1)
t = set()
for _ in range(300):
    v = rnd.randrange(-1000, 1000)
    if rnd.random() < 0.7:
        t.add(v)
    else:
        t.discard(v)
print(t)
print(sorted(t) == sorted(list(t)), len(t))
print(set("abc") == {"a", "b", "c"}, frozenset([3, 1, 2]), hash(frozenset()), hash(frozenset({1, 2, 3})))
u = set([5, 13, 21, 100, -3, 7, 64])
w = set([13, 7, 8, 16, 24, 100, 2])
print(u | w, u & w, w & u, u - w, w - u, u ^ w, w ^ u)
p = set(range(10))
popped = [p.pop() for _ in range(4)]
print(popped, p)
