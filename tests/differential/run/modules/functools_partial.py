# _functools.partial: calls, keyword merging, flattening, attributes, repr, errors, subclasses.
from _functools import partial

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def f(*args, **kw):
    return args, kw

p = partial(f, 1, 2, a=3)
print(p(), p(4), p(5, a=6, b=7), p.args, p.keywords, p.func is f)
print(partial(max, 3)(1, 5), partial(max, key=abs)(-7, 3), partial(int, base=2)('101'), partial(int, '12')(base=16))
q = partial(p, 9, b=10)
print(q.func is f, q.args, q.keywords, q(), q(b=0))
print(partial(max), partial(max, 1, 2), partial(max, key=len), partial(sorted, [3, 1], reverse=True))
print(repr(partial(partial(max, 1), 2)), partial(print, 'x', sep='-', end='!'))
print(type(p).__name__, type(p).__module__, type(p).__qualname__)
p.attr = 'hello'
print(p.attr, p.__dict__)
r = partial(p, 100)
print(r.func is p, r.args)
show('no args', lambda: partial())
show('not callable', lambda: partial(1))
show('kw only', lambda: partial(func=max))
show('set func', lambda: setattr(p, 'func', max))
show('set args', lambda: setattr(p, 'args', ()))
show('del keywords', lambda: delattr(p, 'keywords'))
show('call error', lambda: partial(int, 'zz')())
show('too many', lambda: partial(len, [1])([2]))
show('dict to non-dict', lambda: setattr(p, '__dict__', 5))

class MyPartial(partial):
    def extra(self):
        return 'extra', self.args

mp = MyPartial(max, 4)
print(mp(1, 9), mp.extra(), type(mp).__name__, isinstance(mp, partial), repr(mp))
print(MyPartial(mp, 1).args, partial(mp, 2).args, type(partial(mp, 2).func).__name__)

class C:
    m = partial(f, 'bound?')

print(C().m(), C.m())
print(p.__reduce__()[0] is partial, p.__reduce__()[1][0] is f, p.__reduce__()[2][1:3])
s = partial(f)
s.__setstate__((max, (1,), {'key': abs}, None))
print(s.func, s.args, s.keywords, s(-5))
show('bad state', lambda: s.__setstate__((1, 2)))
show('bad state callable', lambda: s.__setstate__((1, (), None, None)))
rec = partial(f)
rec.__setstate__((f, (rec,), {}, None))
print(repr(rec).startswith('functools.partial(<function f at'), repr(rec).endswith(', ...)'))
print(partial[int])
