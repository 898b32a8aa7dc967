# property: getter/setter/deleter, missing accessors' messages, subclasses, doc.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

class Temp:
    def __init__(self):
        self._c = 0
    def get_c(self):
        'Celsius.'
        return self._c
    def set_c(self, v):
        if v < -273:
            raise ValueError('too cold')
        self._c = v
    def del_c(self):
        print('deleting')
        self._c = None
    celsius = property(get_c, set_c, del_c)
    readonly = property(get_c)
    writeonly = property(None, set_c)
    nodoc = property(lambda self: 1)
    withdoc = property(get_c, doc='explicit doc')

t = Temp()
t.celsius = 25
print(t.celsius, Temp.celsius.__doc__, Temp.withdoc.__doc__, Temp.nodoc.__doc__)
show(lambda: setattr(t, 'celsius', -300))
del t.celsius
print(t.celsius)
show(lambda: setattr(t, 'readonly', 5))
show(lambda: delattr(t, 'readonly'))
show(lambda: t.writeonly)
t.writeonly = 7
print(t._c)
show(lambda: delattr(t, 'writeonly'))

# the error messages name the property in 3.11
class Named:
    @property
    def value(self):
        return 1
n = Named()
show(lambda: setattr(n, 'value', 2))
show(lambda: delattr(n, 'value'))

# getter/setter/deleter return new properties
p1 = property(lambda self: 'one')
p2 = p1.setter(lambda self, v: None)
p3 = p2.deleter(lambda self: None)
print(p1 is p2, p2 is p3, p1.fset, p2.fset is not None, p3.fdel is not None, p3.fget is p1.fget)
p4 = p3.getter(lambda self: 'four')
print(p4.fget is p1.fget, p4.fset is p3.fset)

# property subclasses keep their class through getter/setter
class MyProp(property):
    pass
class UsesMyProp:
    @MyProp
    def x(self):
        return 'my x'
    @x.setter
    def x(self, v):
        self._x = v
print(type(UsesMyProp.__dict__['x']).__name__, UsesMyProp().x)

# a subclass with its own __doc__ handling
class DocProp(property):
    '''DocProp class doc'''
class UsesDocProp:
    @DocProp
    def y(self):
        'y doc'
        return 'y'
print(UsesDocProp.y.__doc__)
print(DocProp(None).__doc__)

# __isabstractmethod__
class Abstract:
    def f(self): pass
    f.__isabstractmethod__ = True
    p = property(f)
    q = property(lambda self: 1)
print(Abstract.p.__isabstractmethod__, Abstract.q.__isabstractmethod__)

# property used on the class: returns itself; calling fget manually
print(Temp.celsius.fget(t))
show(lambda: Temp.celsius.__set__(t, 10) or t._c)
show(lambda: Temp.celsius.__delete__(t))
show(lambda: Temp.readonly.__set__(t, 1))

# property attributes are read-only
show(lambda: setattr(Temp.celsius, 'fget', None))
show(lambda: setattr(Temp.celsius, 'foo', None))

# property() argument errors
show(lambda: property(1, 2, 3, 4, 5))
show(lambda: property(fget=None, bogus=1))
print(property().fget, property().__doc__)
show(lambda: property(5).__get__(t))

# a getter raising AttributeError on an object with __getattr__
class Fallback:
    @property
    def broken(self):
        raise AttributeError('inside property')
    def __getattr__(self, name):
        return 'getattr: ' + name
print(Fallback().broken)

# overriding a property in a subclass
class Base:
    @property
    def v(self):
        return 'base v'
class Derived(Base):
    @Base.v.getter
    def v(self):
        return 'derived v'
print(Base().v, Derived().v)

# property on the instance dict is not invoked
class Plain: pass
pl = Plain()
pl.p = property(lambda self: 'never')
print(type(pl.p).__name__)
