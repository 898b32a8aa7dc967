# __module__, __doc__ and __dict__ of functions.
def documented():
    """First line.

    More text."""
print(repr(documented.__doc__))
def nodoc():
    x = 'not a docstring'
print(nodoc.__doc__)
def numdoc():
    5
print(numdoc.__doc__)
def fdoc():
    f"formatted {1}"
print(fdoc.__doc__)
def bdoc():
    b"bytes"
print(bdoc.__doc__)
def late_doc():
    pass
    "too late"
print(late_doc.__doc__)
lam = lambda: 'value'
print(lam.__doc__)
print('value' in lam.__code__.co_consts, documented.__code__.co_consts[0] == documented.__doc__)

# assigning and deleting __doc__
documented.__doc__ = 'new'
print(documented.__doc__)
documented.__doc__ = 42
print(documented.__doc__)
del documented.__doc__
print(documented.__doc__)
documented.__doc__ = None
print(documented.__doc__)

# __module__
print(documented.__module__, __name__)
documented.__module__ = 'elsewhere'
print(documented.__module__)
documented.__module__ = 12
print(documented.__module__)
del documented.__module__
print(hasattr(documented, '__module__'), 'gone' if '__module__' not in dir(documented) else 'listed')
g = {'__name__': 'fake_mod'}
exec('def in_fake(): pass', g)
print(g['in_fake'].__module__)
g2 = {}
exec('def no_name(): pass', g2)
print(g2['no_name'].__module__)
g3 = {'__name__': 99}
exec('def odd_name(): pass', g3)
print(g3['odd_name'].__module__)

# __dict__
def f():
    pass
print(f.__dict__, type(f.__dict__).__name__)
f.attr = 1
f.__dict__['other'] = 2
print(sorted(f.__dict__.items()), f.other)
f.__dict__ = {'replaced': True}
print(f.__dict__, hasattr(f, 'attr'), f.replaced)
class D(dict):
    pass
f.__dict__ = D(sub=1)
print(type(f.__dict__).__name__, f.sub)
for bad in (None, [], 5, ()):
    try:
        f.__dict__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    del f.__dict__
except TypeError as e:
    print(type(e).__name__, e)
print(vars(f))

# special names are not in __dict__
print('__name__' in f.__dict__, '__doc__' in f.__dict__, '__defaults__' in f.__dict__)
f.__dict__['__name__'] = 'shadow'
print(f.__name__)

# attributes on builtins and methods
try:
    len.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
class C:
    def m(self):
        pass
C.m.tag = 'on function'
print(C().m.tag)
try:
    C().m.tag = 'x'
except AttributeError as e:
    print(type(e).__name__, e)
try:
    C().m.new = 'x'
except AttributeError as e:
    print(type(e).__name__, e)
try:
    print(len.__dict__)
except AttributeError as e:
    print(type(e).__name__, e)
print(type(C.m.__doc__).__name__, C().m.__doc__)
