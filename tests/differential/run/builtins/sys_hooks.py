# sys.displayhook and sys.excepthook: the defaults called directly, their
# argument checks, builtins._, replaced hooks, and an uncaught exception
# going through a replaced excepthook that itself fails.
import sys
import builtins

def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(sys.displayhook is sys.__displayhook__, sys.excepthook is sys.__excepthook__)
print(sys.displayhook.__name__, sys.excepthook.__name__, type(sys.displayhook).__name__)
builtins._ = "start"
show("display int", lambda: sys.displayhook(42))
print("_ is", builtins._)
show("display None", lambda: sys.displayhook(None))
print("_ after None", builtins._)
show("display str", lambda: sys.displayhook("text"))
show("display list", lambda: sys.displayhook([1, "a"]))
print("_ is", builtins._)
class R:
    def __repr__(self):
        return "R-repr"
show("display custom", lambda: sys.displayhook(R()))
print("_ type", type(builtins._).__name__)
class BadRepr:
    def __repr__(self):
        raise ValueError("repr failed")
show("display bad repr", lambda: sys.displayhook(BadRepr()))
print("_ after failure", type(builtins._).__name__)
class NonStrRepr:
    def __repr__(self):
        return 5
show("display non-str repr", lambda: sys.displayhook(NonStrRepr()))
show("display no args", lambda: sys.displayhook())
show("display two args", lambda: sys.displayhook(1, 2))
show("display kw", lambda: sys.displayhook(o=1))
show("display non-ascii", lambda: sys.displayhook("é\u20ac"))
del builtins._
show("display without _", lambda: sys.displayhook(7))
print("_ recreated", builtins._)
saved_stdout = sys.stdout
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
cap = Capture()
sys.stdout = cap
sys.displayhook("to capture")
sys.stdout = saved_stdout
print("captured", cap.parts)
sys.stdout = None
show("display stdout None", lambda: sys.displayhook(1))
sys.stdout = saved_stdout
del sys.stdout
try:
    sys.displayhook(1)
except RuntimeError as e:
    err = e
sys.stdout = saved_stdout
print(type(err).__name__, err)

def report(t, v, tb):
    print("hook got", t.__name__, v, type(tb).__name__)
try:
    raise KeyError("k")
except KeyError as e:
    sys.__excepthook__(type(e), e, e.__traceback__)
    report(type(e), e, e.__traceback__)
show("excepthook no tb", lambda: sys.excepthook(ValueError, ValueError("no tb"), None))
show("excepthook value only", lambda: sys.excepthook(None, ValueError("v"), None))
show("excepthook non-exception", lambda: sys.excepthook(int, 5, None))
show("excepthook str value", lambda: sys.excepthook(str, "plain", None))
show("excepthook two args", lambda: sys.excepthook(1, 2))
show("excepthook bad tb", lambda: sys.excepthook(ValueError, ValueError("x"), 5))
e1 = ValueError("chained")
e1.__cause__ = KeyError("cause")
show("excepthook chained", lambda: sys.excepthook(ValueError, e1, None))
class Custom(Exception):
    def __str__(self):
        return "custom str"
show("excepthook custom str", lambda: sys.excepthook(Custom, Custom(), None))
class Empty(Exception):
    pass
show("excepthook empty message", lambda: sys.excepthook(Empty, Empty(), None))
Empty.__module__ = "pkg.mod"
show("excepthook module-qualified", lambda: sys.excepthook(Empty, Empty("m"), None))
sys.stdout.flush()

def broken_hook(t, v, tb):
    print("broken hook called with", t.__name__, v)
    raise RuntimeError("hook failed")
sys.excepthook = broken_hook
print("about to fail")
raise LookupError("uncaught")
