# type(name, bases, dict): validation, __qualname__, __slots__, __module__.
T = type('T', (), {'x': 1, 'f': lambda self: 'f of ' + type(self).__name__})
print(T.__name__, T.__qualname__, T.__module__, T.__bases__, T.x, T().f())
U = type('U', (T,), {})
print(U.__mro__[1].__name__, U().f(), type(U).__name__)
Q = type('Q', (), {'__qualname__': 'Outer.Q'})
print(Q.__name__, Q.__qualname__, '__qualname__' in Q.__dict__, repr(Q))
M = type('M', (), {'__module__': 'mymod'})
print(M.__module__, repr(M))
S = type('S', (), {'__slots__': ('a', 'b')})
s = S()
s.a = 1
print(s.a, hasattr(s, '__dict__'), sorted(k for k in S.__dict__ if not k.startswith('__')))
D = type('D', (), {'__doc__': 'docstring'})
print(D.__doc__, type('E', (), {}).__doc__)
print(type(1), type('x'), type(type), type(T()))

def err(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: type())
err(lambda: type(1, 2))
err(lambda: type('A', (), {}, 1))
err(lambda: type(1, (), {}))
err(lambda: type('A', [], {}))
err(lambda: type('A', (), []))
err(lambda: type('A', (1,), {}))
err(lambda: type('A', (int, str), {}))
err(lambda: type('A', (bool,), {}))
err(lambda: type('A', (object, object), {}))
err(lambda: type('A', (), {'__qualname__': 1}))
err(lambda: type('A', (), {'__slots__': 1}))
err(lambda: type('A', (), {'__slots__': ['a', 'a']}))
err(lambda: type('A', (), {'__slots__': ['1a']}))
err(lambda: type('A', (), {'__slots__': ['x'], 'x': 1}))
err(lambda: type('A', (), {'__slots__': ['__dict__', '__dict__']}))
err(lambda: type('A\x00B', (), {}))
err(lambda: type('A', (), {}, extra=1))
err(lambda: type(name='A', bases=(), dict={}))
err(lambda: type('A', (), {1: 2}).__name__)
err(lambda: type('é', (), {}).__name__)
err(lambda: type('A', (T, T), {}))
err(lambda: type('A', (type(None),), {}))
err(lambda: type('A', (T,), {'__slots__': '__weakref__'}).__name__)
err(lambda: type.__new__(type, 'A', (), {}).__name__)
err(lambda: type.__new__(1, 'A', (), {}))
err(lambda: type.__new__(int, 'A', (), {}))
err(lambda: type.__new__(type))
err(lambda: type.__init__(T, 'A', (), {}, 1))
# mutating the dict afterwards does not affect the class
ns = {'v': 1}
W = type('W', (), ns)
ns['v'] = 2
print(W.v, type(W.__dict__).__name__)
# __init_subclass__ and __set_name__ run through type()
class Base:
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)
class Named:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
X = type('X', (Base,), {'n': Named()})
err(lambda: type('Y', (Base,), {}, flag=1))
# name attribute assignment
T.__name__ = 'Renamed'
print(T.__name__, T.__qualname__)
err(lambda: setattr(T, '__name__', 5))
err(lambda: setattr(T, '__qualname__', None))
err(lambda: setattr(T, '__name__', 'a\x00b'))
err(lambda: setattr(int, '__name__', 'x'))
err(lambda: setattr(T, '__bases__', ()))
err(lambda: setattr(T, '__bases__', (int,)))
err(lambda: delattr(T, '__name__'))
err(lambda: setattr(T, '__module__', 'changed') or T.__module__)
err(lambda: setattr(T, '__doc__', 'newdoc') or T.__doc__)
type('Bad', (int, str), {})
