# Builtin attributes are member descriptors (fields) or getset descriptors
# (computed); each kind has its own messages for writes and deletes.
import sys


def kind(t, name):
    return type(vars(t)[name]).__name__


def try_set(obj, name, value):
    try:
        setattr(obj, name, value)
        print("set", name, "->", repr(getattr(obj, name)))
    except Exception as e:
        print("set", name, type(e).__name__, e)


def try_del(obj, name):
    try:
        delattr(obj, name)
        print("del", name, "->", repr(getattr(obj, name, "<gone>")))
    except Exception as e:
        print("del", name, type(e).__name__, e)


def f():
    pass


def gen():
    yield 1


try:
    raise ValueError("x")
except ValueError as e:
    tb = e.__traceback__

frame = sys._getframe()
print(kind(slice, "start"), kind(complex, "real"), kind(range, "step"))
print(kind(type(f.__code__), "co_name"), kind(type(f.__code__), "co_varnames"))
print(kind(type(tb), "tb_lineno"), kind(type(tb), "tb_next"))
print(kind(type(frame), "f_trace_lines"), kind(type(frame), "f_lineno"))
print(kind(type(f), "__doc__"), kind(type(f), "__name__"), kind(type(f), "__globals__"))
print(kind(type(gen()), "gi_code"), kind(type(gen()), "gi_frame"))
print(kind(property, "__doc__"), kind(property, "fget"))
print(kind(BaseException, "__suppress_context__"), kind(BaseException, "args"))
print(kind(StopIteration, "value"), kind(OSError, "errno"), kind(OSError, "characters_written"))
print(kind(type(len), "__module__"), kind(type(len), "__name__"))
print(kind(type(list.append), "__name__"), kind(type(list.append), "__qualname__"))
print(kind(type(vars(slice)["start"]), "__name__"), kind(type(vars(slice)["start"]), "__qualname__"))
print(kind(type(sys.flags), "optimize"), kind(type, "__doc__"), kind(type, "__mro__"))
print(type.__doc__.splitlines()[0])
class Documented:
    "doc of Documented"


print(type(vars(type)["__doc__"]).__name__, vars(type)["__doc__"].__get__(Documented))

s = slice(1, 2, 3)
for name in ("start", "stop", "step"):
    try_set(s, name, 9)
    try_del(s, name)
c = 1 + 2j
try_set(c, "real", 5.0)
try_del(c, "imag")
r = range(5)
try_set(r, "start", 1)
try_set(f.__code__, "co_name", "g")
try_del(f.__code__, "co_consts")
try_set(f.__code__, "co_varnames", ())
try_set(f.__code__, "co_code", b"")
try_set(tb, "tb_lineno", 3)
try_set(tb, "tb_frame", None)
try_set(gen(), "gi_code", f.__code__)
try_set(gen(), "gi_frame", None)
try_set(gen(), "gi_running", True)
try_set(frame, "f_trace_lines", 1)
try_del(frame, "f_trace_lines")
try_set(frame, "f_trace_opcodes", True)
try_set(frame, "f_globals", {})
try_set(f, "__globals__", {})
try_set(f, "__closure__", None)
try_set(f, "__doc__", "doc")
try_del(f, "__doc__")
try_set(f, "__module__", 5)
try_del(f, "__module__")

p = property(doc="pd")
try_set(p, "__doc__", "new")
try_set(p, "fget", None)

e = StopIteration(1)
try_set(e, "value", 2)
try_del(e, "value")
try_set(e, "__suppress_context__", 1)
try_del(e, "__suppress_context__")
u = UnicodeDecodeError("utf-8", b"ab", 0, 1, "bad")
try_set(u, "start", "x")
try_del(u, "end")
try_set(u, "reason", 5)
o = OSError(2, "no")
try_set(o, "errno", "E")
try_del(o, "strerror")
try_set(o, "characters_written", 3)

try_set(len, "__module__", "mine")
try_del(len, "__module__")
try_set(len, "__name__", "x")
try_set(list.append, "__name__", "x")
try_set(list.append, "__qualname__", "x")
try_set(vars(slice)["start"], "__name__", "x")
try_set(vars(slice)["start"], "__objclass__", int)
try_set(vars(type(f))["__code__"], "__name__", "x")
try_set(int.__add__, "__objclass__", int)
try_set(sys.flags, "optimize", 1)
try_set(type, "__mro__", ())

try:
    vars(slice)["start"].__get__(5)
except Exception as ex:
    print(type(ex).__name__, ex)
try:
    vars(slice)["start"].__set__(5, 1)
except Exception as ex:
    print(type(ex).__name__, ex)
print(vars(slice)["start"].__get__(slice(7)), vars(slice)["stop"].__get__(slice(7)))
print(repr(vars(complex)["imag"]).split(" at ")[0])
print(vars(complex)["imag"].__doc__)
