# _collections.deque as a sequence: indexing, assignment, deletion, contains, operators, comparisons, repr, subclassing.
from _collections import deque

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

d = deque(range(5))
print(d[0], d[4], d[-1], d[-5], 3 in d, 9 in d)
d[1] = 'one'; d[-1] = 'last'; print(d)
del d[0]; print(d)
del d[-1]; print(d)
del d[1]; print(d)
show('index range', lambda: d[10])
show('index neg range', lambda: d[-10])
show('assign range', lambda: d.__setitem__(10, 1))
show('del range', lambda: d.__delitem__(10))
show('slice', lambda: d[1:2])
show('str index', lambda: d['a'])
show('float index', lambda: d[1.0])
show('huge index', lambda: d[10**30])

class Idx:
    def __index__(self):
        return 1

print(d[Idx()], d[True])
a, b = deque([1, 2]), deque([3])
print(a + b, a * 2, 2 * a, a * 0, a * -1, deque([1], maxlen=3) * 5, deque('ab', maxlen=3) + deque('cd'))
x = deque([1]); y = x
x += [2, 3]; print(x, y is x)
x += 'ab'; print(x)
x *= 2; print(x, y is x)
x *= 0; print(x)
show('add list', lambda: deque() + [1])
show('add tuple', lambda: deque() + (1,))
show('mul str', lambda: deque() * 'a')
show('iadd int', lambda: deque().__iadd__(5))
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1, 3]), deque([1, 2]) == [1, 2], deque() == deque())
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) < deque([1, 2, 0]), deque([2]) > deque([1, 9]), deque([1]) <= deque([1]), deque([1, 2]) >= deque([1]))
print(deque([1, 2], maxlen=3) == deque([1, 2]), deque([float('nan')]) == deque([float('nan')]))
n = float('nan')
print(deque([n]) == deque([n]), [n] == [n])
show('lt list', lambda: deque([1]) < [1])
show('lt mixed', lambda: deque([1]) < deque(['a']))
show('hash', lambda: hash(deque()))
r = deque([1])
r.append(r)
print(r, repr(deque([[1], (2,), 'x', None])), str(deque([1])))
print(type(d).__name__, type(d).__module__, type(d).__qualname__, deque.__name__, repr(deque))

class MyDeque(deque):
    def total(self):
        return sum(self)

m = MyDeque([1, 2, 3], 4)
m.tag = 'T'
print(m, m.total(), m.tag, type(m.copy()).__name__, m.copy(), len(m), isinstance(m, deque))
print(type(m + deque([4])).__name__, m + deque([4]), type(m * 2).__name__)
print(m.__reduce__()[0] is MyDeque, m.__reduce__()[1], deque([1], 2).__reduce__()[:3], list(deque([1, 2]).__reduce__()[3]), deque().__reduce__()[1:3])
print(deque[int], list(reversed(MyDeque('xyz'))))
