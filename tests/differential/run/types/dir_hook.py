# dir(): the default for instances, classes and modules, and custom __dir__.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

class A:
    a_cls = 1
    def a_method(self): pass
class B(A):
    b_cls = 2
b = B()
b.inst = 3
names = dir(b)
print([n for n in names if not n.startswith('__')])
print(names == sorted(names), '__init__' in names, '__class__' in names, '__dict__' in names)
print([n for n in dir(B) if not n.startswith('__')])
print('mro' in dir(B), 'mro' in dir(type), '__mro__' in dir(B))

class Custom:
    def __dir__(self):
        return ['zeta', 'alpha', 'alpha', 'mid']
print(dir(Custom()))

class ReturnsTuple:
    def __dir__(self):
        return ('b', 'a')
print(dir(ReturnsTuple()))

class ReturnsGen:
    def __dir__(self):
        return (x for x in 'cba')
print(dir(ReturnsGen()))

class ReturnsInt:
    def __dir__(self):
        return 5
show(lambda: dir(ReturnsInt()))

class ReturnsMixed:
    def __dir__(self):
        return ['a', 1]
show(lambda: dir(ReturnsMixed()))

class Raises:
    def __dir__(self):
        raise RuntimeError('no dir')
show(lambda: dir(Raises()))

# __dir__ on the metaclass controls dir(class)
class Meta(type):
    def __dir__(cls):
        return ['only_this']
class WithMeta(metaclass=Meta):
    x = 1
print(dir(WithMeta), [n for n in dir(WithMeta()) if not n.startswith('__')])

# slots appear as names
class Slotted:
    __slots__ = ('s1', 's2')
print([n for n in dir(Slotted()) if not n.startswith('__')])

# instance dict entries that are not strings are skipped? they break sorting
class Odd: pass
o = Odd()
o.__dict__[1] = 'int key'
show(lambda: dir(o))

# __dict__ replaced with a non-dict is ignored by dir
class Fake:
    @property
    def __dict__(self):
        return 'not a dict'
show(lambda: [n for n in dir(Fake()) if not n.startswith('__')])

# dir with too many args
show(lambda: dir(1, 2))

# object.__dir__ directly
print(sorted(object.__dir__(b)) == sorted(set(dir(b))))
print(type(object.__dir__(b)).__name__)

# dir of builtins instances
print([n for n in dir(1) if not n.startswith('_')][:6])
print([n for n in dir([]) if not n.startswith('_')])
print([n for n in dir(None) if not n.startswith('_')], len([n for n in dir(object()) if not n.startswith('__')]))

# dir() with no argument lists the local scope
def local_scope():
    x = 1
    y = 2
    return dir()
print(local_scope())
