class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child
    def depth_first(self, depth=0):
        yield depth, self.value
        for child in self.children:
            yield from child.depth_first(depth + 1)
    def leaves(self):
        if not self.children:
            yield self.value
            return
        for child in self.children:
            yield from child.leaves()

t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6)))
print(list(t))
print(list(t.depth_first()))
print(list(t.leaves()))
print(sum(t), max(t), 4 in t, 9 in t)

class Range:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
    def __reversed__(self):
        i = self.n
        while i > 0:
            i -= 1
            yield i
r = Range(4)
print(list(r), list(reversed(r)), list(zip(r, reversed(r))))
it1, it2 = iter(r), iter(r)
print(next(it1), next(it1), next(it2))

class WithStatic:
    @staticmethod
    def evens(n):
        yield from range(0, n, 2)
    @classmethod
    def names(cls):
        yield cls.__name__
        yield from (b.__name__ for b in cls.__mro__[1:])
    @property
    def prop(self):
        return (c for c in 'prop')
print(list(WithStatic.evens(7)), list(WithStatic.names()), ''.join(WithStatic().prop))

# permutations by recursive generators
def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, item in enumerate(items):
        for rest in perms(items[:i] + items[i + 1:]):
            yield [item] + rest
print([''.join(p) for p in perms('abc')])

def flatten(obj):
    if isinstance(obj, (list, tuple)):
        for item in obj:
            yield from flatten(item)
    else:
        yield obj
print(list(flatten([1, [2, (3, [4, []])], 5])))

# generator as __getitem__ replacement fails clearly
class NotIterable:
    pass
try:
    iter(NotIterable())
except TypeError as e:
    print('TypeError', e)

# generator functions are functions
import sys
def g():
    yield
print(type(g).__name__, g.__code__.co_flags & 0x20 != 0, type(g()).__name__)
print(callable(g), hasattr(g(), '__next__'), hasattr(g(), '__len__'))
try:
    len(g())
except TypeError as e:
    print('TypeError', e)
try:
    g()[0]
except TypeError as e:
    print('TypeError', e)
