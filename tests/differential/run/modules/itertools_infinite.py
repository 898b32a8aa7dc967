# itertools: count, repeat, cycle (values, reprs, argument errors).
import itertools as it

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def take(n, iterable):
    return list(it.islice(iterable, n))

c = it.count()
print(c, next(c), next(c), c, take(3, c), c)
print(take(4, it.count(10)), take(4, it.count(5, 3)), take(3, it.count(-2, -2)), take(3, it.count(1.5, 0.5)), take(3, it.count(step=2)))
print(it.count(5), it.count(5, 2), it.count(1.5), it.count(0, 1.0), it.count(2, -1), it.count(start=3, step=True), it.count(10**20), it.count(0.0, 0.1))
big = it.count(2**63 - 2)
print(take(3, big), big)
cc = it.count(1, 1j)
print(next(cc), next(cc), cc)
print(take(3, it.count(True)), take(2, it.count(0, True)))
show('count str', lambda: it.count('a'))
show('count step str', lambda: it.count(0, 'x'))
show('count 3 args', lambda: it.count(1, 2, 3))
show('count bad kw', lambda: it.count(begin=1))
r = it.repeat('x', 3)
print(r, list(r), r, list(r))
print(take(3, it.repeat(7)), it.repeat(7), it.repeat([1], 0), list(it.repeat(1, -5)), it.repeat(1, -5), it.repeat(object=2, times=2))
print(it.repeat('a', 2).__length_hint__(), list(map(pow, range(4), it.repeat(2))))
show('repeat hint unsized', lambda: it.repeat(1).__length_hint__())
show('repeat no args', lambda: it.repeat())
show('repeat float times', lambda: it.repeat(1, 2.5))
show('repeat none times', lambda: it.repeat(1, None))
show('repeat 3 args', lambda: it.repeat(1, 2, 3))
cy = it.cycle('abc')
print(take(7, cy), take(2, it.cycle([])), take(5, it.cycle(iter([1, 2]))), take(4, it.cycle(range(1))))

def gen():
    print('gen runs')
    yield 1
    yield 2

g = it.cycle(gen())
print(take(5, g))
show('cycle no args', lambda: it.cycle())
show('cycle 2 args', lambda: it.cycle([1], [2]))
show('cycle kw', lambda: it.cycle(iterable=[1]))
show('cycle int', lambda: it.cycle(5))
print(type(c).__name__, type(c).__module__, repr(it.count), it.count.__name__, type(r).__name__, type(cy).__name__)
print(iter(c) is c, iter(r) is r, iter(cy) is cy)

class MyCount(it.count):
    pass

print(take(2, MyCount(3)), MyCount(3, 2))
