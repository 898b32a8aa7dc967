# __set_name__: when and in which order it runs, what it receives, errors.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
        if e.__cause__ is not None:
            print('  cause:', type(e.__cause__).__name__, e.__cause__)

calls = []
class Field:
    def __init__(self, tag):
        self.tag = tag
    def __set_name__(self, owner, name):
        calls.append((self.tag, owner.__name__, name))
        self.name = name

class Model:
    b = Field('first')
    a = Field('second')
    c = Field('third')
    plain = 1
    alias = b
print(calls)
print(Model.a.name, Model.b.name, Model.alias is Model.b)
calls.clear()

# added after class creation: not called
Model.d = Field('late')
print(calls, hasattr(Model.d, 'name'))
# explicit call
Model.d.__set_name__(Model, 'd')
print(calls)
calls.clear()

# order relative to __init_subclass__: set_name first
class Base:
    def __init_subclass__(cls):
        calls.append(('init_subclass', cls.__name__))
class Derived(Base):
    f = Field('f')
print(calls)
calls.clear()

# metaclass __new__ adding fields: they are part of the namespace for set_name
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns['meta_field'] = Field('from meta')
        return super().__new__(mcls, name, bases, ns)
class WithMeta(metaclass=Meta):
    own = Field('own')
print(calls)
calls.clear()

# __set_name__ defined on the class is looked up on the type, not the instance
class NotType:
    pass
n = NotType()
n.__set_name__ = lambda owner, name: calls.append('instance attr')
class Holder:
    x = n
print(calls)

# errors are wrapped in RuntimeError in 3.11
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError('bad field ' + name)
def bad():
    class Owner:
        good = Field('g')
        broken = Bad()
show(bad)
calls.clear()

class WrongArgs:
    def __set_name__(self):
        pass
def wrong():
    class Owner2:
        w = WrongArgs()
show(wrong)

# __set_name__ that is not callable
class NotCallable:
    __set_name__ = 5
def notcall():
    class Owner3:
        v = NotCallable()
show(notcall)

# descriptors that use the name they received
class Named:
    def __set_name__(self, owner, name):
        self.private = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, 'unset')
    def __set__(self, obj, value):
        setattr(obj, self.private, value * 2)
class Point:
    x = Named()
    y = Named()
p = Point()
p.x = 5
print(p.x, p.y, sorted(vars(p)))

# type() three-arg creation calls __set_name__ too
T = type('T', (), {'field': Field('typed')})
print(calls)

# the same descriptor in two classes
shared = Field('shared')
class One:
    s = shared
class Two:
    t = shared
print(calls[-2:], shared.name)
