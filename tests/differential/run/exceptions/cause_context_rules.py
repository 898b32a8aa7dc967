# Assigning __cause__, __context__, __suppress_context__, __traceback__ and args: accepted values and messages.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

e = ValueError("v")
show("cause default", lambda: (e.__cause__, e.__context__, e.__suppress_context__))
def set_attr(obj, name, value):
    setattr(obj, name, value)
    return getattr(obj, name)
show("cause exc", lambda: repr(set_attr(e, "__cause__", KeyError("k"))))
show("suppress after cause", lambda: e.__suppress_context__)
show("cause None", lambda: set_attr(e, "__cause__", None))
show("cause int", lambda: set_attr(e, "__cause__", 1))
show("cause class", lambda: set_attr(e, "__cause__", KeyError))
show("cause str", lambda: set_attr(e, "__cause__", "x"))
show("context exc", lambda: repr(set_attr(e, "__context__", TypeError("t"))))
show("context None", lambda: set_attr(e, "__context__", None))
show("context int", lambda: set_attr(e, "__context__", 1))
show("context class", lambda: set_attr(e, "__context__", TypeError))
show("del cause", lambda: delattr(e, "__cause__"))
show("del context", lambda: delattr(e, "__context__"))
show("suppress int", lambda: set_attr(e, "__suppress_context__", 1))
show("suppress str", lambda: set_attr(e, "__suppress_context__", "yes"))
show("suppress False", lambda: set_attr(e, "__suppress_context__", False))
show("del suppress", lambda: delattr(e, "__suppress_context__"))
show("traceback None", lambda: set_attr(e, "__traceback__", None))
show("traceback int", lambda: set_attr(e, "__traceback__", 1))
show("del traceback", lambda: delattr(e, "__traceback__"))
show("args list", lambda: set_attr(e, "args", [1, 2]))
show("args str", lambda: set_attr(e, "args", "ab"))
show("args int", lambda: set_attr(e, "args", 5))
show("del args", lambda: delattr(e, "args"))
show("str after args", lambda: str(ValueError()))
show("with_traceback None", lambda: ValueError().with_traceback(None).__traceback__)
show("with_traceback int", lambda: ValueError().with_traceback(1))
show("with_traceback none", lambda: ValueError().with_traceback())
try:
    raise KeyError("x")
except KeyError as k:
    tb = k.__traceback__
show("with_traceback tb", lambda: ValueError().with_traceback(tb).__traceback__ is tb)
show("with_traceback returns self", lambda: (lambda v: v.with_traceback(None) is v)(ValueError()))
show("tb fields", lambda: (type(tb).__name__, tb.tb_lineno, tb.tb_next, type(tb.tb_frame).__name__))
show("raise from int", lambda: exec("raise ValueError from 1"))
show("raise from str", lambda: exec("raise ValueError from 'x'"))
show("raise from class", lambda: exec("raise ValueError from KeyError"))
def raise_from_bad_class():
    class Bad(Exception):
        def __init__(self):
            raise RuntimeError("ctor failed")
    raise ValueError from Bad
show("raise from failing class", raise_from_bad_class)
def from_none():
    try:
        raise KeyError("inner")
    except KeyError:
        raise ValueError("outer") from None
try:
    from_none()
except ValueError as v:
    print("from None", v.__cause__, repr(v.__context__), v.__suppress_context__)
def from_exc():
    try:
        raise KeyError("inner")
    except KeyError as k:
        raise ValueError("outer") from TypeError("cause")
try:
    from_exc()
except ValueError as v:
    print("from exc", repr(v.__cause__), repr(v.__context__), v.__suppress_context__)
def from_class():
    raise ValueError("outer") from TypeError
try:
    from_class()
except ValueError as v:
    print("from class", repr(v.__cause__), v.__cause__.__traceback__)
def self_context():
    err = ValueError("same")
    try:
        raise err
    except ValueError:
        raise err
try:
    self_context()
except ValueError as v:
    print("self context", v.__context__)
