# itertools objects: laziness, types, reprs of the non-repr types, subclassing, exhausted iterators staying exhausted.
import itertools as it

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

log = []

def src(n):
    for i in range(n):
        log.append(i)
        yield i

c = it.chain(src(2), src(2))
print(log, next(c), log)
log.clear()
z = it.zip_longest(src(3), src(1))
print(log, next(z), log)
log.clear()
p = it.product(src(2), src(2))
print('product consumed eagerly', log)
log.clear()
pm = it.permutations(src(3))
print('permutations consumed eagerly', log)
log.clear()
sl = it.islice(src(10), 2, 4)
print(log, list(sl), log)
log.clear()
tw = it.takewhile(lambda x: x < 1, src(5))
print(list(tw), log)
names = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress', 'count', 'cycle',
         'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise', 'permutations', 'product', 'repeat',
         'starmap', 'takewhile', 'zip_longest']
for name in names:
    t = getattr(it, name)
    print(name, type(t).__name__, t.__module__, t.__name__, repr(t), hasattr(t, '__next__'), hasattr(t, '__iter__'))
print(repr(it.tee), type(it.tee).__name__, it.tee.__module__)
exhausted = [it.chain(), it.islice('ab', 0), it.pairwise('a'), it.compress('', ''), it.combinations('a', 2), it.zip_longest(),
             it.product('a', []), it.repeat(1, 0), it.cycle(''), it.accumulate([]), it.groupby(''), it.starmap(max, [])]
for e in exhausted:
    print(type(e).__name__, list(e), list(e), next(e, 'end'))

class Chain2(it.chain):
    def first(self):
        return next(self)

ch = Chain2('ab', 'c')
print(ch.first(), list(ch), type(ch).__name__, isinstance(ch, it.chain))
print(type(Chain2.from_iterable(['xy'])).__name__, list(Chain2.from_iterable(['xy'])))

class MyRepeat(it.repeat):
    pass

print(MyRepeat('q', 2), list(MyRepeat('q', 2)))

class MyIslice(it.islice):
    pass

print(list(MyIslice('abcdef', 1, None, 2)))
show('subclass groupby', lambda: [k for k, g in type('G', (it.groupby,), {})('aab')])
show('subclass _grouper', lambda: type('X', (type(next(it.groupby('a'))[1]),), {}))
show('subclass _tee', lambda: type('Y', (type(it.tee('a')[0]),), {}))
gen_err = it.starmap(lambda x: 1 / x, [(1,), (0,), (2,)])
print(next(gen_err))
show('starmap error', lambda: next(gen_err))
print(next(gen_err))
