# min/max with key and default, sum with start, all/any
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(max([1, 3, 2]), min("bca"), max(1, 2, 3), min(3, 1, key=lambda x: -x), max([], default="d"), min((), default=None))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "cc"], key=len), max([1, 1.0, True]), min([True, 1, 1.0]))
print(max([(1, "b"), (1, "a")]), max([0, -0.0]), max([[1], [1, 0]]), max("a", "b", key=str.upper))
attempt(lambda: max([]))
attempt(lambda: min([]))
attempt(lambda: max())
attempt(lambda: min(1))
attempt(lambda: max(1, 2, default=0))
attempt(lambda: max([1, "a"]))
attempt(lambda: max([1], key=5))
attempt(lambda: max([1], foo=1))
attempt(lambda: min(iter([]), key=len))
print(max([3, 1, 3], key=lambda x: 0), min([3, 1, 3], key=lambda x: 0))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.5, 0.25]), sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([], 7), sum(range(10), start=-45))
print(sum([1, 2.5, 3 + 1j]), sum([2 ** 64, 2 ** 64]), sum([True, True]), sum([1] * 10, 0.5))
attempt(lambda: sum(["a", "b"], ""))
attempt(lambda: sum([b"a"], b""))
attempt(lambda: sum([bytearray(b"a")], bytearray()))
attempt(lambda: sum(["a", "b"]))
attempt(lambda: sum([1, "a"]))
attempt(lambda: sum())
attempt(lambda: sum(5))
attempt(lambda: sum([1], 2, 3))
print(all([]), any([]), all([1, "a"]), any([0, ""]), all(x > 0 for x in [1, -1]), any(iter([0, 0, 3])))
attempt(lambda: all(5))
attempt(lambda: any())
calls = []
def f(x):
    calls.append(x)
    return x
print(any(f(x) for x in [0, 1, 2]), calls)
print(all(f(x) for x in [1, 0, 2]), calls)
class B:
    def __bool__(self):
        raise ValueError("no bool")
attempt(lambda: all([B()]))
