# classmethod and staticmethod objects: __func__, __wrapped__, attributes copied from the function,
# __isabstractmethod__, calling them directly, wrapping non-functions, chaining with property.
def attempt(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)

def func(*args):
    "func doc"
    return args
func.extra = 'attr'
sm = staticmethod(func)
cm = classmethod(func)
print(sm.__func__ is func, sm.__wrapped__ is func, cm.__func__ is func, cm.__wrapped__ is func)
print(sm.__name__, sm.__qualname__, sm.__doc__, sm.__module__, cm.__name__, cm.__doc__)
attempt('sm.extra', lambda: sm.extra)
print(sm.__dict__, cm.__dict__)
print(sm.__annotations__ if hasattr(sm, '__annotations__') else 'no annotations')
print(sm(1, 2), callable(sm), callable(cm))
attempt('cm(1)', lambda: cm(1))
print(repr(sm).startswith('<staticmethod(<function func at 0x'), repr(cm).startswith('<classmethod(<function func at 0x'))

# staticmethod/classmethod of non-functions
sm_len = staticmethod(len)
print(sm_len([1, 2]), sm_len.__func__ is len, sm_len.__name__, sm_len.__wrapped__)
sm_num = staticmethod(5)
print(sm_num.__func__)
attempt('sm_num()', lambda: sm_num())
attempt('classmethod(5).__func__', lambda: classmethod(5).__func__)
attempt('staticmethod()', lambda: staticmethod())
attempt('staticmethod(1, 2)', lambda: staticmethod(1, 2))
attempt('classmethod(f=1)', lambda: classmethod(f=1))
attempt('staticmethod(function=1)', lambda: staticmethod(function=1))

class C:
    @staticmethod
    def s(x):
        return ('s', x)
    @classmethod
    def c(cls, x):
        return ('c', cls.__name__, x)
    num = staticmethod(5)
    wrapped_len = staticmethod(len)
    cm_num = classmethod(5)
class D(C):
    pass
print(C.s(1), C().s(2), C.c(3), D.c(4), D().c(5))
print(type(C.__dict__['s']).__name__, type(C.__dict__['c']).__name__, C.s is C.__dict__['s'].__func__)
print(type(C.c).__name__, C.c.__self__ is C, D().c.__self__ is D, C.c.__func__ is C.__dict__['c'].__func__)
print(C.num, C.wrapped_len('abc'))
attempt('C.cm_num', lambda: C.cm_num)
attempt('C().cm_num', lambda: C().cm_num)

# __get__ by hand
print(C.__dict__['s'].__get__(None, C)(7), C.__dict__['c'].__get__(None, D)(8), C.__dict__['c'].__get__(C())(9))
attempt('cm.__get__(None, None)', lambda: C.__dict__['c'].__get__(None, None))
attempt('sm.__get__(None)', lambda: C.__dict__['s'].__get__(None))
attempt('cm.__get__(None)', lambda: C.__dict__['c'].__get__(None))

# __isabstractmethod__ follows the wrapped callable
class Abstract:
    def __init__(self):
        self.__isabstractmethod__ = True
    def __call__(self):
        return 'called'
print(staticmethod(func).__isabstractmethod__, classmethod(Abstract()).__isabstractmethod__)
def marked():
    pass
marked.__isabstractmethod__ = 1
print(staticmethod(marked).__isabstractmethod__, classmethod(marked).__isabstractmethod__)
class BadAbstract:
    @property
    def __isabstractmethod__(self):
        raise ValueError('no abstract info')
attempt('staticmethod(BadAbstract()).__isabstractmethod__', lambda: staticmethod(BadAbstract()).__isabstractmethod__)

# classmethod wrapping something with __get__ (3.9-3.12 chain through it)
class Descr:
    def __get__(self, obj, cls):
        return ('descr get', obj, cls.__name__)
class Host:
    chained = classmethod(Descr())
    prop_cm = classmethod(property(lambda cls: 'prop of ' + cls.__name__))
print(Host.chained)
print(Host().chained)
print(Host.prop_cm)

# classmethod and staticmethod objects are mutable wrappers
s2 = staticmethod(func)
s2.note = 'n'
print(s2.note, s2.__dict__)
try:
    s2.__func__ = len
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del s2.__func__
except AttributeError as e:
    print(type(e).__name__, e)
s2.__dict__ = {'replaced': 1}
print(s2.__dict__, hasattr(s2, 'note'))
try:
    s2.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)

# subclasses of staticmethod and classmethod
class MyStatic(staticmethod):
    pass
class MyClass(classmethod):
    def __get__(self, obj, cls=None):
        return ('custom', super().__get__(obj, cls)())
class Use:
    @MyStatic
    def st():
        return 'my static'
    @MyClass
    def cl(cls):
        return cls.__name__
print(Use.st(), Use.cl, type(Use.__dict__['st']).__name__)
try:
    del s2.__dict__
except TypeError as e:
    print(type(e).__name__, e)
