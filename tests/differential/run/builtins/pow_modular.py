# pow() with three arguments: negative exponents (modular inverse), signs of
# the modulus, big ints, bool, custom __pow__ with a modulus, and divmod()
# and round() over every numeric type, including the mixed ones.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for b, e, m in [(2, 10, 1000), (3, -1, 7), (3, -2, 7), (-3, -1, 7), (3, -1, -7), (5, 0, 1), (5, 0, -1),
                (0, 0, 7), (7, 3, -5), (-7, 3, 5), (-7, 3, -5), (2, 100, 10 ** 9 + 7), (10 ** 20, -1, 10 ** 9 + 7),
                (True, 5, 3), (2, True, 3), (2, 5, True), (123, 456, 2 ** 64), (2 ** 64 + 1, -1, 2 ** 61 - 1)]:
    show("pow(%r, %r, %r)" % (b, e, m), lambda: pow(b, e, m))
show("inverse check", lambda: pow(38, -1, 97) * 38 % 97)
show("no inverse", lambda: pow(6, -1, 9))
show("no inverse big", lambda: pow(2 ** 70, -1, 2 ** 10))
show("mod zero", lambda: pow(2, 3, 0))
show("mod zero negative exp", lambda: pow(2, -3, 0))
show("float base", lambda: pow(2.0, 3, 5))
show("float exp", lambda: pow(2, 3.0, 5))
show("float mod", lambda: pow(2, 3, 5.0))
show("complex", lambda: pow(2j, 3, 5))
show("str", lambda: pow("2", 3, 5))
show("None mod", lambda: pow(2, 3, None))
show("kw mod None", lambda: pow(2, 3, mod=None))
show("kw all", lambda: pow(base=3, exp=4, mod=5))
show("kw bad", lambda: pow(2, 3, modulus=5))
show("too many", lambda: pow(1, 2, 3, 4))
show("operator form", lambda: (2).__pow__(10, 1000))
show("rpow ignores mod", lambda: (2).__rpow__(3))
show("int.__pow__ float", lambda: (2).__pow__(0.5))
print(pow(2, -1), pow(-2, -3), pow(2, -2) == 0.25, pow(0.0, 0), pow(-1, 0.5) == 1j or pow(-1, 0.5), type(pow(-8, 1 / 3)).__name__)
show("0 ** -1", lambda: pow(0, -1))
show("0.0 ** -1", lambda: pow(0.0, -1))
show("0.0 ** -inf", lambda: pow(0.0, float("-inf")))
show("-0.0 ** -1", lambda: pow(-0.0, -1))
show("overflow", lambda: pow(10.0, 400))
show("big exponent", lambda: pow(1, 10 ** 100))
show("big negative", lambda: pow(-1, 10 ** 100 + 1))
show("0j ** -1", lambda: pow(0j, -1))
show("0j ** 1j", lambda: pow(0j, 1j))
show("complex big", lambda: pow(1e300j, 2))

class P:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
    def __rpow__(self, other, mod=None):
        return ("rpow", other, mod)
show("custom 2", lambda: pow(P(), 2))
show("custom 3", lambda: pow(P(), 2, 5))
show("custom r", lambda: pow(2, P()))
show("custom r 3", lambda: pow(2, P(), 5))
show("custom op", lambda: P() ** 3)
show("custom rop", lambda: 3 ** P())
class TwoArg:
    def __pow__(self, other):
        return "two"
show("two-arg with mod", lambda: pow(TwoArg(), 2, 3))
show("two-arg without", lambda: pow(TwoArg(), 2))

values = [7, -7, True, 7.5, -7.5, 2 ** 70]
for a in values:
    for b in [2, -2, 2.5, True]:
        show("divmod(%r, %r)" % (a, b), lambda: divmod(a, b))
show("divmod complex", lambda: divmod(1 + 1j, 1))
show("divmod zero", lambda: divmod(5, 0))
show("divmod zero float", lambda: divmod(5, 0.0))
show("divmod inf", lambda: divmod(5.0, float("inf")))
show("divmod -inf", lambda: divmod(-5.0, float("inf")))
show("divmod nan", lambda: divmod(float("nan"), 1))
show("divmod -0.0", lambda: divmod(-0.0, 1))
class D:
    def __divmod__(self, other):
        return "dm"
    def __rdivmod__(self, other):
        return "rdm"
print(divmod(D(), 1), divmod(1, D()))
for v, n in [(2.5, None), (2.5, 0), (-0.5, None), (0.125, 2), (12345.678, -2), (7, -1), (15, -1), (25, -1), (-25, -1),
             (True, None), (True, 2), (10 ** 20 + 50, -2), (1e300, -300), (1e-300, 300), (2.5, 10 ** 20), (5, -400)]:
    show("round(%r, %r)" % (v, n), lambda: round(v, n))
show("round str ndigits", lambda: round(2, "1"))
show("round float ndigits", lambda: round(2, 1.0))
show("round complex", lambda: round(1 + 1j, 1))
show("round inf digits", lambda: round(float("inf"), 2))
show("round nan digits", lambda: round(float("nan"), 0))
show("round kw", lambda: round(number=2.567, ndigits=1))
