# list comparison: lexicographic, identity shortcut, mixed types, NotImplemented
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print([] < [1], [1] < [1, 0], [1, 2] < [1, 3], [2] < [1, 9], [1, 2] <= [1, 2], [3] >= [2, 9])
print([1, 2] == [1, 2], [1, 2] != [1, 2.0], [1] == [True], [0] == [False], [[1]] == [[1.0]])
print([1, 2] == (1, 2), [1] != (1,), [] == (), [] == {})
nan = float("nan")
x = [nan]
print(x == x, [nan] == [nan], x[0] == x[0], [nan] < [nan], x <= x)
attempt(lambda: [1] < ["a"])
attempt(lambda: [1, "a"] < [1, 2])
print([1, "a"] < [2, 1])
print([1, "a"] == [1, 2])
attempt(lambda: [1] < (1,))
attempt(lambda: [1] <= None)
attempt(lambda: [1] > 1)
attempt(lambda: [1] >= "a")

class Rev:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v > other.v
    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v == other.v
print([Rev(1), Rev(2)] < [Rev(1), Rev(3)])
print([Rev(1)] == [Rev(1)])

class Always:
    def __eq__(self, other):
        return True
    def __lt__(self, other):
        return NotImplemented
    def __gt__(self, other):
        return NotImplemented
print([Always()] == [5], [5] == [Always()])
attempt(lambda: [Always()] < [5])

class ListCmp:
    def __eq__(self, other):
        return "custom-eq"
    def __lt__(self, other):
        return "custom-lt"
    def __gt__(self, other):
        return "custom-gt"
print([1] == ListCmp(), [1] < ListCmp(), [1] > ListCmp())

class L(list):
    def __eq__(self, other):
        return "sub-eq"
print([1] == L([1]), L([1]) == [1])
print(sorted([[3, 1], [1, 2, 3], [1, 2], [], [2]]))
print(max([[1, 2], [1, 2, 0], [0, 9]]), min([[1], [0, 5], [0]]))
deep_a = [1, [2, [3, [4]]]]
deep_b = [1, [2, [3, [5]]]]
print(deep_a < deep_b, deep_a == deep_b, deep_a != deep_b)
