# pow() with two and three arguments, divmod(), and their errors across int, float, complex and custom types.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show("pow int int mod", lambda: pow(3, 200, 13))
show("pow neg exp mod", lambda: pow(3, -2, 7))
show("pow neg mod", lambda: pow(3, 2, -7))
show("pow neg base mod", lambda: pow(-3, 3, 7))
show("pow mod 1", lambda: pow(5, 0, 1))
show("pow mod -1", lambda: pow(5, 3, -1))
show("pow zero mod", lambda: pow(5, 3, 0))
show("pow not invertible", lambda: pow(6, -1, 9))
show("pow float 3 args", lambda: pow(2.0, 2, 3))
show("pow float mod", lambda: pow(2, 2, 3.0))
show("pow complex 3 args", lambda: pow(2j, 2, 3))
show("pow str mod", lambda: pow(2, 2, "3"))
show("pow None mod", lambda: pow(2, 2, None))
show("pow kw mod None", lambda: pow(2, 3, mod=None))
show("pow kw base exp", lambda: pow(exp=2, base=5))
show("pow bad kw", lambda: pow(2, 3, modulo=5))
show("pow too many", lambda: pow(1, 2, 3, 4))
show("pow missing exp", lambda: pow(base=2))
show("pow dup", lambda: pow(2, base=2))
show("pow 0 neg", lambda: pow(0, -2))
show("pow 0.0 neg", lambda: pow(0.0, -2))
show("pow neg frac", lambda: pow(-8.0, 0.5))
show("pow overflow", lambda: pow(10.0, 400))
show("pow int big float", lambda: pow(2, 10000.0))
show("pow complex zero", lambda: pow(0j, -1))
show("pow complex", lambda: pow(1 + 1j, 3))
show("pow bool", lambda: pow(True, True, True))
show("pow big", lambda: pow(2, 100, 2 ** 64 + 1))
show("pow str", lambda: pow("a", 2))
show("pow list", lambda: pow([1], 2))
show("pow int str", lambda: pow(2, "a"))

class P:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
    def __rpow__(self, other, mod=None):
        return ("rpow", other, mod)
show("pow custom", lambda: pow(P(), 2))
show("pow custom mod", lambda: pow(P(), 2, 5))
show("rpow custom", lambda: pow(2, P()))
show("rpow custom mod", lambda: pow(2, P(), 5))
show("op custom", lambda: P() ** 3)
show("rop custom", lambda: 3 ** P())
class Q:
    def __pow__(self, other):
        return "two-arg pow"
show("pow two-arg method", lambda: pow(Q(), 2))
show("pow two-arg method mod", lambda: pow(Q(), 2, 5))

show("divmod ints", lambda: [divmod(a, b) for a in (7, -7) for b in (3, -3)])
show("divmod floats", lambda: [divmod(a, b) for a in (7.5, -7.5) for b in (2.0, -2.0)])
show("divmod mixed", lambda: divmod(7, 2.5))
show("divmod big", lambda: divmod(-2 ** 100, 7))
show("divmod zero", lambda: divmod(0, 0))
show("divmod float zero", lambda: divmod(1.5, 0.0))
show("divmod int float zero", lambda: divmod(1, 0.0))
show("divmod complex", lambda: divmod(1 + 1j, 2))
show("divmod str", lambda: divmod("a", "b"))
show("divmod None", lambda: divmod(None, 1))
show("divmod kw", lambda: divmod(x=1, y=2))
show("divmod one", lambda: divmod(1))
show("divmod three", lambda: divmod(1, 2, 3))
show("divmod inf", lambda: divmod(float("inf"), 2))
show("divmod nan", lambda: divmod(float("nan"), 2))
show("divmod by inf", lambda: divmod(5, float("inf")))
show("divmod neg by inf", lambda: divmod(-5, float("inf")))
show("divmod bool", lambda: divmod(True, True))
class D:
    def __divmod__(self, other):
        return "divmod"
    def __rdivmod__(self, other):
        return "rdivmod"
show("divmod custom", lambda: divmod(D(), 1))
show("rdivmod custom", lambda: divmod(1, D()))
class E:
    def __divmod__(self, other):
        return NotImplemented
show("divmod NotImplemented", lambda: divmod(E(), 1))
