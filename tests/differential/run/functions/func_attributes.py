# Function attributes: names, defaults, kwdefaults, __dict__, __wrapped__, code fields.
def plain(a, b=2, *args, c, d=4, **kw):
    "the doc"
    x = a + b
    return x

print(plain.__name__, plain.__qualname__, plain.__doc__, plain.__module__)
print(plain.__defaults__, plain.__kwdefaults__)
code = plain.__code__
print(code.co_name, code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount)
print(code.co_varnames, code.co_nlocals)
print(code.co_flags & 0x04 != 0, code.co_flags & 0x08 != 0)
print(code.co_filename.rsplit('/', 1)[-1], code.co_firstlineno)

def nodefaults(p, /, q):
    pass
print(nodefaults.__defaults__, nodefaults.__kwdefaults__, nodefaults.__code__.co_posonlyargcount)

class C:
    def method(self):
        def nested():
            pass
        return nested
    class Inner:
        def deep(self):
            pass
print(C.method.__qualname__, C().method().__qualname__, C.Inner.deep.__qualname__)
print((lambda: 0).__name__, (lambda: 0).__qualname__)
def make():
    return lambda: 0
print(make().__qualname__)

# changing defaults after definition
def f(x=1, *, y=2):
    return x, y
f.__defaults__ = (10,)
f.__kwdefaults__ = {'y': 20}
print(f())
f.__defaults__ = None
try:
    f()
except TypeError as e:
    print('TypeError', e)
try:
    f.__defaults__ = [1]
except TypeError as e:
    print('TypeError', e)

# renaming
f.__name__ = 'renamed'
f.__qualname__ = 'Some.renamed'
print(f.__name__, f.__qualname__)
try:
    f.__name__ = 5
except TypeError as e:
    print('TypeError', e)
try:
    f.__qualname__ = None
except TypeError as e:
    print('TypeError', e)

# __dict__ and arbitrary attributes
def g():
    return g.counter
g.counter = 5
print(g(), g.__dict__)
g.__dict__['other'] = 'x'
print(g.other, sorted(vars(g)))
try:
    g.missing
except AttributeError as e:
    print('AttributeError', e)
del g.counter
print(g.__dict__)
try:
    g.__dict__ = 5
except TypeError as e:
    print('TypeError', e)

# __wrapped__ set by hand, as functools.wraps does
def decorator(fn):
    def wrapper(*a, **k):
        return ('wrapped', fn(*a, **k))
    wrapper.__wrapped__ = fn
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper
@decorator
def target(v):
    "target doc"
    return v * 2
print(target(3), target.__name__, target.__doc__, target.__wrapped__(3))

# closures and globals
def outer():
    free = 'cell value'
    def inner():
        return free
    return inner
inn = outer()
print(inn.__code__.co_freevars, outer.__code__.co_cellvars)
print([c.cell_contents for c in inn.__closure__])
print(plain.__closure__, inn.__globals__ is globals())
print(type(plain).__name__, callable(plain))

# builtins have different attributes
print(len.__name__, len.__qualname__, len.__module__, [].append.__qualname__)
print(hasattr(len, '__code__'), hasattr(len, '__defaults__'))

# annotations and the code object's constants
def ann(a: int) -> str:
    return 'doc-less'
print(ann.__annotations__, ann.__doc__)
print('doc-less' in ann.__code__.co_consts)
