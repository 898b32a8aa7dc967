# list(): every argument kind, __iter__ / __getitem__ sequences, length hints, errors
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(list(), list([]), list(()), list(""), list("ab"), list(b"ab"), list(bytearray(b"z")))
print(list(range(3)), list({1: "a", 2: "b"}), list({1: "a"}.items()), list({"x": 9}.values()))
print(list(x for x in "xyz"), list(map(str, [1, 2])), list(zip("ab", "cd")), list(enumerate("ab")))
print(list(reversed([1, 2, 3])), list(iter([4, 5])), list(memoryview(b"hi")))

class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()))

class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(It()))

class Hint:
    def __iter__(self):
        return iter([1, 2])
    def __length_hint__(self):
        return 1000
print(list(Hint()))

class BadHint:
    def __iter__(self):
        return iter([1])
    def __len__(self):
        return -1
attempt(lambda: list(BadHint()))

class RaisingIter:
    def __iter__(self):
        yield 1
        raise RuntimeError("mid-way")
attempt(lambda: list(RaisingIter()))

class IterReturnsNonIter:
    def __iter__(self):
        return 5
attempt(lambda: list(IterReturnsNonIter()))
attempt(lambda: list(5))
attempt(lambda: list(None))
attempt(lambda: list(1, 2))
attempt(lambda: list(x=1))
attempt(lambda: list(iterable=[1]))

# a new list each time, never the same object
src = [1, 2]
cp = list(src)
print(cp == src, cp is src)

# list subclass
class MyList(list):
    pass
m = MyList("ab")
print(m, type(m).__name__, list(m), type(list(m)).__name__)
print(list.__new__(list), list.__init__.__name__)
z = [1, 2, 3]
z.__init__("xy")
print(z)
z.__init__()
print(z)
