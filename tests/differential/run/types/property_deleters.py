# Properties with deleters: del through the instance, the class, subclasses
# overriding parts with .getter/.setter/.deleter, and error messages.


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Account:
    def __init__(self):
        self._balance = 10

    @property
    def balance(self):
        """The balance."""
        return self._balance

    @balance.setter
    def balance(self, v):
        if v < 0:
            raise ValueError("negative")
        self._balance = v

    @balance.deleter
    def balance(self):
        print("deleting balance")
        del self._balance


a = Account()
print(a.balance, Account.balance.__doc__)
a.balance = 3
del a.balance
attempt("read after delete", lambda: a.balance)
attempt("delete again", lambda: a.__delattr__("balance"))
attempt("negative", lambda: setattr(a, "balance", -1))


class OnlyGet:
    @property
    def v(self):
        return 1


o = OnlyGet()
attempt("del without deleter", lambda: delattr(o, "v"))
attempt("set without setter", lambda: setattr(o, "v", 2))
attempt("delete via __delete__", lambda: OnlyGet.v.__delete__(o))
attempt("set via __set__", lambda: OnlyGet.v.__set__(o, 1))


class OnlyDel:
    v = property(None, None, lambda self: print("only deleter ran"))


d = OnlyDel()
attempt("get without getter", lambda: d.v)
del d.v
attempt("set only-deleter", lambda: setattr(d, "v", 1))


class Child(Account):
    @Account.balance.deleter
    def balance(self):
        print("child refuses delete")


c = Child()
del c.balance
print(c.balance)
c.balance = 7
print(c.balance, Child.balance.fget is Account.balance.fget, Child.balance.fdel is Account.balance.fdel)
print(Child.balance.__doc__)

p = property(lambda s: 1)
p2 = p.deleter(lambda s: None)
print(p is p2, p2.fdel is not None, p.fdel)


class Instance:
    pass


i = Instance()
i.__dict__["x"] = 5


class WithProp(Instance):
    @property
    def x(self):
        return "property wins"

    @x.deleter
    def x(self):
        print("property deleter, dict has", self.__dict__.get("x"))


w = WithProp()
w.__dict__["x"] = "in dict"
print(w.x)
del w.x
print(w.__dict__)


class Raising:
    @property
    def r(self):
        return 0

    @r.deleter
    def r(self):
        raise KeyError("cannot")


attempt("deleter raises", lambda: delattr(Raising(), "r"))


def del_class_attr():
    del Account.balance
    return hasattr(Account, "balance"), hasattr(Child, "balance")


attempt("del class property", del_class_attr)
attempt("old instance after class del", lambda: c.balance)
attempt("property type delete", lambda: property.__delete__(p, 1))


class Named:
    @property
    def thing(self):
        return 1


attempt("delete message", lambda: delattr(Named(), "thing"))
attempt("deleter wrong arity", lambda: property(None, None, lambda: 0).__delete__(Named()))
