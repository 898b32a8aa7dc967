# Special methods are looked up on the type, bypassing __getattr__/__getattribute__.
log = []
class Spy:
    def __getattribute__(self, name):
        log.append(name)
        return object.__getattribute__(self, name)
    def __len__(self):
        return 3
    def __repr__(self):
        return 'Spy'
    def __iter__(self):
        return iter([1])
    def __add__(self, o):
        return 'added'
    def __eq__(self, o):
        return True
    __hash__ = object.__hash__
s = Spy()
len(s); repr(s); list(s); s + 1; s == 1; hash(s); str(s); bool(s); format(s, '')
print('implicit lookups logged:', log)
s.__len__()
print(log)
log.clear()

class Dyn:
    def __getattr__(self, name):
        log.append(name)
        if name.startswith('__') and name.endswith('__'):
            return lambda *a: 'from getattr'
        raise AttributeError(name)
d = Dyn()
def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
err(lambda: len(d))
err(lambda: d + 1)
err(lambda: -d)
err(lambda: d[0])
err(lambda: iter(d))
err(lambda: d())
err(lambda: abs(d))
err(lambda: 1 in d)
print(d.__len__(), log)
log.clear()

# the metaclass's __getattr__ is not used either
class MetaGA(type):
    def __getattr__(cls, name):
        log.append(name)
        return lambda *a: 'meta getattr'
class Mg(metaclass=MetaGA):
    pass
err(lambda: len(Mg()))
err(lambda: Mg.__len__())
print(log)
log.clear()
# special methods of the metaclass apply to the class
class MetaOps(type):
    def __len__(cls):
        return 99
    def __getitem__(cls, k):
        return 'meta item %r' % (k,)
    def __iter__(cls):
        return iter('ab')
    def __repr__(cls):
        return '<MetaOps class %s>' % cls.__name__
    def __add__(cls, o):
        return 'class add'
    def __invert__(cls):
        return 'class invert'
class K(metaclass=MetaOps):
    def __len__(self):
        return 1
print(len(K), len(K()), K[5], list(K), repr(K), K + 1, ~K)
print([K], str(K))
err(lambda: K() + 1)
# __class_getitem__ vs metaclass __getitem__
class KG(metaclass=MetaOps):
    def __class_getitem__(cls, k):
        return 'class_getitem'
print(KG[1])
# a dunder set on the instance is ignored
class Plain:
    pass
pl = Plain()
pl.__len__ = lambda: 5
pl.__repr__ = lambda: 'instance repr'
err(lambda: len(pl))
print(repr(pl).startswith('<__main__.Plain object'))
print(pl.__len__(), pl.__repr__())
# dunders assigned to the class later are picked up
Plain.__len__ = lambda self: 7
Plain.__bool__ = lambda self: False
print(len(pl), bool(pl))
del Plain.__len__
err(lambda: len(pl))
print(bool(pl))
# staticmethod and classmethod dunders
class SC:
    @staticmethod
    def __len__():
        return 11
    @classmethod
    def __neg__(cls):
        return 'neg of ' + cls.__name__
err(lambda: len(SC()))
print(-SC())
# __getattribute__ itself must be on the type
class GA:
    pass
ga = GA()
ga.__getattribute__ = lambda name: 'never'
ga.x = 1
print(ga.x)
len(d)
