# enumerate, zip, map, filter, reversed and the container iterators
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(list(enumerate("abc")), list(enumerate("ab", 5)), list(enumerate([], start=2 ** 70)), list(enumerate("a", start=2 ** 63 - 1)))
print(list(zip("abc", [1, 2])), list(zip()), list(zip([1, 2], [3, 4], strict=True)))
print(list(map(pow, [2, 3], [5, 2])), list(map(str, range(3))), list(filter(None, [0, 1, "", "x", None])), list(filter(lambda x: x % 2, range(6))))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed(range(4))), list(reversed("abc")), list(reversed({1: 2, 3: 4})))
attempt(lambda: list(zip([1], [], strict=True)))
attempt(lambda: list(zip([1, 2], [1], strict=True)))
attempt(lambda: list(zip([1], [1, 2], strict=True)))
attempt(lambda: list(zip([1], [1], [1, 2], strict=True)))
attempt(lambda: list(zip([], [], [1], strict=True)))
attempt(lambda: zip(x=1))
attempt(lambda: enumerate())
attempt(lambda: enumerate(1))
attempt(lambda: map(len))
attempt(lambda: filter(None))
attempt(lambda: reversed(1))
attempt(lambda: reversed({1}))
it = iter([1, 2, 3])
print(next(it), it.__length_hint__(), list(it), it.__length_hint__())
rit = reversed([1, 2, 3])
print(next(rit), rit.__length_hint__(), list(rit))
ti = iter((1, 2, 3))
ti.__setstate__(2)
print(list(ti))
li = iter([1, 2, 3, 4])
li.__setstate__(-5)
print(next(li), iter(range(5)).__length_hint__())


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i * 10


print(list(reversed(Seq())), type(reversed(Seq())).__name__, type(iter([])).__name__, type(iter(())).__name__, type(iter(set())).__name__)
lst = [1, 2]
it2 = iter(lst)
lst.append(3)
print(list(it2))
print(enumerate[int])
