# NotImplemented in every binary operator: forward, reflected, in-place, the
# subclass-first rule, and the TypeError when every side declines.
import _operator as operator

OPS = [
    ("+", "add"), ("-", "sub"), ("*", "mul"), ("@", "matmul"), ("/", "truediv"),
    ("//", "floordiv"), ("%", "mod"), ("**", "pow"), ("<<", "lshift"),
    (">>", "rshift"), ("&", "and"), ("^", "xor"), ("|", "or"),
]
log = []


def make(name, answer):
    def method(self, other):
        log.append("%s.%s" % (type(self).__name__, name))
        return answer
    return method


def cls(cname, answer, base=object):
    ns = {}
    for _, op in OPS:
        for prefix in ("", "r", "i"):
            ns["__%s%s__" % (prefix, op)] = make("__%s%s__" % (prefix, op), answer)
    return type(cname, (base,), ns)


Decline = cls("Decline", NotImplemented)
Accept = cls("Accept", "ok")
SubDecline = cls("SubDecline", NotImplemented, Decline)


class Plain:
    pass


def run(label, expr, env):
    log.clear()
    try:
        result = eval(expr, env)
    except Exception as e:
        result = "%s: %s" % (type(e).__name__, e)
    print(label, repr(result), log)


for sym, name in OPS:
    env = {"d": Decline(), "a": Accept(), "s": SubDecline(), "p": Plain()}
    run(sym + " d,a", "d %s a" % sym, env)
    run(sym + " a,d", "a %s d" % sym, env)
    run(sym + " d,d", "d %s d" % sym, env)
    run(sym + " d,s", "d %s s" % sym, env)
    run(sym + " d,p", "d %s p" % sym, env)


def inplace(sym, left, right):
    log.clear()
    x = left
    try:
        exec("x %s= y" % sym, {}, ns := {"x": x, "y": right})
        result = ns["x"]
    except Exception as e:
        result = "%s: %s" % (type(e).__name__, e)
    print("in-place", sym, type(left).__name__, type(right).__name__, repr(result), log)


for sym, _ in OPS:
    inplace(sym, Decline(), Accept())
    inplace(sym, Decline(), Plain())
inplace("+", [1], Decline())
inplace("*", [1], Decline())
inplace("+", "s", Decline())
inplace("|", {1}, Decline())
inplace("|", {}, Decline())

print(operator.add(Decline(), Accept()), log)
try:
    pow(Decline(), Decline(), 5)
except TypeError as e:
    print("ternary pow", e)
try:
    operator.matmul(1, 2)
except TypeError as e:
    print("matmul ints", e)
try:
    divmod(Decline(), Plain())
except TypeError as e:
    print("divmod", e)


class RDiv:
    def __rdivmod__(self, other):
        return "rdivmod", other


print(divmod(3, RDiv()))
