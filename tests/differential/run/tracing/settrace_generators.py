# Generators, coroutines and comprehensions under a trace function: 'call' at each
# resumption, 'return' at each yield (with the value) and at the end.
import sys

events = []


def fmt(arg):
    if isinstance(arg, tuple) and len(arg) == 3 and isinstance(arg[0], type):
        return "(%s, %r)" % (arg[0].__name__, str(arg[1]))
    r = repr(arg)
    return "<%s object>" % type(arg).__name__ if " at 0x" in r else r


def tracer(frame, event, arg):
    events.append((event, frame.f_code.co_name, frame.f_lineno, fmt(arg)))
    return tracer


def run(func, *args):
    del events[:]
    sys.settrace(tracer)
    try:
        result = func(*args)
    except BaseException as e:
        result = "raised %s(%s)" % (type(e).__name__, e)
    finally:
        sys.settrace(None)
    print("%s -> %r" % (func.__name__, result))
    for e in events:
        print("   ", *e)


def gen(n):
    for i in range(n):
        yield i * 10
    return "end"


def consume():
    return list(gen(2))


def manual():
    g = gen(3)
    a = next(g)
    b = g.send(None)
    g.close()
    return a, b


def thrown():
    def g():
        try:
            yield 1
        except ValueError:
            yield 2
    it = g()
    next(it)
    r = it.throw(ValueError("x"))
    it.close()
    return r


def delegating():
    def inner():
        yield 1
        yield 2
        return 3

    def outer():
        r = yield from inner()
        yield r
    return list(outer())


def genexp():
    return sum(x for x in range(3))


def setcomp():
    return sorted({x % 2 for x in range(4)})


def dictcomp():
    return {k: k * k for k in range(2)}


def coroutine():
    async def inner():
        return 5

    async def outer():
        v = await inner()
        return v + 1
    c = outer()
    try:
        c.send(None)
    except StopIteration as e:
        return e.value


def async_gen():
    async def agen():
        yield 1
        yield 2

    async def main():
        out = []
        async for v in agen():
            out.append(v)
        return out
    c = main()
    try:
        c.send(None)
    except StopIteration as e:
        return e.value


def gen_raises():
    def g():
        yield 1
        raise KeyError("g")
    return list(g())


run(consume)
run(manual)
run(thrown)
run(delegating)
run(genexp)
run(setcomp)
run(dictcomp)
run(coroutine)
run(async_gen)
run(gen_raises)
