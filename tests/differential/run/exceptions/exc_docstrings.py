# The builtin exception classes' docstrings: on the class, its instances, subclasses; assigning them.
import builtins

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

names = sorted(n for n in dir(builtins)
               if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException))
for name in names:
    cls = getattr(builtins, name)
    print(name, repr(cls.__doc__))

print(ValueError().__doc__ == ValueError.__doc__)
print('__doc__' in ValueError.__dict__, '__doc__' in ExceptionGroup.__dict__)
print(ExceptionGroup.__doc__, BaseExceptionGroup.__doc__)
print(IOError.__doc__ == OSError.__doc__, EnvironmentError.__doc__)

class Plain(ValueError):
    pass
class Documented(KeyError):
    "A documented error."
class Deeper(Documented):
    pass
print(repr(Plain.__doc__), repr(Plain().__doc__), repr(Documented.__doc__), repr(Deeper.__doc__))
print(Plain.__mro__[1].__doc__)

show('set builtin doc', lambda: setattr(ValueError, '__doc__', 'x'))
show('del builtin doc', lambda: delattr(TypeError, '__doc__'))
show('doc after failed set', lambda: ValueError.__doc__)
Plain.__doc__ = 'now documented'
show('set subclass doc', lambda: (Plain.__doc__, ValueError.__doc__))
e = KeyError('k')
e.__doc__ = 'instance doc'
show('instance doc', lambda: (e.__doc__, e.__dict__, KeyError.__doc__))
del e.__doc__
show('instance doc deleted', lambda: e.__doc__)

# the docstrings of the warning classes span lines
for cls in (BytesWarning, FutureWarning, PendingDeprecationWarning, UnicodeWarning, SystemError):
    print(cls.__name__, cls.__doc__.count('\n'), cls.__doc__.splitlines()[0])

# each class's doc is its own, not inherited
seen = {}
for name in names:
    doc = getattr(builtins, name).__doc__
    if doc is not None:
        seen.setdefault(doc, []).append(name)
print([v for v in seen.values() if len(v) > 1])
print(type(BaseException.__dict__['__doc__']).__name__)
