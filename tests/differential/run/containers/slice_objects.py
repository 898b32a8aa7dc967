# slice objects: attributes, indices(), comparison, hashing, errors
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, repr(slice(3)), slice(None), slice(1, None), slice("a", [1], None))
print(s.indices(5), s.indices(20), slice(None).indices(4), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
print(slice(-100, 100).indices(7), slice(100, -100, -1).indices(7), slice(5, 2, -2).indices(10), slice(10 ** 30).indices(3))
print(slice(0, 10 ** 30, 1).indices(10 ** 40))
attempt(lambda: slice(None, None, 0).indices(3))
attempt(lambda: s.indices(-1))
attempt(lambda: s.indices("a"))
attempt(lambda: slice("a").indices(3))
attempt(lambda: slice())
attempt(lambda: slice(1, 2, 3, 4))
attempt(lambda: slice(start=1))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2) < slice(1, 3), slice(1) != slice(2))
attempt(lambda: slice(1) < slice("a"))
attempt(lambda: hash(slice(1)))
print("abcdef"[slice(1, None, 2)], [0, 1, 2, 3][slice(None, None, -1)], (1, 2, 3)[slice(2)])
class G:
    def __getitem__(self, k):
        return k
g = G()
print(g[1:2], g[::], g[:], g[1:2, 3], g[..., 1:], g[:3:])
class I:
    def __index__(self):
        return 2
print(slice(I()).indices(5), "abcdef"[I():I() * 2] if False else "abcdef"[I():], slice(None, None, I()).indices(9))
print(type(s).__name__, isinstance(s, slice), s.__reduce__())
