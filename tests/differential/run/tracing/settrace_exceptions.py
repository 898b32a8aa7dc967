# 'exception' and 'return' events when exceptions are raised, caught, re-raised and propagate.
import sys

events = []


def fmt(arg):
    if isinstance(arg, tuple) and len(arg) == 3 and isinstance(arg[0], type):
        tb = arg[2]
        return "(%s, %r, tb line %s)" % (arg[0].__name__, str(arg[1]), tb.tb_lineno if tb else None)
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
    print("%s -> %s" % (func.__name__, result))
    for e in events:
        print("   ", *e)


def caught():
    try:
        raise ValueError("v")
    except ValueError as e:
        x = str(e)
    return x


def uncaught():
    x = 1
    raise KeyError("k")


def propagates():
    return uncaught()


def caught_from_callee():
    try:
        uncaught()
    except KeyError:
        return "got it"


def reraised():
    try:
        raise TypeError("t")
    except TypeError:
        raise


def raise_from():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e


def try_finally():
    try:
        return 1
    finally:
        y = 2


def try_finally_raise():
    try:
        raise IndexError("i")
    finally:
        z = 3


def with_statement():
    class CM:
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return True
    with CM() as c:
        raise OSError("o")
    return "after with"


def except_else():
    try:
        a = 1
    except Exception:
        a = 2
    else:
        a = 3
    finally:
        a += 10
    return a


def builtin_raises():
    d = {}
    try:
        return d["missing"]
    except KeyError:
        return int("x")


def nested_handlers():
    try:
        try:
            raise ValueError("inner")
        except ValueError:
            raise TypeError("outer")
    except TypeError as e:
        return repr(e)


def stop_iteration():
    it = iter([1])
    next(it)
    try:
        next(it)
    except StopIteration:
        return "stopped"


def assert_fails():
    assert 1 == 2, "no"


def exception_group():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        pass
    except* TypeError:
        pass
    return "done"


run(caught)
run(uncaught)
run(propagates)
run(caught_from_callee)
run(reraised)
run(raise_from)
run(try_finally)
run(try_finally_raise)
run(with_statement)
run(except_else)
run(builtin_raises)
run(nested_handlers)
run(stop_iteration)
run(assert_fails)
run(exception_group)
