# Chained exceptions as the traceback printer shows them: cause, context, suppressed, both, cycles, depth.
import sys
def report(e):
    sys.excepthook(type(e), e, e.__traceback__)
    print("-----")

def caught(f):
    try:
        f()
    except BaseException as e:
        return e

def context():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
report(caught(context))
def cause():
    try:
        {}["k"]
    except KeyError as k:
        raise RuntimeError("direct cause") from k
report(caught(cause))
def suppressed():
    try:
        [][1]
    except IndexError:
        raise TypeError("suppressed") from None
report(caught(suppressed))
def cause_and_context():
    try:
        int("x")
    except ValueError:
        raise OSError("both") from KeyError("explicit")
report(caught(cause_and_context))
def suppress_flag_reset():
    e = caught(suppressed)
    e.__suppress_context__ = False
    return e
report(suppress_flag_reset())
def three_deep():
    try:
        try:
            raise KeyError("first")
        except KeyError:
            raise ValueError("second")
    except ValueError:
        raise TypeError("third")
report(caught(three_deep))
a = ValueError("a")
b = KeyError("b")
a.__context__ = b
b.__context__ = a
report(a)
c = TypeError("self cause")
c.__cause__ = c
report(c)
def handler_in_finally():
    try:
        raise LookupError("in try")
    finally:
        raise ArithmeticError("in finally")
report(caught(handler_in_finally))
def context_of_group():
    try:
        raise ValueError("before group")
    except ValueError:
        raise ExceptionGroup("grp", [TypeError("member")])
report(caught(context_of_group))
def member_with_cause():
    inner = KeyError("member")
    inner.__cause__ = OSError("member cause")
    raise ExceptionGroup("grp2", [inner])
report(caught(member_with_cause))
sys.stderr = sys.__stderr__
def final():
    try:
        raise KeyError("final context")
    except KeyError as e:
        raise RuntimeError("uncaught") from e
final()
