# sys.setprofile: 'call'/'return' for Python frames, 'c_call'/'c_return'/'c_exception'
# around builtin functions and methods called from Python code.
import sys

events = []


def describe(arg):
    if arg is None:
        return "None"
    if type(arg).__name__ == "builtin_function_or_method":
        owner = getattr(arg, "__self__", None)
        where = type(owner).__name__ if owner is not None and type(owner).__name__ != "module" else "module"
        return "%s(%s)" % (arg.__name__, where)
    r = repr(arg)
    return "<%s object>" % type(arg).__name__ if " at 0x" in r else r


def profiler(frame, event, arg):
    events.append((event, frame.f_code.co_name, frame.f_lineno, describe(arg)))
    return "ignored"


def run(func, *args):
    del events[:]
    sys.setprofile(profiler)
    try:
        result = func(*args)
    except Exception as e:
        result = "raised %s" % type(e).__name__
    finally:
        sys.setprofile(None)
    print("%s -> %r" % (func.__name__, result))
    for e in events:
        print("   ", *e)


def builtins_calls():
    n = len([1, 2, 3])
    s = sorted([3, 1, 2], key=abs)
    m = max(1, 2)
    return n, s, m


def methods():
    a = []
    a.append(1)
    a.extend([2, 3])
    d = {}
    d.setdefault("k", 0)
    s = "a,b".split(",")
    return a, d, s


def unbound_method():
    a = []
    list.append(a, 5)
    return a


def builtin_raises():
    try:
        int("nope")
    except ValueError:
        pass
    try:
        [].pop()
    except IndexError:
        pass
    return "ok"


def star_call():
    args = (1, 2)
    return max(*args), divmod(*args)


def kw_call():
    return sorted([2, 1], reverse=True), int("10", base=2)


def type_calls():
    # Calling a type or a Python class is no c_call.
    class A:
        pass
    return type(A()).__name__, list((1,)), str(5)


def py_callback():
    return list(map(lambda x: x + 1, [1, 2]))


def generator():
    def g():
        yield 1
        yield 2
    return list(g())


def nested():
    def inner(x):
        return abs(x)
    return inner(-3)


def exception_leaves():
    def boom():
        raise KeyError("b")
    try:
        boom()
    except KeyError:
        return "caught"


run(builtins_calls)
run(methods)
run(unbound_method)
run(builtin_raises)
run(star_call)
run(kw_call)
run(type_calls)
run(py_callback)
run(generator)
run(nested)
run(exception_leaves)

# Profile and trace functions together; getprofile.
def tracer(frame, event, arg):
    events.append(("trace", event, frame.f_code.co_name))
    return tracer
del events[:]
sys.setprofile(profiler)
sys.settrace(tracer)
nested()
sys.settrace(None)
sys.setprofile(None)
for e in events:
    print("   ", *e)
print(sys.getprofile())

# A profile function that raises is removed.
def bad_profiler(frame, event, arg):
    if event == "c_call":
        raise RuntimeError("profiler failed")
sys.setprofile(bad_profiler)
try:
    len([])
except RuntimeError as e:
    print("caught", e)
print("getprofile after error:", sys.getprofile())

# getprofile inside; setprofile(None) inside stops reporting.
seen = []
def probe(frame, event, arg):
    seen.append((event, sys.getprofile() is probe))
    if event == "return":
        sys.setprofile(None)
sys.setprofile(probe)
nested()
print(seen)
