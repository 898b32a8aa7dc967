# Generator finalization by hand: close() with finally blocks, GeneratorExit
# handling, yields during close, return values, and close on fresh or
# finished generators (no reliance on garbage-collection timing).


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


def with_finally(log):
    try:
        log.append("start")
        yield 1
        yield 2
    finally:
        log.append("finally")


log = []
g = with_finally(log)
print(next(g), g.gi_suspended)
print(g.close(), log, g.gi_frame, g.gi_suspended)
print(g.close(), log)
attempt("next after close", lambda: next(g))

log = []
g = with_finally(log)
print(g.close(), log, g.gi_frame)


def catches_exit():
    try:
        yield 1
    except GeneratorExit as e:
        print("caught", type(e).__name__, repr(e.args))
        raise


g = catches_exit()
next(g)
print(g.close())


def yields_in_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "again"


g = yields_in_exit()
next(g)
attempt("yield during close", g.close)
print(g.gi_frame is not None, g.gi_suspended)
attempt("next after bad close", lambda: next(g))


def returns_in_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"


g = returns_in_exit()
next(g)
attempt("return during close", g.close)


def raises_other():
    try:
        yield 1
    finally:
        raise ValueError("from finally")


g = raises_other()
next(g)
attempt("raise in finally", g.close)
e = None
try:
    g2 = raises_other()
    next(g2)
    g2.close()
except ValueError as exc:
    e = exc
print(type(e.__context__).__name__)


def nested():
    try:
        try:
            yield "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")


g = nested()
next(g)
g.close()


def delegator():
    try:
        yield from nested()
    finally:
        print("delegator finally")


g = delegator()
next(g)
g.close()


def stop_iteration_in_exit():
    try:
        yield 1
    except GeneratorExit:
        raise StopIteration("odd")


g = stop_iteration_in_exit()
next(g)
attempt("StopIteration in close", g.close)


def throw_then_close():
    while True:
        try:
            yield
        except KeyError:
            print("swallowed KeyError")


g = throw_then_close()
next(g)
g.throw(KeyError)
g.close()
print(g.gi_frame)
attempt("throw after close", lambda: g.throw(KeyError))
gen_exp = (x for x in range(3))
print(next(gen_exp), gen_exp.close(), list(gen_exp))


def self_close():
    yield g_ref.close()


g_ref = self_close()
attempt("close while running", lambda: next(g_ref))
