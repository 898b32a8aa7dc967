# itertools: chain, chain.from_iterable, zip_longest, pairwise, starmap, accumulate.
import itertools as it
import _operator as op

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(list(it.chain('AB', [1, 2], (3,), range(2))), list(it.chain()), list(it.chain([], [], 'x')), list(it.chain.from_iterable(['ab', [1], ()])))
print(list(it.chain.from_iterable(iter([range(2), range(3)]))), list(it.chain.from_iterable([])), list(it.islice(it.chain.from_iterable(it.repeat('ab')), 5)))
lazy = it.chain([1], 5)
print(next(lazy))
show('chain lazy not iterable', lambda: next(lazy))
show('chain kw', lambda: it.chain(a=[1]))
show('from_iterable int', lambda: it.chain.from_iterable(5))
show('from_iterable items int', lambda: list(it.chain.from_iterable([[1], 2])))
show('from_iterable no args', lambda: it.chain.from_iterable())
print(it.chain[int], type(it.chain.from_iterable([])).__name__)
print(list(it.zip_longest('ABCD', 'xy')), list(it.zip_longest('AB', 'xyz', fillvalue='-')), list(it.zip_longest()), list(it.zip_longest('ab')))
print(list(it.zip_longest([], [], fillvalue=0)), list(it.zip_longest(range(3), [], 'q', fillvalue=None)))
show('zip_longest bad kw', lambda: it.zip_longest('a', fill=1))
show('zip_longest two kw', lambda: it.zip_longest('a', fillvalue=1, x=2))
show('zip_longest not iterable', lambda: it.zip_longest('a', 5))
show('zip_longest third bad', lambda: it.zip_longest('a', 'b', None))

def boom():
    yield 1
    raise ValueError('boom')

show('zip_longest error', lambda: list(it.zip_longest(boom(), 'abc')))
print(list(it.pairwise('ABCDE')), list(it.pairwise('A')), list(it.pairwise([])), list(it.pairwise(range(4))))
pw = it.pairwise(iter([1, 2]))
print(next(pw))
show('pairwise end', lambda: next(pw))
show('pairwise no args', lambda: it.pairwise())
show('pairwise int', lambda: it.pairwise(1))
show('pairwise kw', lambda: it.pairwise(iterable=[]))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(it.starmap(op.add, ['ab', 'cd'])), list(it.starmap(max, [[1, 5, 3], range(4)])))
print(list(it.starmap(lambda *a: a, [(), (1,), (1, 2)])))
show('starmap not iterable item', lambda: list(it.starmap(max, [5])))
show('starmap 1 arg', lambda: it.starmap(max))
show('starmap not iterable', lambda: it.starmap(max, 5))
print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([1, 2, 3, 4, 5], op.mul)), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate([1, 2, 3], initial=100)), list(it.accumulate([], initial=7)), list(it.accumulate([])), list(it.accumulate('abc')))
print(list(it.accumulate([1, 2], func=op.sub)), list(it.accumulate([1, 2], None, initial=None)), list(it.accumulate(iterable=[[1], [2]])))
show('accumulate types', lambda: list(it.accumulate([1, 'a'])))
show('accumulate no args', lambda: it.accumulate())
show('accumulate initial pos', lambda: it.accumulate([1], None, 5))
show('accumulate bad kw', lambda: it.accumulate([1], start=5))
show('accumulate not iterable', lambda: it.accumulate(3))
show('accumulate func error', lambda: list(it.accumulate([1, 2], lambda a, b: a / 0)))
