# __hash__ and __eq__: a class defining __eq__ gets __hash__ = None; inheritance; hash return values.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__, '__hash__' in EqOnly.__dict__)
show(lambda: hash(EqOnly()))
show(lambda: {EqOnly()})
show(lambda: {EqOnly(): 1})

class EqAndHash:
    def __eq__(self, other):
        return isinstance(other, EqAndHash)
    def __hash__(self):
        return 42
print(hash(EqAndHash()), len({EqAndHash(), EqAndHash()}))

# a subclass that does not define __eq__ inherits the None
class SubEqOnly(EqOnly): pass
show(lambda: hash(SubEqOnly()))
# a subclass defining only __hash__ is hashable again
class SubHash(EqOnly):
    def __hash__(self):
        return 7
print(hash(SubHash()))
# a subclass of a hashable class defining __eq__ only loses hash
class SubEq(EqAndHash):
    def __eq__(self, other):
        return False
show(lambda: hash(SubEq()))

# __hash__ inherited when __eq__ is not defined
class Plain:
    pass
class PlainSub(Plain):
    pass
p = PlainSub()
print(hash(p) == hash(p), PlainSub.__hash__ is object.__hash__)

# explicit __hash__ = None
class NoHash:
    __hash__ = None
show(lambda: hash(NoHash()))
print(isinstance(NoHash(), __import__('builtins').object))

# __hash__ returning things
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
print(hash(H(5)), hash(H(-1)), hash(H(2 ** 64)), hash(H(True)))
show(lambda: hash(H('x')))
show(lambda: hash(H(1.5)))
show(lambda: hash(H(None)))
class IntSub(int): pass
print(hash(H(IntSub(9))))

# unhashable builtins
for obj in ([], {}, set(), bytearray(), slice(1, 2) if False else [1]):
    show(lambda: hash(obj))
show(lambda: hash(([], 1)))
show(lambda: hash(frozenset([1, 2])) == hash(frozenset([2, 1])))

# hash used by dict lookups and the identity shortcut
class Loud:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        print('hash', self.name)
        return 1
    def __eq__(self, other):
        print('eq', self.name, other.name)
        return self.name == other.name
d = {Loud('a'): 1}
print(d[Loud('a')])
k = Loud('b')
d[k] = 2
print(d[k])

# __eq__ on a metaclass makes classes unhashable? (they keep type.__hash__ only if defined)
class Meta(type):
    def __eq__(cls, other):
        return True
show(lambda: hash(Meta('X', (), {})))

# __hash__ set after class creation
class Later:
    def __eq__(self, other):
        return False
show(lambda: hash(Later()))
Later.__hash__ = lambda self: 99
print(hash(Later()))
