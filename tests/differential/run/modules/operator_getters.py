# _operator: itemgetter, attrgetter, methodcaller (calls, reprs, errors) and _compare_digest.
import _operator as op

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

g = op.itemgetter(1)
print(g, g([10, 20, 30]), g('abc'), g({1: 'one'}))
g2 = op.itemgetter(0, -1, slice(1, 3))
print(g2, g2([1, 2, 3, 4]), g2('hello'))
print(op.itemgetter('a', 'b')({'a': 1, 'b': 2}), op.itemgetter((1, 2))({(1, 2): 'tuple key'}))
print(type(g).__name__, type(g).__module__, type(g).__qualname__, g.__reduce__()[1])
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=op.itemgetter(1)))
show('itemgetter()', lambda: op.itemgetter())
show('itemgetter kw', lambda: op.itemgetter(1, x=2))
show('call no args', lambda: g())
show('call 2 args', lambda: g([1, 2], [3]))
show('call kw', lambda: g(obj=[1, 2]))
show('index error', lambda: g([1]))
show('key error', lambda: op.itemgetter('z')({}))
show('not subscriptable', lambda: g(5))
show('subclass', lambda: type('X', (op.itemgetter,), {}))

class P:
    def __init__(self, **kw):
        self.__dict__.update(kw)
    def __repr__(self):
        return 'P'

p = P(a=1, b=P(c=2, d=P(e=3)), name='pp')
ag = op.attrgetter('a')
print(ag, ag(p), op.attrgetter('b.c')(p), op.attrgetter('b.d.e')(p), op.attrgetter('a', 'b.c', 'name')(p))
print(op.attrgetter('b.d.e', 'a'), op.attrgetter('real')(5), op.attrgetter('__class__.__name__')(1.5))
print(ag.__reduce__()[1], op.attrgetter('x.y').__reduce__()[1])
print(sorted([P(a=3), P(a=1), P(a=2)], key=op.attrgetter('a')), [x.a for x in sorted([P(a=3), P(a=1)], key=ag)])
show('attrgetter()', lambda: op.attrgetter())
show('attrgetter int', lambda: op.attrgetter(1))
show('attrgetter second int', lambda: op.attrgetter('a', 2))
show('attrgetter kw', lambda: op.attrgetter('a', b=1))
show('missing attr', lambda: op.attrgetter('zz')(p))
show('missing nested', lambda: op.attrgetter('b.zz')(p))
show('attrgetter call 0', lambda: ag())

mc = op.methodcaller('upper')
print(mc, mc('abc'), op.methodcaller('split', ',')('a,b,c'), op.methodcaller('split', ',', maxsplit=1)('a,b,c'))
print(op.methodcaller('replace', 'a', 'b', 1), op.methodcaller('get', 'k', default=None), op.methodcaller('x', 'q', [1], y=(2,), z={}))
print(op.methodcaller('count', 1)([1, 1, 2]), op.methodcaller('to_bytes', 2, 'big')(258))
show('methodcaller()', lambda: op.methodcaller())
show('methodcaller int', lambda: op.methodcaller(5))
show('methodcaller kw only', lambda: op.methodcaller(name='x'))
show('missing method', lambda: op.methodcaller('nope')(1))
show('mc call 2', lambda: mc('a', 'b'))
show('mc bad args', lambda: op.methodcaller('upper', 1)('a'))

print(op._compare_digest('abc', 'abc'), op._compare_digest('abc', 'abd'), op._compare_digest('a', 'ab'), op._compare_digest('', ''))
print(op._compare_digest(b'abc', b'abc'), op._compare_digest(b'abc', bytearray(b'abc')), op._compare_digest(b'x', b'y'), op._compare_digest(memoryview(b'q'), b'q'))
show('digest non-ascii', lambda: op._compare_digest('é', 'e'))
show('digest str bytes', lambda: op._compare_digest('a', b'a'))
show('digest bytes str', lambda: op._compare_digest(b'a', 'a'))
show('digest ints', lambda: op._compare_digest(1, 2))
show('digest 1 arg', lambda: op._compare_digest(b'a'))
