# iter(obj) over the protocols, iter(callable, sentinel), and their errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class Count:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
show("sentinel", lambda: list(iter(Count(), 4)))
show("sentinel never", lambda: [x for _, x in zip(range(3), iter(Count(), 0))])
show("sentinel first", lambda: list(iter(Count(), 1)))
show("not callable", lambda: iter(1, 2))
show("not callable list", lambda: iter([], 2))
show("sentinel None", lambda: list(iter(iter([1, None, 2]).__next__, None)))
show("sentinel eq", lambda: list(iter(iter([1, 2.0, 3]).__next__, 2)))

class StopEarly:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
show("StopIteration ends", lambda: list(iter(StopEarly(), 99)))
it = iter(StopEarly(), 99)
show("exhausted", lambda: (list(it), list(it)))
class Raises:
    def __call__(self):
        raise ValueError("boom")
show("raises", lambda: list(iter(Raises(), 0)))
ci = iter(Count(), 3)
show("callable_iterator type", lambda: type(ci).__name__)
show("iter of callable_iterator", lambda: iter(ci) is ci)
show("next", lambda: (next(ci), next(ci)))
show("next after", lambda: next(ci))
show("next after default", lambda: next(ci, "dflt"))

class Eq:
    def __eq__(self, other):
        print("  eq called", other)
        return other == 2
show("sentinel __eq__", lambda: list(iter(Count(), Eq())))

class GetItem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
show("getitem protocol", lambda: list(iter(GetItem())))
show("getitem iterator type", lambda: type(iter(GetItem())).__name__)
class GetItemStop:
    def __getitem__(self, i):
        if i >= 2:
            raise StopIteration
        return i
show("getitem stop", lambda: list(GetItemStop()))
class GetItemKey:
    def __getitem__(self, i):
        raise KeyError(i)
show("getitem key error", lambda: list(GetItemKey()))
class IterNone:
    __iter__ = None
    def __getitem__(self, i):
        return i
show("__iter__ None", lambda: iter(IterNone()))
class IterBad:
    def __iter__(self):
        return 5
show("__iter__ non-iterator", lambda: iter(IterBad()))
class IterList:
    def __iter__(self):
        return [1, 2]
show("__iter__ list", lambda: iter(IterList()))
class NextOnly:
    def __next__(self):
        return 1
show("next only", lambda: iter(NextOnly()))
show("next on iterable", lambda: next([1]))
show("next on gen", lambda: next(x for x in "ab"))
show("next default None", lambda: next(iter([]), None))
show("next kw", lambda: next(iter([]), default=1))
class NextRaises:
    def __iter__(self):
        return self
    def __next__(self):
        raise RuntimeError("next failed")
show("next raises", lambda: next(NextRaises(), "d"))
show("iter str", lambda: list(iter("héllo")))
show("iter dict", lambda: list(iter({"a": 1, "b": 2})))
show("iter kw", lambda: iter([], sentinel=1))
