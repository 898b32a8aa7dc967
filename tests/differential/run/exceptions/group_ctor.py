# ExceptionGroup / BaseExceptionGroup constructors: argument checks, class selection, attributes, str/repr.
def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

show("basic", lambda: ExceptionGroup("msg", [ValueError(1), TypeError(2)]))
show("tuple", lambda: ExceptionGroup("msg", (ValueError(1),)))
show("base with exceptions", lambda: BaseExceptionGroup("msg", [ValueError(1)]))
show("base with base", lambda: BaseExceptionGroup("msg", [KeyboardInterrupt()]))
show("eg with base", lambda: ExceptionGroup("msg", [KeyboardInterrupt()]))
show("eg with mixed", lambda: ExceptionGroup("msg", [ValueError(), SystemExit()]))
show("empty", lambda: ExceptionGroup("msg", []))
show("no args", lambda: ExceptionGroup())
show("one arg", lambda: ExceptionGroup("msg"))
show("three args", lambda: ExceptionGroup("msg", [ValueError()], 3))
show("msg not str", lambda: ExceptionGroup(1, [ValueError()]))
show("msg None", lambda: ExceptionGroup(None, [ValueError()]))
show("excs not seq", lambda: ExceptionGroup("msg", ValueError()))
show("excs set", lambda: ExceptionGroup("msg", {ValueError()}))
show("excs generator", lambda: ExceptionGroup("msg", (e for e in [ValueError()])))
show("excs str", lambda: ExceptionGroup("msg", "ab"))
show("item class", lambda: ExceptionGroup("msg", [ValueError]))
show("item int", lambda: ExceptionGroup("msg", [ValueError(), 1]))
show("kw", lambda: ExceptionGroup("msg", [ValueError()], x=1))
show("kw only", lambda: ExceptionGroup(message="m", exceptions=[ValueError()]))
show("nested", lambda: ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError(1)]), KeyError(2)]))
g = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
print("message", repr(g.message), "exceptions", g.exceptions, type(g.exceptions).__name__)
print("args", g.args, "str", str(g))
print("single str", str(ExceptionGroup("one", [ValueError()])))
print("isinstance", isinstance(g, BaseExceptionGroup), isinstance(g, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
print("mro", [c.__name__ for c in ExceptionGroup.__mro__])
show("set message", lambda: setattr(g, "message", "new"))
show("set exceptions", lambda: setattr(g, "exceptions", ()))
lst = [ValueError("a")]
g2 = ExceptionGroup("copy", lst)
lst.append(KeyError("b"))
print("copied", g2.exceptions, g2.args[1] is lst)

class MyGroup(ExceptionGroup):
    pass
show("subclass", lambda: MyGroup("m", [ValueError()]))
class MyBaseGroup(BaseExceptionGroup):
    pass
show("base subclass exc", lambda: MyBaseGroup("m", [ValueError()]))
show("base subclass base", lambda: MyBaseGroup("m", [KeyboardInterrupt()]))
class WithInit(ExceptionGroup):
    def __init__(self, message, excs, extra):
        super().__init__(message, excs)
        self.extra = extra
    def __new__(cls, message, excs, extra):
        return super().__new__(cls, message, excs)
w = WithInit("m", [ValueError()], "x")
print("custom init", type(w).__name__, w.extra, w.args, str(w))
class BadBase(BaseExceptionGroup, Exception):
    pass
show("base+exception subclass base", lambda: BadBase("m", [KeyboardInterrupt()]))
show("base+exception subclass exc", lambda: BadBase("m", [ValueError()]))
class NotGroup(Exception):
    pass
class Mixed(ExceptionGroup, NotGroup):
    pass
show("mixed bases", lambda: Mixed("m", [ValueError()]))
show("class getitem", lambda: ExceptionGroup[int])
show("base class getitem", lambda: BaseExceptionGroup[ValueError])
show("repr nested", lambda: repr(BaseExceptionGroup("x", [BaseExceptionGroup("y", [GeneratorExit()])])))
show("str with notes", lambda: str(ExceptionGroup("n", [ValueError(), ValueError(), ValueError()])))
