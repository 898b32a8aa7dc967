# _operator: the operator functions, their argument checks and error messages.
import _operator as op

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(op.add(1, 2), op.sub(5, 3), op.mul(3, 4), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(5), op.pos(-5), op.abs(-3), op.inv(5), op.invert(0), op.lshift(1, 4), op.rshift(32, 2))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.not_(0), op.not_([1]), op.truth(''), op.truth('a'))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2), op.eq([1], [1]))
print(op.is_(None, None), op.is_not(1, None), op.index(7), op.index(True))
print(op.concat([1], [2]), op.concat('a', 'b'), op.concat((1,), (2,)), op.contains([1, 2], 2), op.contains('abc', 'd'))
print(op.countOf([1, 2, 1, 1.0], 1), op.indexOf('abc', 'c'), op.getitem([1, 2, 3], 1), op.getitem({'a': 1}, 'a'), op.getitem('hello', slice(1, 3)))
l = [1, 2, 3]
op.setitem(l, 0, 'x')
op.delitem(l, 1)
print(l)
d = {}
op.setitem(d, 'k', 'v')
print(d)
a = [1]
b = op.iadd(a, [2])
print(a, b is a, op.iadd(1, 2), op.isub(5, 1), op.imul([0], 3), op.itruediv(1, 4), op.ifloordiv(9, 2), op.imod(9, 4))
print(op.ipow(2, 5), op.ilshift(1, 3), op.irshift(16, 1), op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3), op.iconcat([1], (2,)))
s = {1}
print(op.ior(s, {2}), s)
print(op.length_hint([1, 2, 3]), op.length_hint(iter([1, 2])), op.length_hint(5), op.length_hint(5, 9))
print(op.call(max, 1, 5, 3), op.call(sorted, [3, 1], reverse=True))

class Hint:
    def __init__(self, v):
        self.v = v
    def __length_hint__(self):
        return self.v

print(op.length_hint(Hint(4)), op.length_hint(Hint(NotImplemented), 7))
show('hint negative', lambda: op.length_hint(Hint(-1)))
show('hint str', lambda: op.length_hint(Hint('x')))
show('hint default str', lambda: op.length_hint([], 'a'))
show('hint no args', lambda: op.length_hint())
show('add 1 arg', lambda: op.add(1))
show('add 3 args', lambda: op.add(1, 2, 3))
show('add kw', lambda: op.add(a=1, b=2))
show('add types', lambda: op.add(1, 'a'))
show('neg no args', lambda: op.neg())
show('neg 2 args', lambda: op.neg(1, 2))
show('neg str', lambda: op.neg('a'))
show('index float', lambda: op.index(1.5))
show('concat int', lambda: op.concat(1, 2))
show('concat dict', lambda: op.concat({}, {}))
show('concat list int', lambda: op.concat([1], 2))
show('iconcat int', lambda: op.iconcat(1, [2]))
show('countOf int', lambda: op.countOf(1, 1))
show('indexOf missing', lambda: op.indexOf([1, 2], 3))
show('contains int', lambda: op.contains(1, 1))
show('getitem missing', lambda: op.getitem({}, 'x'))
show('getitem index', lambda: op.getitem([], 0))
show('setitem 2 args', lambda: op.setitem([], 0))
show('delitem tuple', lambda: op.delitem((1,), 0))
show('lt types', lambda: op.lt(1, 'a'))
show('truediv zero', lambda: op.truediv(1, 0))
show('call no args', lambda: op.call())
show('not_ bad bool', lambda: op.not_(type('B', (), {'__bool__': lambda self: 'x'})()))
print(op.__name__, sorted(n for n in dir(op) if not n.startswith('_'))[:8])
