# property: 3.11's error wording, getter/setter/deleter copies, doc, subclasses.
def err(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)

class A:
    @property
    def ro(self):
        return 'ro'
    wo = property(None, lambda self, v: print('set wo', v))
    nothing = property()
    def _get(self):
        return self._v
    def _set(self, v):
        self._v = v
    def _del(self):
        print('deleting')
        del self._v
    full = property(_get, _set, _del, 'the full doc')
a = A()
err(lambda: a.ro)
err(lambda: setattr(a, 'ro', 1))
err(lambda: delattr(a, 'ro'))
err(lambda: a.wo)
err(lambda: setattr(a, 'wo', 2))
err(lambda: delattr(a, 'wo'))
err(lambda: a.nothing)
err(lambda: setattr(a, 'nothing', 1))
err(lambda: delattr(a, 'nothing'))
err(lambda: a.full)
a.full = 10
err(lambda: a.full)
del a.full
err(lambda: a.full)
print(A.full.__doc__, A.ro.__doc__, A.nothing.__doc__)
print(A.full.fget.__name__, A.full.fset.__name__, A.full.fdel.__name__, A.ro.fset, A.wo.fget)
# the class attribute is the property itself
print(type(A.ro).__name__, A.__dict__['ro'] is A.ro)
# calling __get__ / __set__ directly
err(lambda: A.ro.__get__(a))
err(lambda: A.ro.__get__(None, A) is A.ro)
err(lambda: A.ro.__get__())
err(lambda: A.ro.__set__(a, 1))
err(lambda: A.full.__set__(a, 5) or a._v)
err(lambda: A.ro.__delete__(a))
# getter/setter/deleter make copies
p1 = property(lambda self: 1)
p2 = p1.setter(lambda self, v: None)
p3 = p2.deleter(lambda self: None)
print(p1 is p2, p1.fset, p2.fset is not None, p3.fdel is not None, p3.fget is p1.fget)
# doc comes from the getter
def g(self):
    "getter doc"
    return 1
p = property(g)
print(p.__doc__, p.setter(lambda s, v: None).__doc__, property(g, doc='explicit').__doc__)
# property with a non-callable getter: error when used
class B:
    x = property(5)
err(lambda: B().x)
# AttributeError inside the getter and __getattr__
class C:
    @property
    def p(self):
        raise AttributeError('inner missing')
    def __getattr__(self, name):
        return 'fallback ' + name
print(C().p)
class D:
    @property
    def p(self):
        raise AttributeError('inner missing')
err(lambda: D().p)
err(lambda: hasattr(D(), 'p'))
# property subclasses
class myprop(property):
    pass
class E:
    @myprop
    def v(self):
        return 'v'
    @v.setter
    def v(self, val):
        print('set v', val)
e = E()
print(e.v, type(E.__dict__['v']).__name__)
e.v = 3
err(lambda: delattr(e, 'v'))
# property arguments
err(lambda: property(1, 2, 3, 4, 5))
err(lambda: property(fget=None, bogus=1))
print(property(doc='d').__doc__, property(fget=len).fget is len)
# readonly attributes of property
err(lambda: setattr(A.ro, 'fget', None))
err(lambda: setattr(A.ro, '__doc__', 'new') or A.ro.__doc__)
print(A.ro.__isabstractmethod__)
# the message names the class of the instance
class F(A):
    pass
err(lambda: setattr(F(), 'ro', 1))
setattr(F(), 'ro', 1)
