# __new__ and __init__: return values, skipped __init__, object() argument checks.
def err(f):
    try:
        r = f()
        print('ok', type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)

class RetInt:
    def __init__(self):
        return 1
class RetNone:
    def __init__(self):
        return None
class RetSelf:
    def __init__(self):
        return self
class RetNI:
    def __init__(self):
        return NotImplemented
err(RetInt)
err(RetNone)
err(RetSelf)
err(RetNI)

class Other:
    def __init__(self, *a):
        print('Other.__init__', a)
class NewOther:
    def __new__(cls, *a):
        print('NewOther.__new__', a)
        return Other()
    def __init__(self, *a):
        print('NewOther.__init__ never')
r = NewOther(1, 2)
print(type(r).__name__)
class NewInt:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never')
print(NewInt())
class Base:
    def __init__(self, *a):
        print('Base.__init__', type(self).__name__, a)
class Child(Base):
    pass
class NewSub(Base):
    def __new__(cls, *a):
        return object.__new__(Child)
x = NewSub(5)
print(type(x).__name__)
class NewSuper(Base):
    pass
class NewParent(NewSuper):
    def __new__(cls, *a):
        return object.__new__(NewSuper)
y = NewParent(7)
print(type(y).__name__)
class NewNone:
    def __new__(cls):
        return None
    def __init__(self):
        print('never')
print(NewNone())

# object() argument checking
err(lambda: object(1))
err(lambda: object(x=1))
class Plain:
    pass
err(lambda: Plain(1))
err(lambda: Plain(a=1))
class InitOnly:
    def __init__(self, a):
        self.a = a
err(lambda: InitOnly(1))
err(lambda: InitOnly())
class NewOnly:
    def __new__(cls, a):
        return super().__new__(cls)
err(lambda: NewOnly(1))
class NewPassesArgs:
    def __new__(cls, a):
        return super().__new__(cls, a)
err(lambda: NewPassesArgs(1))
class InitPassesArgs:
    def __init__(self, a):
        super().__init__(a)
err(lambda: InitPassesArgs(1))
class BothOverride:
    def __new__(cls, *a):
        return super().__new__(cls, *a)
    def __init__(self, *a):
        super().__init__(*a)
err(lambda: BothOverride(1))
err(lambda: object.__new__(Plain, 1))
err(lambda: object.__init__(Plain(), 1))
err(lambda: object.__init__(InitOnly(0), 1))
err(lambda: object.__new__(InitOnly, 1))
err(lambda: object.__new__(NewOnly, 1))
err(lambda: object.__new__())
err(lambda: object.__new__(1))
err(lambda: object.__new__(int))
err(lambda: object.__new__(list))
err(lambda: object.__init__())
err(lambda: Plain.__init__(Plain(), 2))
err(lambda: int.__init__(5, 1, 2))
# __init__ is looked up on the type
p = Plain()
p.__init__ = lambda: print('instance init')
type(p).__init__(p)
print('init via type ok')
# __new__ as a plain function is made a staticmethod
class Auto:
    def __new__(cls):
        return 'auto ' + cls.__name__
print(type(Auto.__dict__['__new__']).__name__, Auto())
# __init__ raising
class InitRaises:
    def __init__(self):
        raise ValueError('init failed')
err(InitRaises)
# exceptions from __new__ propagate, __init__ not called
class NewRaises:
    def __new__(cls):
        raise KeyError('new failed')
    def __init__(self):
        print('never')
err(NewRaises)
RetInt()
