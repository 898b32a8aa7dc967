# _functools.reduce and cmp_to_key.
from _functools import reduce, cmp_to_key
import _operator as op

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(reduce(op.add, [1, 2, 3, 4]), reduce(op.add, [1, 2, 3], 10), reduce(op.mul, range(1, 6)), reduce(op.add, ['a', 'b', 'c']))
print(reduce(op.add, [], 0), reduce(op.add, [5]), reduce(lambda a, b: a * 10 + b, [1, 2, 3]), reduce(max, [3, 9, 2], -1))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []), reduce(op.add, iter([1.5, 2.5])), reduce(op.add, 'xyz'))
print(reduce(op.add, (x for x in range(5)), 100))
show('empty', lambda: reduce(op.add, []))
show('empty gen', lambda: reduce(op.add, (x for x in [])))
show('not iterable', lambda: reduce(op.add, 5))
show('one arg', lambda: reduce(op.add))
show('four args', lambda: reduce(op.add, [], 1, 2))
show('kw', lambda: reduce(function=op.add, iterable=[1]))
show('func error', lambda: reduce(op.add, [1, 'a']))
show('not callable', lambda: reduce(5, [1, 2]))
show('not callable one item', lambda: reduce(5, [1]))

def gen_raises():
    yield 1
    raise KeyError('inside')

show('iterator raises', lambda: reduce(op.add, gen_raises()))

def cmp(a, b):
    return (a > b) - (a < b)

def rcmp(a, b):
    return b - a

print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted([3, 1, 2], key=cmp_to_key(rcmp)), sorted('bca', key=cmp_to_key(cmp)))
K = cmp_to_key(cmp)
a, b = K(1), K(2)
print(a < b, a > b, a == b, a <= K(1), a != b, a >= b, a.obj, b.obj)
print(type(a).__name__, type(K).__name__, type(a).__module__, K(obj=5).obj)
print(min([K(5), K(2), K(8)]).obj, max([K(5), K(2), K(8)]).obj)
show('hash', lambda: hash(a))
show('compare other', lambda: a < 1)
show('compare eq other', lambda: a == 1)
show('call no args', lambda: K())
show('call two args', lambda: K(1, 2))
show('cmp_to_key no args', lambda: cmp_to_key())
show('cmp_to_key kw', lambda: cmp_to_key(mycmp=cmp)(3).obj)
show('cmp error', lambda: sorted([1, 'a'], key=cmp_to_key(cmp)))
show('cmp returns str', lambda: K.__call__(1) < cmp_to_key(lambda x, y: 'q')(2))
bad = cmp_to_key(lambda x, y: 'q')
show('cmp returns str 2', lambda: bad(1) < bad(2))
show('cmp returns None', lambda: cmp_to_key(lambda x, y: None)(1) < cmp_to_key(lambda x, y: None)(2))
