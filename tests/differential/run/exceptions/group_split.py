# ExceptionGroup.split / subgroup with classes, tuples and predicates; nesting, identity, metadata copying.
def names(g):
    if g is None:
        return None
    if isinstance(g, BaseExceptionGroup):
        return (g.message, [names(e) for e in g.exceptions])
    return type(g).__name__ + ":" + str(g)

def show(label, f):
    try:
        r = f()
        if isinstance(r, tuple):
            print(label, [names(x) for x in r])
        else:
            print(label, names(r))
    except Exception as e:
        print(label, type(e).__name__, e)

g = ExceptionGroup("top", [ValueError("v1"), TypeError("t1"),
                           ExceptionGroup("mid", [ValueError("v2"), KeyError("k1"),
                                                  ExceptionGroup("deep", [TypeError("t2")])])])
show("split ValueError", lambda: g.split(ValueError))
show("split TypeError", lambda: g.split(TypeError))
show("split tuple", lambda: g.split((ValueError, KeyError)))
show("split Exception", lambda: g.split(Exception))
show("split nothing", lambda: g.split(OSError))
show("split group class", lambda: g.split(ExceptionGroup))
show("split predicate", lambda: g.split(lambda e: "2" in str(e)))
show("split predicate groups", lambda: g.split(lambda e: isinstance(e, ExceptionGroup) and e.message == "mid"))
show("subgroup ValueError", lambda: g.subgroup(ValueError))
show("subgroup nothing", lambda: g.subgroup(OSError))
show("subgroup predicate", lambda: g.subgroup(lambda e: isinstance(e, TypeError)))
show("subgroup all", lambda: g.subgroup(BaseException))
print("identity split all", g.split(Exception)[0] is g, g.subgroup(Exception) is g)
print("identity predicate", g.subgroup(lambda e: True) is g)
show("split int", lambda: g.split(1))
show("split instance", lambda: g.split(ValueError("x")))
show("split tuple with int", lambda: g.split((ValueError, 1)))
show("split no args", lambda: g.split())
show("split non-exc class", lambda: g.split(int))
show("subgroup str", lambda: g.subgroup("ValueError"))
show("predicate raises", lambda: g.split(lambda e: 1 / 0))
calls = []
def pred(e):
    calls.append(names(e) if not isinstance(e, BaseExceptionGroup) else e.message)
    return False
g.split(pred)
print("predicate calls", calls)

b = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError("v")])
m, r = b.split(ValueError)
print("base split types", type(m).__name__, type(r).__name__, names(m), names(r))
m, r = b.split(KeyboardInterrupt)
print("base split types 2", type(m).__name__, type(r).__name__)

e = ExceptionGroup("meta", [ValueError("a"), KeyError("b")])
e.__cause__ = RuntimeError("cause")
e.__context__ = LookupError("context")
e.add_note("note one")
try:
    raise e
except ExceptionGroup as caught:
    pass
m, r = e.split(ValueError)
for part in (m, r):
    print("copied", repr(part.__cause__), repr(part.__context__), part.__notes__, part.__traceback__ is e.__traceback__,
          part.__notes__ is e.__notes__)
e.__notes__ = "not a list"
show("notes not list", lambda: e.split(ValueError)[0].__notes__)
e.__notes__ = ("tuple", "notes")
show("notes tuple", lambda: e.split(ValueError)[0].__notes__)

class MyGroup(ExceptionGroup):
    pass
mg = MyGroup("mine", [ValueError(), KeyError()])
m, r = mg.split(ValueError)
print("subclass split without derive", type(m).__name__, type(r).__name__)
class Derived(ExceptionGroup):
    def derive(self, excs):
        return Derived(self.message + "+", excs)
dg = Derived("d", [ValueError(), KeyError(), Derived("inner", [ValueError()])])
m, r = dg.split(ValueError)
print("derive", type(m).__name__, names(m), type(r).__name__, names(r))
class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 42
show("derive returns int", lambda: BadDerive("x", [ValueError(), KeyError()]).split(ValueError))
print("derive direct", names(g.derive([KeyError("x")])), type(g.derive([])).__name__ if False else "")
show("derive empty", lambda: g.derive([]))
show("derive base exc", lambda: g.derive([KeyboardInterrupt()]))
