# Set displays and frozenset constants iterate in CPython's order (hash collisions of -1/-2 included).
print({-1, -2, 3})
print({-9, -17, 8})
print({-1, -2, 3, -7, 100, 64, 32, -33})
x = -5
print({x, -1, -2, 3})
for e in {-9, -17, 8}:
    print('for', e)
print(list(frozenset({-9, -17, 8})), set([-9, -17, 8]))
print(-17 in {-9, -17, 8}, 5 in {-9, -17, 8})
print({*[-9, -17, 8]}, {*[-9, -17], 8})
print({i for i in [-9, -17, 8]})
print({0, 8, 16, 24, 32}, {32, 24, 16, 8, 0})
print({1.5, -1, -2, 2 ** 61, 2 ** 61 - 1})
print({(1, 2), (-1, -2), True, 0.5})
print({2, 1}, {1, 2}, {1.0, 2}, {True, 2})
s = {3, 1, 2}
s.add(-1); s.add(-2)
print(s)
print(sorted({-1, -2, 3}), len({1, 1.0, True}), {1, 1.0, True})
print({1: 'a', 1.0: 'b', True: 'c'})
print(frozenset({-1, -2}) == {-2, -1}, {-1, -2} | {-3})
sl = slice(1, None)
print(sl, [0, 1, 2][sl], [0, 1, 2, 3][::2], [0, 1, 2, 3][1:3:1], 'abc'[::-1])
class Idx:
    def __getitem__(self, k):
        return k
i = Idx()
print(i[1:2], i[::], i[1:2:3], i[:, 1], i[..., 1:], i[()])
