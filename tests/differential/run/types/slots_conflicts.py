# __slots__ conflicting with class variables, properties and special names.
def show(f):
    try:
        r = f()
        print(r.__name__ if isinstance(r, type) else r)
    except Exception as e:
        print(type(e).__name__ + ':', e)

def cls_conflict():
    class A:
        __slots__ = ('x',)
        x = 1
    return A
show(cls_conflict)

def method_conflict():
    class A:
        __slots__ = ('run',)
        def run(self):
            pass
    return A
show(method_conflict)

def property_conflict():
    class A:
        __slots__ = ('p',)
        @property
        def p(self):
            return 1
    return A
show(property_conflict)

def several():
    class A:
        __slots__ = ('a', 'b', 'c')
        b = 2
        c = 3
    return A
show(several)

def mangled():
    class A:
        __slots__ = ('__m',)
        __m = 1
    return A
show(mangled)

def docslot():
    class A:
        __slots__ = ('__doc__',)
    return A
show(docslot)

def docslot2():
    class A:
        'a docstring'
        __slots__ = ('__doc__',)
    return A
show(docslot2)

def classcell():
    class A:
        __slots__ = ('__classcell__',)
    return A
show(classcell)

def qualname_slot():
    class A:
        __slots__ = ('__qualname__',)
    return A
show(qualname_slot)

def module_slot():
    class A:
        __slots__ = ('__module__',)
    return A
show(module_slot)

# conflicts with names that only exist in a base class are fine
class Base:
    x = 'base x'
class Sub(Base):
    __slots__ = ('x',)
s = Sub()
print(Base.x, type(Sub.__dict__['x']).__name__)
show(lambda: s.x)
s.x = 'slot x'
print(s.x, Base.x)

# non-identifier and non-string names
show(lambda: type('A', (), {'__slots__': ('a b',)}))
show(lambda: type('A', (), {'__slots__': ('a-b',)}))
show(lambda: type('A', (), {'__slots__': (None,)}))
show(lambda: type('A', (), {'__slots__': 'é'}))
show(lambda: type('A', (), {'__slots__': ['def']}))
show(lambda: type('A', (), {'__slots__': ('__dict__', '__weakref__', 'x')}))

# slots as a generator and a set of one element
show(lambda: type('A', (), {'__slots__': (n for n in ['g1', 'g2'])}))
show(lambda: type('A', (), {'__slots__': {'single'}}))

# what the class dict keeps
A = type('A', (), {'__slots__': ('k',)})
print(sorted(n for n in A.__dict__ if not n.startswith('__') or n == '__slots__'))
