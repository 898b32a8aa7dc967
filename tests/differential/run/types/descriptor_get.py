# __get__ arguments: class access passes None, the owner argument, and descriptor protocol calls by hand.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

class Trace:
    def __get__(self, obj, owner=None):
        return ('get', obj if obj is None else type(obj).__name__, owner if owner is None else owner.__name__)

class A:
    t = Trace()
class B(A): pass

print(A.t)
print(A().t)
print(B.t)
print(B().t)

# calling __get__ directly
d = A.__dict__['t']
print(d.__get__(None, A))
print(d.__get__(B()))
print(d.__get__(None))

# functions: __get__(None, cls) gives the function itself
def f(self):
    return 'f called on ' + type(self).__name__
print(f.__get__(None, A) is f)
bound = f.__get__(A())
print(type(bound).__name__, bound(), bound.__self__.__class__.__name__, bound.__func__ is f)
show(lambda: f.__get__())
show(lambda: f.__get__(None, None))
print(f.__get__(5)())

# property: class access returns the property
class P:
    @property
    def x(self):
        return 'x of ' + type(self).__name__
print(type(P.x).__name__, P().x)
print(P.x.__get__(P()), P.x.__get__(None, P) is P.x)
show(lambda: P.x.__get__(None, None))

# classmethod: __get__ with an instance binds the type
class CM:
    @classmethod
    def who(cls):
        return cls.__name__
cm = CM.__dict__['who']
print(cm.__get__(CM())(), cm.__get__(None, CM)(), cm.__get__(B())())
show(lambda: cm.__get__(None, None))

# staticmethod
class SM:
    @staticmethod
    def s():
        return 'static'
sm = SM.__dict__['s']
print(sm.__get__(None, SM)(), sm.__get__(SM())(), sm.__get__(1)())

# builtin method descriptors
ad = list.__dict__['append']
lst = []
ad.__get__(lst)(1)
print(lst, type(ad).__name__, ad.__get__(None, list) is ad)
show(lambda: ad.__get__(5))
show(lambda: ad.__get__(None, None))
show(lambda: ad(5, 1))

# slot wrapper
sw = int.__dict__['__add__']
print(type(sw).__name__, sw.__get__(3)(4), sw(3, 4))
show(lambda: sw('a', 1))

# getset descriptor
gs = type.__dict__['__name__']
print(type(gs).__name__, gs.__get__(int), gs.__get__(None, type) is gs)
show(lambda: gs.__get__(5))

# a descriptor whose __get__ raises AttributeError falls back to __getattr__
class Failing:
    def __get__(self, obj, owner=None):
        raise AttributeError('failing get')
class WithGetattr:
    x = Failing()
    def __getattr__(self, name):
        return 'fallback for ' + name
print(WithGetattr().x)
class NoGetattr:
    x = Failing()
show(lambda: NoGetattr().x)

# __get__ returning self for class access, a common idiom
class Idiom:
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return 42
class UsesIdiom:
    v = Idiom()
print(type(UsesIdiom.v).__name__, UsesIdiom().v)

# __get__ as a non-function callable
class CallableGet:
    def __call__(self, *args):
        return ('callable get', len(args))
class WeirdDesc:
    __get__ = CallableGet()
class UsesWeird:
    w = WeirdDesc()
print(UsesWeird().w, UsesWeird.w)
