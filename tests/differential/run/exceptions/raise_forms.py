# raise statement forms: classes, instances, non-exceptions, failing constructors, bare raise.
def show(label, f):
    try:
        f()
        print(label, "no exception")
    except BaseException as e:
        print(label, type(e).__name__, e)

def r(x):
    def f():
        raise x
    return f
show("class", r(ValueError))
show("instance", r(ValueError("msg")))
show("int", r(1))
show("str", r("error"))
show("None", r(None))
show("object class", r(object))
show("type", r(type))
show("instance of non-exc", r(object()))
show("tuple", r((ValueError, KeyError)))
show("list", r([ValueError]))
class NotExc:
    pass
show("plain class", r(NotExc))
class Fails(Exception):
    def __init__(self):
        raise RuntimeError("ctor failed")
show("failing ctor", r(Fails))
class NeedsArg(Exception):
    def __init__(self, a):
        super().__init__(a)
show("ctor needs arg", r(NeedsArg))
class NewReturnsOther(Exception):
    def __new__(cls):
        return 42
show("__new__ returns int", r(NewReturnsOther))
class NewReturnsExc(Exception):
    def __new__(cls):
        return KeyError("from new")
show("__new__ returns other exc", r(NewReturnsExc))
show("base exc", r(BaseException))
show("system exit", r(SystemExit(3)))
show("keyboard interrupt", r(KeyboardInterrupt))
show("generator exit", r(GeneratorExit()))
show("stop iteration", r(StopIteration(5)))
def bare():
    raise
show("bare no active", bare)
def bare_in_handler():
    try:
        raise KeyError("k")
    except KeyError:
        raise
show("bare in handler", bare_in_handler)
def bare_after_handler():
    try:
        raise KeyError("k")
    except KeyError:
        pass
    raise
show("bare after handler", bare_after_handler)
def bare_in_finally():
    try:
        raise KeyError("in try")
    finally:
        print("  finally runs")
show("exception through finally", bare_in_finally)
def nested_bare():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise ValueError("inner")
        except ValueError:
            pass
        raise
show("bare after nested handler", nested_bare)
def raise_in_func_called_from_handler():
    def helper():
        raise
    try:
        raise IndexError("active")
    except IndexError:
        helper()
show("bare in callee", raise_in_func_called_from_handler)
def from_forms(cause):
    def f():
        raise ValueError("v") from cause
    return f
for cause in [None, KeyError, KeyError("k"), 1, "s", object, NotExc, Fails]:
    try:
        from_forms(cause)()
    except BaseException as e:
        print("from", getattr(cause, "__name__", repr(cause)), type(e).__name__, e, repr(e.__cause__))
def raise_instance_twice():
    e = ValueError("again")
    for i in range(2):
        try:
            raise e
        except ValueError as x:
            print("  tb depth", len([1 for _ in iter(lambda t=[x.__traceback__]: t.__setitem__(0, t[0].tb_next) or t[0], None)]) + 1)
show("reraise same instance", raise_instance_twice)
class Meta(type):
    pass
class WithMeta(Exception, metaclass=Meta):
    pass
show("metaclass exc", r(WithMeta))
raise Fails
