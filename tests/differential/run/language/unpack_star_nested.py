# Starred and nested unpacking in assignments and for targets.
a, *b = 1, 2, 3
print(a, b)
*a, b = 1, 2, 3
print(a, b)
a, *b, c = 1, 2
print(a, b, c)
a, *b, c = range(10)
print(a, b, c)
[a, [b, *c], *d] = [1, [2, 3, 4], 5, 6]
print(a, b, c, d)
(a, (b, (c, (d,)))) = (1, (2, (3, (4,))))
print(a, b, c, d)
*a, = 'xyz'
print(a)
[*a] = ()
print(a)
a, (*b, c) = 'q', 'rst'
print(a, b, c)

# starred binds a list whatever the source type
for src in ['abcd', (1, 2, 3, 4), range(4), {1: 'a', 2: 'b', 3: 'c', 4: 'd'}, iter([9, 8, 7, 6])]:
    first, *mid, last = src
    print(type(mid).__name__, first, mid, last)

# nested unpacking in for loops
for (k, v), idx in zip({'one': 1, 'two': 2}.items(), range(5)):
    print(k, v, idx)
for i, (x, *ys) in enumerate([(1, 2, 3), (4,), 'ab']):
    print(i, x, ys)

# unpacking into attributes and subscripts
class O:
    pass
o = O()
lst = [0] * 4
o.a, lst[1], *lst[2:3] = 'A', 'B', 'C', 'D'
print(o.a, lst)
d = {}
d['x'], (d['y'], d['z']) = 1, (2, 3)
print(d)

# generators and iterators are consumed
def gen():
    for i in range(5):
        print('yield', i)
        yield i
a, *b = gen()
print(a, b)

# error messages
def attempt(label, fn):
    try:
        fn()
        print(label, 'ok')
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__, e)

def e1(): a, b, c = 1, 2
def e2(): a, b = 1, 2, 3
def e3(): a, *b, c, d = 1, 2
def e4(): a, b = 1
def e5(): a, *b = None
def e6(): (a, b), c = 1, 2
def e7(): a, b = 'abc'
def e8(): a, b, c = iter([1, 2])
def e9(): a, b = iter(range(100))
def e10(): *a, b, c, d, e = [1, 2, 3]
def e11(): [a, [b, c]] = [1, [2]]
def e12(): a, b = {1: 2}
def e13(): a, b = {}
def e14():
    for x, y in [(1, 2), (3,)]: pass
def e15(): a, = []
def e16(): a, = [1, 2]
for f in [e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16]:
    attempt(f.__name__, f)

# a class whose __iter__ raises
class BadIter:
    def __iter__(self):
        raise RuntimeError('iter failed')
try:
    a, b = BadIter()
except RuntimeError as e:
    print('RuntimeError', e)

# __getitem__-based iteration
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
a, b, c = Seq()
print(a, b, c)
x, *y = Seq()
print(x, y)
