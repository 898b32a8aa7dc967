# __hash__ rules: eq without hash, hash = None, inheritance, huge and bad hashes.
def h(o):
    try:
        v = hash(o)
        print('hash', v if isinstance(v, int) and abs(v) < 10**30 else 'big')
    except TypeError as e:
        print('TypeError', e)

class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__)
h(EqOnly())
try:
    {EqOnly()}
except TypeError as e:
    print(e)
try:
    {EqOnly(): 1}
except TypeError as e:
    print(e)
try:
    {}[EqOnly()]
except TypeError as e:
    print(e)
try:
    EqOnly() in {1}
except TypeError as e:
    print(e)
try:
    frozenset([EqOnly()])
except TypeError as e:
    print(e)

class Sub(EqOnly):
    pass
h(Sub())
class SubHash(EqOnly):
    def __hash__(self):
        return 7
h(SubHash())
class Restore(EqOnly):
    __hash__ = object.__hash__
print(type(hash(Restore())).__name__)

class HashOnly:
    def __hash__(self):
        return 12
class EqChild(HashOnly):
    def __eq__(self, o):
        return False
h(HashOnly())
h(EqChild())
print('__hash__' in EqChild.__dict__, EqChild.__dict__['__hash__'])

class Off:
    __hash__ = None
h(Off())
class OffChild(Off):
    def __hash__(self):
        return 3
h(OffChild())

class Huge:
    def __hash__(self):
        return 2**100
h(Huge())
print(hash(Huge()) == hash(2**100))
class Neg1:
    def __hash__(self):
        return -1
print(hash(Neg1()))
class Big64:
    def __hash__(self):
        return 2**63
print(hash(Big64()) == hash(2**63))
class NonInt:
    def __hash__(self):
        return 1.0
h(NonInt())
class StrHash:
    def __hash__(self):
        return 'x'
h(StrHash())
class BoolHash:
    def __hash__(self):
        return True
h(BoolHash())
class IntSub(int):
    pass
class SubRet:
    def __hash__(self):
        return IntSub(99)
h(SubRet())
class NoneRet:
    def __hash__(self):
        return None
h(NoneRet())
class RaiseH:
    def __hash__(self):
        raise LookupError('no hash')
try:
    hash(RaiseH())
except LookupError as e:
    print('LookupError', e)
try:
    {RaiseH()}
except LookupError as e:
    print('set', e)

# builtins
for o in [[], {}, set(), bytearray(), slice(1, 2), (1, []), frozenset({1})]:
    h(o)
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(-2), hash(0.5) == hash(0.5), hash(()) == hash(()))
print(hash(2**61 - 1), hash(2**61), hash(-2**61), hash(float('inf')), hash(float('-inf')))

# dict subclass and list subclass hashability
class D(dict):
    pass
h(D())
class HD(dict):
    def __hash__(self):
        return 5
h(HD())
class T(tuple):
    def __eq__(self, o):
        return True
h(T((1,)))
# __eq__ set after class creation doesn't remove __hash__
class Late:
    pass
Late.__eq__ = lambda self, o: True
print(type(hash(Late())).__name__)
Late.__hash__ = None
h(Late())
print(object.__hash__(Off()) is not None)
hash(EqOnly())
