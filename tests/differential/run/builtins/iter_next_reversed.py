# iter with a sentinel, next with a default, reversed on custom protocols
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

n = [0]
def counter():
    n[0] += 1
    return n[0]
print(list(iter(counter, 4)))
it = iter(counter, 10)
print(type(it).__name__, next(it), next(it))
print(list(iter([5, 6].pop, 5)) if False else list(iter(iter([1, 2, 3, 0, 9]).__next__, 0)))
attempt(lambda: iter(5, 1))
attempt(lambda: iter(5))
attempt(lambda: iter())
attempt(lambda: iter([], 1, 2))
def fail():
    raise KeyError("from callable")
attempt(lambda: list(iter(fail, None)))
def stop():
    raise StopIteration
print(list(iter(stop, None)))
i = iter([1])
print(next(i), next(i, "default"), next(i, None))
attempt(lambda: next(i))
attempt(lambda: next([1]))
attempt(lambda: next(5, 1))
attempt(lambda: next())
class R:
    def __reversed__(self):
        return iter("rev")
print(list(reversed(R())))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 2
print(list(reversed(Seq())), type(reversed(Seq())).__name__)
class NoLen:
    def __getitem__(self, i):
        return i
attempt(lambda: reversed(NoLen()))
class NoneRev:
    __reversed__ = None
attempt(lambda: reversed(NoneRev()))
attempt(lambda: reversed(5))
attempt(lambda: reversed({1, 2}))
attempt(lambda: reversed(iter([1])))
print(list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(3))), list(reversed(b"xy")))
r = reversed([1, 2, 3])
print(r.__length_hint__(), next(r), r.__length_hint__(), type(r).__name__)
class Short(Seq):
    def __getitem__(self, i):
        if i == 1:
            raise IndexError
        return i
print(list(reversed(Short())))
