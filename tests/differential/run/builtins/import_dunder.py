# __import__ of the builtin modules: globals/locals/fromlist/level in every
# form, what `import` statements pass it, replacing builtins.__import__,
# sys.modules entries that are not modules, and the errors.
import sys
import builtins

def show(label, f):
    try:
        r = f()
        print(label, "->", r.__name__ if type(r) is type(sys) else repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

for name in ["sys", "gc", "math", "itertools", "builtins", "_collections", "_functools", "_operator", "_weakref"]:
    m = __import__(name)
    print(name, type(m).__name__, m.__name__, m is sys.modules[name], m.__package__)
show("fromlist", lambda: __import__("math", fromlist=["sqrt"]))
show("fromlist missing name", lambda: __import__("math", fromlist=["no_such"]))
show("fromlist star", lambda: __import__("sys", fromlist=["*"]))
show("fromlist tuple", lambda: __import__("gc", None, None, ("collect",)))
show("fromlist empty", lambda: __import__("gc", {}, {}, []))
show("fromlist str", lambda: __import__("gc", fromlist="collect"))
show("fromlist int", lambda: __import__("gc", fromlist=5))
show("level 0 kw", lambda: __import__("sys", level=0))
show("globals kw", lambda: __import__("sys", globals={}))
show("locals ignored", lambda: __import__("sys", locals=5))
show("globals int", lambda: __import__("sys", globals=5))
show("level -1", lambda: __import__("sys", level=-1))
show("level str", lambda: __import__("sys", level="0"))
show("level 1 no package", lambda: __import__("sys", globals={}, level=1))
show("level 1 globals None", lambda: __import__("sys", None, None, [], 1))
show("level 1 empty name", lambda: __import__("", {"__name__": "top"}, None, [], 1))
show("level 1 package str", lambda: __import__("x", {"__package__": "", "__name__": "m"}, None, [], 1))
show("level 1 package int", lambda: __import__("x", {"__package__": 5}, None, [], 1))
show("level 1 resolves", lambda: __import__("x", {"__package__": "pkg"}, None, [], 1))
show("level 1 resolves to sys", lambda: __import__("", {"__package__": "sys"}, None, [], 1))
show("level 1 from __name__", lambda: __import__("gc", {"__name__": "sys.sub"}, None, ["collect"], 1))
show("level 1 __name__ int", lambda: __import__("gc", {"__name__": 3}, None, [], 1))
show("level 1 spec parent", lambda: __import__("", {"__spec__": type("S", (), {"parent": "gc"})()}, None, [], 1))
show("level 1 spec parent int", lambda: __import__("", {"__spec__": type("S", (), {"parent": 1})()}, None, [], 1))
show("level 1 spec no parent", lambda: __import__("", {"__spec__": 1}, None, [], 1))
show("level 1 name empty, no fromlist", lambda: __import__("", {"__package__": "math"}, None, None, 1))
show("level 2 beyond", lambda: __import__("x", {"__package__": "pkg", "__name__": "pkg.m"}, None, [], 2))
show("empty name", lambda: __import__(""))
show("name int", lambda: __import__(5))
show("name bytes", lambda: __import__(b"sys"))
show("no args", lambda: __import__())
show("too many", lambda: __import__("sys", None, None, None, 0, 1))
show("unknown kw", lambda: __import__("sys", spam=1))
show("dotted missing", lambda: __import__("sys.nothing"))
show("missing module", lambda: __import__("no_such_module_abc"))
try:
    __import__("no_such_module_abc")
except ImportError as e:
    print(type(e).__name__, e.name, e.path, e.msg, isinstance(e, ModuleNotFoundError))
try:
    import math.nothing
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from math import nothing
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from sys import nothing_in_sys
except ImportError as e:
    print(type(e).__name__, e, e.name)

calls = []
real = builtins.__import__
def spy(name, globals=None, locals=None, fromlist=(), level=0):
    calls.append((name, type(globals).__name__, type(locals).__name__, fromlist, level))
    return real(name, globals, locals, fromlist, level)
builtins.__import__ = spy
import gc
import math as m2
from itertools import count, chain
from sys import *
def inner():
    import sys
    from gc import collect
inner()
builtins.__import__ = real
for c in calls:
    print("import called", c)
builtins.__import__ = lambda *a, **k: "not a module"
import anything
print("replaced:", anything)
try:
    from whatever import thing
except ImportError as e:
    print(type(e).__name__, e, e.name)
builtins.__import__ = real
try:
    from whatever import thing
except Exception as e:
    print(type(e).__name__, e)
del builtins.__import__
try:
    import sys
except ImportError as e:
    print(type(e).__name__, e)
builtins.__import__ = real

sys.modules["fake"] = 42
import fake
print("fake:", fake)
sys.modules["fake"] = None
show("None in sys.modules", lambda: __import__("fake"))
try:
    import fake
except ImportError as e:
    print(type(e).__name__, e, e.name)
class Obj:
    attr = "value"
sys.modules["fake"] = Obj()
from fake import attr
print("from object:", attr)
show("from object missing", lambda: exec("from fake import missing"))
del sys.modules["fake"]
saved = sys.modules.pop("math")
import math
print("reimported", math is saved, math.sqrt(16.0))
