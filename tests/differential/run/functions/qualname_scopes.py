# __name__ and __qualname__ of functions, lambdas and classes in nested and class scopes.
def top():
    def inner():
        def innermost():
            pass
        return innermost
    class Local:
        def meth(self):
            return lambda: None
        class Deeper:
            def deep(self):
                pass
    return inner, inner(), Local, Local.meth, Local().meth(), Local.Deeper.deep
for obj in top():
    print(obj.__name__, obj.__qualname__)

class Outer:
    def method(self):
        def helper():
            pass
        return helper
    @staticmethod
    def smeth():
        pass
    @classmethod
    def cmeth(cls):
        pass
    @property
    def prop(self):
        pass
    attr = lambda self: None
    gen = (lambda: (yield))
    class Nested:
        class Twice:
            def m(self):
                pass
    comp = [lambda: i for i in range(1)]
print(Outer.method.__qualname__, Outer().method().__qualname__)
print(Outer.smeth.__qualname__, Outer.cmeth.__qualname__, Outer.prop.fget.__qualname__)
print(Outer.attr.__name__, Outer.attr.__qualname__, Outer.gen.__qualname__)
print(Outer.Nested.__qualname__, Outer.Nested.Twice.__qualname__, Outer.Nested.Twice.m.__qualname__)
print(Outer.comp[0].__qualname__)

# global declaration makes the qualname plain
def declares_global():
    global made_global
    def made_global():
        pass
    return made_global
print(declares_global().__qualname__)
class G:
    global gmeth
    def gmeth(self):
        pass
print(gmeth.__qualname__)

# comprehensions and generator expressions
gens = [(lambda: 0) for _ in range(1)]
print(gens[0].__qualname__)
def in_func():
    return [lambda: 0 for _ in range(1)][0], {k: (lambda: k) for k in 'a'}['a']
print([f.__qualname__ for f in in_func()])
ge = (x for x in [])
print(ge.__name__, ge.__qualname__)
def gfunc():
    return (x for x in [])
print(gfunc().__qualname__)

# code objects carry co_name and co_qualname
def codes():
    def c1():
        pass
    return c1
print(codes.__code__.co_name, codes.__code__.co_qualname)
print(codes().__code__.co_name, codes().__code__.co_qualname)
print(Outer.method.__code__.co_qualname, Outer.attr.__code__.co_qualname)

# renaming a function does not change its code object
f = codes()
f.__name__ = 'renamed'
f.__qualname__ = 'X.renamed'
print(f.__name__, f.__qualname__, f.__code__.co_name, f.__code__.co_qualname)
try:
    f.__name__ = b'bytes'
except TypeError as e:
    print(type(e).__name__, e)
try:
    del f.__name__
except TypeError as e:
    print(type(e).__name__, e)
try:
    del f.__qualname__
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.__qualname__ = 3
except TypeError as e:
    print(type(e).__name__, e)
class StrSub(str):
    pass
f.__name__ = StrSub('sub')
print(f.__name__, type(f.__name__).__name__)

# the names appear in error messages
def missing(a):
    pass
missing.__qualname__ = 'Custom.qual'
try:
    missing()
except TypeError as e:
    print(type(e).__name__, e)
missing.__name__ = 'nm'
try:
    missing(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

# class names
class Cls:
    pass
Cls.__qualname__ = 'Other.Cls'
print(Cls.__name__, Cls.__qualname__)
try:
    Cls.__qualname__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    Cls.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    Cls.__name__ = 'a\0b'
except ValueError as e:
    print(type(e).__name__, e)
try:
    del Cls.__qualname__
except TypeError as e:
    print(type(e).__name__, e)
print(type(lambda: 0).__qualname__, len.__qualname__, int.__qualname__, int.to_bytes.__qualname__)
