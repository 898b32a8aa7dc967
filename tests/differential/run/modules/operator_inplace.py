# _operator: in-place functions against __iadd__ & co. (fallbacks to the binary form, NotImplemented, reflected operands).
import _operator as op

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, other):
        self.v += other
        return self
    def __isub__(self, other):
        return NotImplemented
    def __sub__(self, other):
        return Acc(self.v - other)
    def __imatmul__(self, other):
        return 'imatmul'
    def __repr__(self):
        return 'Acc(%r)' % self.v

a = Acc(1)
r = op.iadd(a, 5)
print(r, r is a)
r = op.isub(a, 2)
print(r, r is a, a)
print(op.imatmul(a, 1))
show('imatmul int', lambda: op.imatmul(1, 2))
show('matmul int', lambda: op.matmul(1, 2))
show('isub str', lambda: op.isub('a', 'b'))
show('imul str str', lambda: op.imul('a', 'b'))
show('ipow three', lambda: op.ipow(2, 3, 4))

class R:
    def __radd__(self, other):
        return ('radd', other)
    def __rsub__(self, other):
        return ('rsub', other)
    def __rlshift__(self, other):
        return ('rlshift', other)
    def __rmatmul__(self, other):
        return ('rmatmul', other)

print(op.add(1, R()), op.iadd(1, R()), op.sub([], R()), op.isub(2, R()), op.lshift(1, R()), op.ilshift(1, R()), op.matmul(1, R()), op.imatmul(1, R()))
l = [1]
print(op.iadd(l, (2, 3)), op.imul(l, 2), l, op.iconcat(l, 'ab'), l)
t = (1,)
print(op.iadd(t, (2,)), t, op.iconcat(t, (3,)), t)
s = {1, 2}
print(op.iand(s, {2, 3}), s, op.ixor(s, {5}), op.isub(s, {5}), s)
d = {'a': 1}
print(op.ior(d, {'b': 2}), d)
print(op.itruediv(7, 2), op.ifloordiv(-7, 2), op.imod(-7, 2), op.ipow(2, -1), op.irshift(-16, 2), op.ior(True, False), op.iand(True, 1))
show('iconcat set', lambda: op.iconcat({1}, {2}))
show('iconcat tuple list', lambda: op.iconcat((1,), [2]))
show('ifloordiv zero', lambda: op.ifloordiv(1, 0))
show('imod zero float', lambda: op.imod(1.0, 0))
show('ilshift negative', lambda: op.ilshift(1, -1))
show('iand float', lambda: op.iand(1.5, 1))
print(op.pow(2, 0.5), op.pow(-8, 1 / 3) == (-8) ** (1 / 3), op.pow(0, 0), op.truediv(1, 3), op.mod('%s-%s', (1, 2)), op.mul(3, 'ab'), op.mul([0], 2))
show('pow zero negative', lambda: op.pow(0, -1))
show('mod str bad', lambda: op.mod('%d', 'x'))
