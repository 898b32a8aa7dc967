# __init_subclass__: class keywords, implicit classmethod, super chains, errors.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

class Registry:
    registered = []
    def __init_subclass__(cls, /, name=None, **kw):
        print('Registry.__init_subclass__', cls.__name__, name, kw)
        super().__init_subclass__(**kw)
        Registry.registered.append(name or cls.__name__)

class A(Registry, name='alpha'): pass
class B(Registry): pass
class C(A, name='gamma'): pass
print(Registry.registered)

print(type(Registry.__dict__['__init_subclass__']).__name__)

# keywords left over reach object.__init_subclass__
def extra():
    class D(Registry, name='d', color='red'):
        pass
show(extra)

def plain_kw():
    class E(flavor='x'):
        pass
show(plain_kw)

class Mixin:
    def __init_subclass__(cls, **kw):
        print('Mixin', cls.__name__, kw)
        super().__init_subclass__(**kw)
class Other:
    def __init_subclass__(cls, **kw):
        print('Other', cls.__name__, kw)
        super().__init_subclass__(**kw)
class Both(Mixin, Other): pass
class Child(Both): pass

# it is not called for the class that defines it
class Definer:
    def __init_subclass__(cls):
        print('defined for', cls.__name__)
print('after Definer')
class Sub(Definer): pass
class SubSub(Sub): pass

# errors raised inside propagate from the class statement
class Picky:
    def __init_subclass__(cls, **kw):
        if not cls.__name__.startswith('P'):
            raise TypeError('name must start with P: ' + cls.__name__)
def picky():
    class Bad(Picky):
        pass
show(picky)
class Pgood(Picky): pass
print('Pgood ok')

# __init_subclass__ as a staticmethod or classmethod explicitly
class Explicit:
    @classmethod
    def __init_subclass__(cls, **kw):
        print('explicit classmethod', cls.__name__)
class ESub(Explicit): pass

class AsStatic:
    @staticmethod
    def __init_subclass__(*args, **kw):
        print('static got', len(args), kw)
class SSub(AsStatic, k=1): pass

# with a metaclass that accepts keywords too
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', name, kw)
        return super().__new__(mcls, name, bases, ns, **kw)
class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print('Base.__init_subclass__', cls.__name__, kw)
class Derived(Base, option=5): pass

# type() three-arg form passes keywords too
T = type('T', (Registry,), {}, name='via type')
print(Registry.registered[-1])
show(lambda: type('U', (), {}, bad=1))

# object.__init_subclass__ directly
print(object.__init_subclass__())
show(lambda: object.__init_subclass__(1))
show(lambda: object.__init_subclass__(x=1))

# the wrong number of positional arguments
class Wrong:
    def __init_subclass__(cls, required):
        pass
def wrong():
    class W(Wrong):
        pass
show(wrong)
class W2(Wrong, required=1): pass
print('W2 ok')
