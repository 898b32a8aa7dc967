# Code object fields of simple functions: arguments, locals, names, constants, lines.
def show(fn):
    c = fn.__code__
    print(c.co_name, c.co_qualname, '| args', c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount,
          '| nlocals', c.co_nlocals, c.co_varnames, '| cell', c.co_cellvars, 'free', c.co_freevars)

def empty():
    pass
def args(a, b, c):
    return a
def mixed(p, /, q, *rest, k, **kw):
    local = 1
    return local
def only_kw(*, x, y=1):
    pass
def star_only(*args):
    pass
def locals_only():
    one = 1
    two = 2
    for three in range(1):
        pass
    return one, two
def cells(a, b):
    c = 3
    def use():
        return a, c
    return use
use = cells(1, 2)
def unused_arg_cell(x):
    return lambda: x
for fn in (empty, args, mixed, only_kw, star_only, locals_only, cells, use, unused_arg_cell):
    show(fn)

# co_names: globals, attributes and imports used by the body
def names_user(obj):
    import sys
    print(len(obj), obj.attr, sys.maxsize)
    global G
    G = obj.method()
print(names_user.__code__.co_names)
def no_names(a, b):
    return a + b
print(no_names.__code__.co_names)

# co_consts of simple functions
def docstring():
    "the doc"
    return 42
def no_doc():
    return 42
def consts_mix():
    return (1, 'two', 3.0, None, True, b'b', (1, 2), frozenset() if False else 0)
def returns_none():
    x = 1
print(docstring.__code__.co_consts)
print(no_doc.__code__.co_consts)
print(returns_none.__code__.co_consts)
print(all(c in consts_mix.__code__.co_consts for c in (1, 'two', 3.0, True, b'b')))
print(type(consts_mix.__code__.co_consts).__name__)
def with_nested():
    def inner():
        pass
    return inner
print([type(c).__name__ for c in with_nested.__code__.co_consts])
print([c.co_name for c in with_nested.__code__.co_consts if hasattr(c, 'co_name')])

# co_firstlineno and co_filename basename
print(empty.__code__.co_firstlineno, cells.__code__.co_firstlineno, use.__code__.co_firstlineno)
print(empty.__code__.co_filename.rsplit('/', 1)[-1])
lam = lambda: (
    1)
print(lam.__code__.co_firstlineno)
class Cls:
    def m(self):
        pass
print(Cls.m.__code__.co_firstlineno, Cls.m.__code__.co_qualname)

# code objects are read-only
for attr in ('co_name', 'co_argcount', 'co_varnames', 'co_consts', 'co_flags', 'co_firstlineno', 'co_qualname'):
    try:
        setattr(empty.__code__, attr, 1)
    except AttributeError as e:
        print(attr, type(e).__name__, e)
try:
    empty.__code__.extra = 1
except AttributeError as e:
    print(type(e).__name__, e)

# replace() keeps other fields
c2 = args.__code__.replace(co_name='renamed')
print(c2.co_name, c2.co_argcount, c2.co_varnames, c2.co_qualname)
c3 = args.__code__.replace(co_qualname='Q.args')
print(c3.co_qualname, c3.co_name)
try:
    args.__code__.replace(co_name=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    args.__code__.replace(bogus=1)
except TypeError as e:
    print(type(e).__name__, e)

# code objects of comprehensions and class bodies
def comp():
    return [x for x in range(3)]
inner_codes = [c for c in comp.__code__.co_consts if hasattr(c, 'co_name')]
print([(c.co_name, c.co_argcount, c.co_varnames) for c in inner_codes])
print(type(empty.__code__).__name__, empty.__code__ == empty.__code__)
