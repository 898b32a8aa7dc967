# itertools: groupby (keys, groupers invalidated by advancing), tee (copies, independence, n errors).
import itertools as it

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print([(k, list(g)) for k, g in it.groupby('AAAABBBCCDAABBB')])
print([k for k, g in it.groupby('AAAABBBCCD')], [(k, len(list(g))) for k, g in it.groupby([1, 1, 2, 3, 3, 3])])
print([(k, list(g)) for k, g in it.groupby(range(10), key=lambda x: x // 3)], [(k, list(g)) for k, g in it.groupby([])])
print([(k, list(g)) for k, g in it.groupby(['a', 'B', 'b', 'A', 'c'], str.lower)], [(k, list(g)) for k, g in it.groupby([1, 1.0, True, 2], None)])
groups = list(it.groupby('aabbc'))
print([(k, list(g)) for k, g in groups])
gb = it.groupby('aaabbb')
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2), list(g2))
gb = it.groupby([1, 2, 3])
k, g = next(gb)
print(list(g), next(gb)[0], type(g).__name__, type(gb).__name__)
show('groupby no args', lambda: it.groupby())
show('groupby not iterable', lambda: it.groupby(5))
show('groupby key error', lambda: list(it.groupby([1, 'a'], lambda x: x + 1)))
show('groupby bad kw', lambda: it.groupby([], keyfunc=len))
show('grouper create', lambda: type(g)())

class Weird:
    def __eq__(self, other):
        raise ValueError('no eq')

show('groupby eq error', lambda: [list(g) for k, g in it.groupby([Weird(), Weird()])])
a, b = it.tee([1, 2, 3])
print(next(a), next(a), list(b), list(a))
x, y, z = it.tee(iter('abc'), 3)
print(list(x), list(y), next(z), list(z))
print(it.tee('ab', 0), len(it.tee('ab', 1)), type(it.tee('ab')[0]).__name__, type(it.tee('ab')).__name__)
t1, t2 = it.tee(range(200))
print(sum(t1), sum(t2))
c1, c2 = it.tee(t1)
print(list(c1), c1 is t1, type(c2).__name__)
src = iter(range(5))
p, q = it.tee(src)
print(next(p), next(src), next(q), list(p), list(q))
u, v = it.tee([10, 20])
w = u.__copy__()
print(next(u), next(w), next(w), next(v), list(u))
show('tee negative', lambda: it.tee([], -1))
show('tee float', lambda: it.tee([], 2.0))
show('tee not iterable', lambda: it.tee(5))
show('tee 3 args', lambda: it.tee([], 2, 3))
show('tee kw', lambda: it.tee([], n=2))

def gen():
    yield 1
    raise KeyError('g')

e1, e2 = it.tee(gen())
print(next(e1))
show('tee source error', lambda: next(e1))
show('tee other after error', lambda: (next(e2), next(e2)))
