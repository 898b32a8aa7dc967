# itertools recipes from the documentation, built from the C-level pieces together with _operator and _collections.
import itertools as it
import _operator as op
from _collections import deque
from _functools import reduce

def take(n, iterable):
    return list(it.islice(iterable, n))

def tail(n, iterable):
    return iter(deque(iterable, maxlen=n))

def consume(iterator, n=None):
    if n is None:
        deque(iterator, maxlen=0)
    else:
        next(it.islice(iterator, n, n), None)

def nth(iterable, n, default=None):
    return next(it.islice(iterable, n, None), default)

def all_equal(iterable):
    g = it.groupby(iterable)
    return next(g, True) and not next(g, False)

def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))

def ncycles(iterable, n):
    return it.chain.from_iterable(it.repeat(tuple(iterable), n))

def dotproduct(v1, v2):
    return sum(map(op.mul, v1, v2))

def flatten(list_of_lists):
    return it.chain.from_iterable(list_of_lists)

def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return it.zip_longest(*args, fillvalue=fillvalue)

def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = it.cycle(iter(x).__next__ for x in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = it.cycle(it.islice(nexts, num_active))

def partition(pred, iterable):
    t1, t2 = it.tee(iterable)
    return it.filterfalse(pred, t1), filter(pred, t2)

def powerset(iterable):
    s = list(iterable)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))

def unique_justseen(iterable, key=None):
    return map(next, map(op.itemgetter(1), it.groupby(iterable, key)))

def sliding_window(iterable, n):
    iterator = iter(iterable)
    window = deque(it.islice(iterator, n - 1), maxlen=n)
    for x in iterator:
        window.append(x)
        yield tuple(window)

def triplewise(iterable):
    for (a, _), (b, c) in it.pairwise(it.pairwise(iterable)):
        yield a, b, c

def first_true(iterable, default=False, pred=None):
    return next(filter(pred, iterable), default)

def polynomial_eval(coefficients, x):
    n = len(coefficients)
    if n == 0:
        return x * 0
    powers = map(pow, it.repeat(x), reversed(range(n)))
    return sum(map(op.mul, coefficients, powers))

print(take(3, it.count(7)), list(tail(3, 'ABCDEFG')), nth(range(10), 3), nth('ab', 5, 'dflt'))
i = iter(range(10))
consume(i, 3)
print(next(i))
consume(i)
print(next(i, 'empty'))
print(all_equal('aaaa'), all_equal('aaab'), all_equal(''), quantify([1, 0, 2, None]), quantify(range(10), lambda x: x % 3 == 0))
print(list(ncycles('ab', 3)), dotproduct([1, 2, 3], [4, 5, 6]), list(flatten([[1, 2], [3], []])))
print(list(grouper('ABCDEFG', 3, 'x')), list(roundrobin('ABC', 'D', 'EF')))
evens, odds = partition(lambda x: x % 2, range(10))
print(list(evens), list(odds))
print(list(powerset([1, 2, 3])), list(unique_justseen('AAAABBBCCDAABBB')), list(unique_justseen('ABBcCAD', str.lower)))
print(list(sliding_window('ABCDEFG', 4)), list(triplewise('ABCDEFG')), first_true([0, None, 3, 4]), first_true([], 'none'))
print(polynomial_eval([1, -4, -17, 60], 2.5), polynomial_eval([], 2), reduce(op.mul, it.islice(it.count(1), 10)))
print(sorted(it.starmap(op.mul, it.product(range(1, 4), repeat=2))), list(it.accumulate(it.repeat(2, 5), op.mul)))
print(dict(it.zip_longest('abc', range(2))), list(map(op.itemgetter(0), it.groupby(sorted('mississippi')))))
