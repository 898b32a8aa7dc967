# StopIteration.value through generators and iterators, SystemExit.code and exit statuses.
def show(label, f):
    try:
        print(label, repr(f()))
    except BaseException as e:
        print(label, type(e).__name__, repr(e))

def gen_return(v):
    yield 1
    return v
def get_stop(g):
    try:
        while True:
            next(g)
    except StopIteration as s:
        return (s.value, s.args)
show("return value", lambda: get_stop(gen_return(42)))
show("return None", lambda: get_stop(gen_return(None)))
show("return tuple", lambda: get_stop(gen_return((1, 2))))
show("return exception", lambda: get_stop(gen_return(ValueError("v"))))
def yf():
    r = yield from gen_return("inner")
    return ("outer", r)
show("yield from value", lambda: get_stop(yf()))
def stop_inside():
    yield 1
    raise StopIteration("leaked")
show("StopIteration in generator", lambda: list(stop_inside()))
def get_cause():
    try:
        list(stop_inside())
    except RuntimeError as r:
        return (str(r), repr(r.__cause__), repr(r.__context__))
show("cause", get_cause)
show("next exhausted", lambda: next(iter([])))
show("iterator value", lambda: get_stop(iter([1])))
s = StopIteration()
show("default value", lambda: (s.value, s.args))
s = StopIteration(1, 2)
show("two args", lambda: (s.value, s.args))
s.value = "set"
show("value set", lambda: (s.value, s.args, str(s)))
show("send on new", lambda: gen_return(1).send(5))
g = gen_return(7)
next(g)
show("send returns", lambda: g.send(None))
show("StopAsyncIteration", lambda: (StopAsyncIteration(1).args, hasattr(StopAsyncIteration(), "value")))

show("exit default", lambda: SystemExit().code)
show("exit int", lambda: SystemExit(3).code)
show("exit str", lambda: SystemExit("msg").code)
show("exit two", lambda: SystemExit(1, 2).code)
show("exit None", lambda: SystemExit(None).code)
e = SystemExit(1)
e.code = 9
show("exit code set", lambda: (e.code, e.args))
show("exit is BaseException", lambda: (issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException)))
import sys
show("sys.exit caught", lambda: sys.exit(4))
show("sys.exit str", lambda: sys.exit("bye"))
show("sys.exit two", lambda: sys.exit(1, 2))
show("sys.exit kw", lambda: sys.exit(code=1))
def exit_in_finally():
    try:
        sys.exit(2)
    finally:
        print("  finally before exit")
show("exit with finally", exit_in_finally)
try:
    sys.exit(5)
except SystemExit as x:
    print("caught exit", x.code, x.args)
try:
    raise SystemExit
except Exception:
    print("not caught by Exception")
except BaseException as x:
    print("caught by BaseException", repr(x))
print("exiting with a message")
raise SystemExit("goodbye message")
