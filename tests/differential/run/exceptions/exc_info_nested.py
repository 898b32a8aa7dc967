# sys.exc_info() and sys.exception() in nested handlers, finally blocks, functions and generators.
import sys

def info():
    t, v, tb = sys.exc_info()
    e = sys.exception()
    return (t.__name__ if t else None, repr(v), tb is not None, e is v)

print("outside", info())
try:
    raise ValueError("outer")
except ValueError:
    print("handler", info())
    try:
        raise KeyError("inner")
    except KeyError:
        print("nested", info())
    print("after nested", info())
    def callee():
        return info()
    print("callee sees", callee())
print("after", info())

try:
    try:
        raise TypeError("in try")
    finally:
        print("finally during exception", info())
except TypeError:
    pass
try:
    pass
finally:
    print("finally no exception", info())

def gen():
    print("gen start", info())
    yield 1
    print("gen resumed", info())
    try:
        raise IndexError("in gen")
    except IndexError:
        yield 2
        print("gen in handler", info())
    yield 3

g = gen()
next(g)
try:
    raise RuntimeError("caller")
except RuntimeError:
    next(g)
    print("caller after gen yield in handler", info())
next(g)
print("caller after all", info())

def gen2():
    try:
        yield
    except ZeroDivisionError:
        print("gen2 caught", info())
        yield "handled"
g2 = gen2()
next(g2)
try:
    raise LookupError("active in caller")
except LookupError:
    print("throw result", g2.throw(ZeroDivisionError("thrown")))
    print("caller still", info())

def handler_returns():
    try:
        raise ValueError("returned from")
    except ValueError:
        return info()
print("returned", handler_returns(), info())

def handler_breaks():
    for i in range(2):
        try:
            raise ValueError(i)
        except ValueError:
            break
    return info()
print("after break", handler_breaks())

try:
    raise ValueError("x")
except ValueError as e:
    del e
    print("after del name", info())
print("exc_info args", sys.exc_info.__name__)
try:
    sys.exc_info(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sys.exception(1)
except TypeError as e:
    print(type(e).__name__, e)
class Ctx:
    def __exit__(self, t, v, tb):
        print("exit sees", t.__name__ if t else None, info())
        return True
    def __enter__(self):
        return self
with Ctx():
    raise OSError("in with")
print("after with", info())
