# BaseException's methods called in unusual ways: __new__/__init__ directly, unbound, pickling hooks, __class__.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

# __new__ stores args, __init__ replaces them
e = BaseException.__new__(ValueError, 1, 2)
show('new args', lambda: (type(e).__name__, e.args))
show('new kwargs', lambda: BaseException.__new__(ValueError, 1, key=2).args)
show('new non-type', lambda: BaseException.__new__(1))
show('new non-exception', lambda: BaseException.__new__(int))
show('new no args', lambda: BaseException.__new__())
e.__init__('a', 'b', 'c')
show('init again', lambda: e.args)
e.__init__()
show('init empty', lambda: e.args)
show('init kwargs', lambda: e.__init__(x=1))
show('unbound init', lambda: BaseException.__init__(5))
BaseException.__init__(e, 'via base')
show('base init on subclass', lambda: (type(e).__name__, e.args))

# unbound descriptors check their receiver
show('str unbound', lambda: BaseException.__str__(ValueError('v')))
show('str wrong type', lambda: BaseException.__str__(1))
show('repr wrong type', lambda: BaseException.__repr__('s'))
show('with_traceback wrong type', lambda: BaseException.with_traceback(1, None))
show('args getter wrong type', lambda: BaseException.__dict__['args'].__get__(1))
show('args on class', lambda: type(ValueError.args).__name__)
show('KeyError str of ValueError', lambda: KeyError.__str__(ValueError('k')))
show('ValueError str of KeyError', lambda: ValueError.__str__(KeyError('k')))

# __reduce__ and __reduce_ex__
e = ValueError('x', 1)
show('reduce', lambda: e.__reduce__())
show('reduce_ex 2', lambda: e.__reduce_ex__(2))
show('reduce_ex 0', lambda: e.__reduce_ex__(0)[:2])
e.args = ()
show('reduce empty args', lambda: e.__reduce__())
e.note = 'n'
show('reduce dict', lambda: e.__reduce__())
cls, args, state = e.__reduce__()
rebuilt = cls(*args)
rebuilt.__setstate__(state)
show('rebuilt', lambda: (type(rebuilt).__name__, rebuilt.args, rebuilt.note))

# __setstate__
e = KeyError()
show('setstate dict', lambda: (e.__setstate__({'a': 1}), e.a))
show('setstate non-str key', lambda: e.__setstate__({1: 2}))
show('setstate dict subclass', lambda: (e.__setstate__(type('D', (dict,), {})(b=2)), e.b))
show('setstate list', lambda: e.__setstate__([('c', 3)]))
show('setstate args key', lambda: (e.__setstate__({'args': (9,)}), e.args))
show('setstate returns', lambda: e.__setstate__({}))

# __class__ assignment between exception classes
class A(Exception):
    pass
class B(Exception):
    pass
class C(OSError):
    pass
a = A('a')
a.__class__ = B
show('class to sibling', lambda: (type(a).__name__, a.args))
show('class to builtin', lambda: setattr(ValueError('v'), '__class__', KeyError))
show('class layout differs', lambda: setattr(A('x'), '__class__', C))
show('class to non-type', lambda: setattr(A('x'), '__class__', 5))

# __dict__ of an exception
e = ValueError('d')
show('dict starts empty', lambda: e.__dict__)
e.__dict__['k'] = 1
show('dict write through', lambda: e.k)
e.__dict__ = {'fresh': True}
show('dict replaced', lambda: (e.fresh, hasattr(e, 'k')))
show('dict replaced by non-dict', lambda: setattr(e, '__dict__', []))
show('dir has dict entries', lambda: 'fresh' in dir(e))

# comparisons and hashing use identity
x, y = ValueError(1), ValueError(1)
show('eq', lambda: (x == y, x == x, x != y))
show('hash', lambda: hash(x) == hash(x))
show('lt', lambda: x < y)
show('bool', lambda: (bool(ValueError()), bool(ValueError(0))))
show('len', lambda: len(ValueError(1, 2)))
show('iter', lambda: list(ValueError(1, 2)))
show('index', lambda: ValueError(1, 2)[0])
