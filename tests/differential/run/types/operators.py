# Operators through Python dunders: reflected operands, comparison, hash, truth, containers.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

class V:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return 'V(' + self.name + ')'
    def __add__(self, other):
        return 'V.add(' + repr(self) + ', ' + repr(other) + ')'
    def __radd__(self, other):
        return 'V.radd(' + repr(self) + ', ' + repr(other) + ')'
    def __sub__(self, other):
        return NotImplemented
    def __neg__(self):
        return 'neg ' + self.name
    def __invert__(self):
        return 'invert ' + self.name

class W(V):
    def __radd__(self, other):
        return 'W.radd(' + repr(self) + ', ' + repr(other) + ')'

v, w = V('v'), W('w')
print(v + w)
print(w + v)
print(v + v)
print('s' + v)
print(-v, ~v)
show(lambda: v - v)
show(lambda: v * v)
show(lambda: +v)

class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        self.items.append(other)
        return self
a = Acc()
a += 'x'
a += 'y'
print(a.items)

class Cmp:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Cmp) and self.k == other.k
    def __lt__(self, other):
        return self.k < other.k
    def __hash__(self):
        return hash(self.k)
print(Cmp('a') == Cmp('a'), Cmp('a') != Cmp('b'), Cmp('a') < Cmp('b'), Cmp('b') > Cmp('a'))
print(hash(Cmp('q')) == hash('q'))
show(lambda: Cmp('a') <= Cmp('b'))

class Plain:
    pass
p1, p2 = Plain(), Plain()
print(p1 == p1, p1 == p2, p1 != p2, hash(p1) == hash(p1))
show(lambda: p1 < p2)

class Unhashable:
    __hash__ = None
show(lambda: hash(Unhashable()))

class Truth:
    def __init__(self, t):
        self.t = t
    def __bool__(self):
        return self.t
print(bool(Truth(True)), bool(Truth(False)), 'yes' if Truth(True) else 'no')
show(lambda: bool(Truth('x')))

class Sized:
    def __len__(self):
        return 0
print(bool(Sized()), len(Sized()))

class BadLen:
    def __len__(self):
        return -1
show(lambda: len(BadLen()))

class Box:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return 'get ' + k
    def __setitem__(self, k, v):
        print('set', k, v)
    def __delitem__(self, k):
        print('del', k)
    def __contains__(self, k):
        return k == 'in'
box = Box()
print(box['a'])
box['b'] = 'c'
del box['d']
print('in' in box, 'out' in box, 'out' not in box)

class Seq:
    def __getitem__(self, i):
        if i < 3:
            return 'item' + str(i)
        raise IndexError
print(list(Seq()), 'item1' in Seq())

class Counter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return 'n' + str(self.n)
print(list(Counter()))
for item in Counter():
    print(item)

class Call:
    def __call__(self, *args, **kw):
        return 'called with ' + repr(args) + ' ' + repr(sorted(kw))
print(Call()('a', b='c'))
show(lambda: Plain()())

class NoContain:
    __contains__ = None
show(lambda: 'x' in NoContain())

class Rep:
    def __repr__(self):
        return 'Rep!'
    def __str__(self):
        return 'Str!'
print(Rep(), repr(Rep()), str(Rep()), [Rep()])
print(format(Rep(), ''))
show(lambda: format(Plain(), 'x'))

class Late:
    pass
late = Late()
Late.__repr__ = lambda self: 'late repr'
print(repr(late))
Late.__len__ = lambda self: 0
print(bool(late))
del Late.__len__
print(bool(late))
