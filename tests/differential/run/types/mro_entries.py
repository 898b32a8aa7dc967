# __mro_entries__: non-class bases replaced when the class is created, __orig_bases__.
def show(f):
    try:
        r = f()
        print(r)
    except Exception as e:
        print(type(e).__name__ + ':', e)

class Real: pass
class Other: pass

class Stand:
    def __init__(self, *targets):
        self.targets = targets
    def __mro_entries__(self, bases):
        print('mro_entries got', len(bases), 'bases')
        return self.targets

s = Stand(Real)
class A(s): pass
print(A.__bases__ == (Real,), A.__orig_bases__ == (s,))

class B(Stand(Real, Other)): pass
print([b.__name__ for b in B.__bases__])

class C(Stand()): pass
print(C.__bases__ == (object,), len(C.__orig_bases__))

class D(Other, Stand(Real)): pass
print([b.__name__ for b in D.__bases__])

# classes without __mro_entries__ do not get __orig_bases__
class E(Real): pass
print('__orig_bases__' in E.__dict__, '__orig_bases__' in A.__dict__)

# must return a tuple
class BadEntries:
    def __mro_entries__(self, bases):
        return [Real]
def bad():
    class X(BadEntries()): pass
show(bad)

class Raises:
    def __mro_entries__(self, bases):
        raise RuntimeError('no entries')
def raises():
    class X(Raises()): pass
show(raises)

# type() does not call __mro_entries__
show(lambda: type('T', (Stand(Real),), {}))

# returning duplicates
def dup():
    class X(Stand(Real), Stand(Real)): pass
show(dup)

# __mro_entries__ on a class is ignored (classes are used as they are)
class HasEntries:
    def __mro_entries__(self, bases):
        return (Real,)
class F(HasEntries): pass
print([b.__name__ for b in F.__bases__])

# GenericAlias uses it: list[int] as a base
class MyList(list[int]): pass
print(MyList.__bases__ == (list,), MyList.__orig_bases__ == (list[int],))
ml = MyList([1, 2])
print(ml, type(ml).__name__)

# returning a non-class
class NonClass:
    def __mro_entries__(self, bases):
        return (5,)
def nonclass():
    class X(NonClass()): pass
show(nonclass)

# entries see the original bases tuple
class Peek:
    def __mro_entries__(self, bases):
        print('bases seen:', [getattr(b, '__name__', type(b).__name__) for b in bases])
        return ()
class G(Real, Peek(), Other): pass
print([b.__name__ for b in G.__bases__])
