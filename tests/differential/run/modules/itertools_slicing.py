# itertools: islice (forms, laziness, argument messages), takewhile, dropwhile, compress, filterfalse.
import itertools as it

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

s = 'ABCDEFG'
print(list(it.islice(s, 2)), list(it.islice(s, 2, 4)), list(it.islice(s, 2, None)), list(it.islice(s, 0, None, 2)), list(it.islice(s, None)))
print(list(it.islice(s, 1, 6, 2)), list(it.islice(s, 10)), list(it.islice(s, 10, 20)), list(it.islice(s, 0)), list(it.islice(s, None, None, 3)))
print(list(it.islice(range(100), 3, 30, 7)), list(it.islice(it.count(), 5, 8)), list(it.islice(s, True, 3)))
src = iter(range(10))
print(list(it.islice(src, 3)), next(src), list(it.islice(src, 1, 3)), next(src))

class Idx:
    def __index__(self):
        return 2

print(list(it.islice(s, Idx())), list(it.islice(s, Idx(), Idx())), list(it.islice(s, 0, 5, Idx())))
show('stop -1', lambda: it.islice(s, -1))
show('stop -5', lambda: it.islice(s, -5))
show('stop float', lambda: it.islice(s, 1.5))
show('stop str', lambda: it.islice(s, 'a'))
show('start -1', lambda: it.islice(s, -1, 5))
show('start float', lambda: it.islice(s, 1.0, 5))
show('stop -1 in 3', lambda: it.islice(s, 0, -1))
show('step 0', lambda: it.islice(s, 0, 5, 0))
show('step -1', lambda: it.islice(s, 0, 5, -1))
show('step float', lambda: it.islice(s, 0, 5, 1.5))
show('one arg', lambda: it.islice(s))
show('five args', lambda: it.islice(s, 1, 2, 3, 4))
show('kw', lambda: it.islice(s, stop=3))
show('not iterable', lambda: it.islice(5, 3))
show('not iterable bad stop', lambda: it.islice(5, -3))
show('huge stop', lambda: list(it.islice(s, 10**30)))
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.takewhile(bool, [1, 2, 0, 3])), list(it.takewhile(lambda x: True, [])))
tw = it.takewhile(lambda x: x < 2, iter([1, 2, 1]))
print(list(tw), list(tw))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.dropwhile(bool, [1, 0, 2])), list(it.dropwhile(lambda x: True, [1, 2])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, '', 'a', None, [], [0]])))
print(list(it.compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(it.compress('ABC', [1])), list(it.compress('A', [0, 1, 1])), list(it.compress(data=range(5), selectors=it.cycle([0, 1]))))
show('takewhile 1 arg', lambda: it.takewhile(bool))
show('takewhile kw', lambda: it.takewhile(predicate=bool, iterable=[]))
show('dropwhile 3 args', lambda: it.dropwhile(bool, [], []))
show('dropwhile not iterable', lambda: it.dropwhile(bool, 3))
show('filterfalse 1 arg', lambda: it.filterfalse(None))
show('takewhile pred error', lambda: list(it.takewhile(lambda x: 1 / x, [1, 0])))
show('dropwhile not callable', lambda: list(it.dropwhile(5, [1])))
show('filterfalse not callable', lambda: list(it.filterfalse(5, [1])))
show('compress 1 arg', lambda: it.compress('a'))
show('compress not iterable', lambda: it.compress('a', 5))
show('compress bad truth', lambda: list(it.compress('ab', [type('X', (), {'__bool__': lambda s: 1})()])))
show('compress bad kw', lambda: it.compress('a', [1], x=1))
print(type(it.islice(s, 1)).__name__, type(it.takewhile(bool, [])).__name__, type(it.compress('', '')).__name__)
