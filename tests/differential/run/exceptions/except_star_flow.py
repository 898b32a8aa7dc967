# except* control flow: matching order, re-raise, raising new exceptions, naked raise, unmatched remainder, finally.
def names(g):
    if isinstance(g, BaseExceptionGroup):
        return (type(g).__name__, g.message, [names(e) for e in g.exceptions])
    return type(g).__name__ + ":" + str(g)

def run(label, f):
    try:
        f()
        print(label, "no exception")
    except BaseException as e:
        print(label, "->", names(e))

def eg():
    return ExceptionGroup("eg", [ValueError("v"), TypeError("t"), KeyError("k")])

def handled_all():
    try:
        raise eg()
    except* ValueError as e:
        print("  V", names(e))
    except* TypeError as e:
        print("  T", names(e))
    except* KeyError as e:
        print("  K", names(e))
run("all handled", handled_all)
def remainder():
    try:
        raise eg()
    except* ValueError as e:
        print("  V", names(e))
run("remainder", remainder)
def reraise_naked():
    try:
        raise eg()
    except* ValueError:
        raise
    except* TypeError:
        pass
run("naked reraise", reraise_naked)
def reraise_named():
    try:
        raise eg()
    except* ValueError as e:
        raise e
run("raise e", reraise_named)
def raise_new():
    try:
        raise eg()
    except* ValueError:
        raise RuntimeError("new")
run("raise new", raise_new)
def raise_new_and_reraise():
    try:
        raise eg()
    except* ValueError:
        raise RuntimeError("new")
    except* TypeError:
        raise
run("new and reraise", raise_new_and_reraise)
def raise_new_context():
    try:
        raise eg()
    except* ValueError:
        raise RuntimeError("new")
try:
    raise_new_context()
except ExceptionGroup as e:
    r = e.exceptions[0]
    print("new context", names(r), names(r.__context__))
def naked_exception():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("  wrapped", names(e))
run("naked exception wrapped", naked_exception)
def naked_unmatched():
    try:
        raise ValueError("naked")
    except* TypeError:
        pass
run("naked unmatched", naked_unmatched)
def naked_reraise_keeps_plain():
    try:
        raise ValueError("plain")
    except* ValueError:
        raise
run("naked reraise plain", naked_reraise_keeps_plain)
def tuple_match():
    try:
        raise eg()
    except* (ValueError, KeyError) as e:
        print("  tuple", names(e))
run("tuple", tuple_match)
def nested_groups():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [ValueError(2), TypeError(3)])])
    except* ValueError as e:
        print("  nested", names(e))
run("nested", nested_groups)
def with_finally():
    try:
        raise eg()
    except* ValueError:
        print("  handler")
    finally:
        print("  finally")
run("finally", with_finally)
def with_else():
    try:
        pass
    except* ValueError:
        print("  not here")
    else:
        print("  else")
run("else", with_else)
def base_group():
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError("v")])
    except* ValueError as e:
        print("  base V", names(e))
run("base group", base_group)
def bad_type():
    try:
        raise eg()
    except* ExceptionGroup:
        pass
run("except* ExceptionGroup", bad_type)
def bad_type_tuple():
    try:
        raise eg()
    except* (ValueError, BaseExceptionGroup):
        pass
run("except* tuple with group", bad_type_tuple)
def not_class():
    try:
        raise eg()
    except* 5:
        pass
run("except* int", not_class)
def handler_order():
    try:
        raise ExceptionGroup("o", [TypeError(1), ValueError(2)])
    except* ValueError as e:
        print("  first clause", names(e))
    except* Exception as e:
        print("  second clause", names(e))
run("order", handler_order)
def handler_raises_group():
    try:
        raise eg()
    except* ValueError:
        raise ExceptionGroup("inner new", [OSError("o")])
run("raise group in handler", handler_raises_group)
def all_reraised_identity():
    g = eg()
    try:
        try:
            raise g
        except* Exception:
            raise
    except ExceptionGroup as e:
        return e is g
print("identity", all_reraised_identity())
def loop_continue():
    out = []
    for i in range(2):
        try:
            raise ExceptionGroup("l", [ValueError(i)])
        except* ValueError:
            out.append(i)
    return out
print("loop", loop_continue())
try:
    raise ExceptionGroup("final", [ValueError("v"), TypeError("t")])
except* ValueError:
    raise KeyError("uncaught")
