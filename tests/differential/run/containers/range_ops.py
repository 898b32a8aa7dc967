# range: len, index, count, contains with big ints, slicing, reversed, equality, errors
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

r = range(0, 20, 3)
print(len(r), r.index(9), r.count(9), r.count(10), 9 in r, 10 in r, 9.0 in r, r[-1], r[2])
attempt(lambda: r.index(10))
attempt(lambda: r.index("a"))
attempt(lambda: r[100])
attempt(lambda: r["a"])
big = range(-10 ** 30, 10 ** 30, 7)
print(10 ** 29 in big, (10 ** 29 + 1) in big, big.count(0), big[10 ** 20], len(big[::10 ** 25]))
attempt(lambda: len(big))
print(big.index(-10 ** 30 + 14), big[-1])
print(r[1:4], r[::-1], r[::2], r[5:1:-2], r[100:], range(10)[-3:], range(5)[::-1][::-1])
print(list(reversed(range(1, 10, 4))), list(reversed(range(0))), list(reversed(range(5, 0, -2))))
print(range(0) == range(5, 5), range(0, 10, 3) == range(0, 11, 3), range(1) == range(1), range(1, 2) == range(1, 3, 5))
print(range(3) == [0, 1, 2], range(3) != range(4), hash(range(0)) == hash(range(3, 3)), hash(range(0, 4, 3)) == hash(range(0, 5, 3)))
attempt(lambda: range(1, 2, 0))
attempt(lambda: range())
attempt(lambda: range(1, 2, 3, 4))
attempt(lambda: range(1.0))
attempt(lambda: range("a"))
attempt(lambda: range(step=1))
attempt(lambda: range(3) < range(4))
print(range(5).start, range(5).stop, range(5).step, range(2, 8, 2).stop, repr(range(1, 5, 1)), repr(range(3)))
print(list(range(-3)), list(range(3, -3, -2)), sum(range(101)), range(True, 5)[0])
class I:
    def __index__(self):
        return 4
print(range(I()), list(range(I())), range(10)[I()], I() in range(5), 4 in range(I()))
print(min(range(3, 9)), max(range(3, 9, 2)), sorted(range(3), reverse=True), bool(range(0)), bool(range(1)))
it = iter(range(3))
print(next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(type(iter(range(10 ** 20))).__name__, type(iter(range(3))).__name__)
attempt(lambda: range(3).index(3))
attempt(lambda: range(3).count())
