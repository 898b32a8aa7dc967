# The except-clause name is deleted after the block; finally ordering; return/break/continue in finally.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def name_deleted():
    try:
        raise ValueError("v")
    except ValueError as e:
        pass
    return e
show("name after block", name_deleted)
def name_global_deleted():
    global g
    g = "before"
    try:
        raise ValueError("v")
    except ValueError as g:
        pass
    return "g" in globals()
show("global name deleted", name_global_deleted)
def name_rebound():
    try:
        raise ValueError("v")
    except ValueError as e:
        e = "rebound"
    return locals()
show("rebound then deleted", name_rebound)
def name_deleted_inside():
    try:
        raise ValueError("v")
    except ValueError as e:
        del e
    return "ok"
show("deleted inside", name_deleted_inside)
def previous_value_lost():
    e = 1
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        return e
    except NameError as n:
        return "NameError: " + str(n)
show("previous value lost", previous_value_lost)
def star_name():
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ValueError as eg:
        pass
    return eg
show("except* name deleted", star_name)
x = 0
try:
    raise KeyError("k")
except KeyError as x:
    pass
show("module level", lambda: x)

order = []
def finally_order():
    try:
        order.append("try")
        return order.append("return expr") or "value"
    finally:
        order.append("finally")
show("finally order", finally_order)
print(order)
def return_in_finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
show("return swallows", return_in_finally_swallows)
def return_overrides_return():
    try:
        return "try"
    finally:
        return "finally"
show("return overrides", return_overrides_return)
def break_swallows():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return i
show("break swallows", break_swallows)
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            out.append(i)
        finally:
            continue
    return out
show("continue swallows", continue_in_finally)
def exception_in_finally_replaces():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")
try:
    exception_in_finally_replaces()
except KeyError as e:
    print("replaced", repr(e), repr(e.__context__))
def nested_finally():
    log = []
    try:
        try:
            log.append(1)
            raise IndexError
        finally:
            log.append(2)
    except IndexError:
        log.append(3)
    finally:
        log.append(4)
    return log
show("nested finally", nested_finally)
def finally_value_of_return():
    x = ["try"]
    try:
        return x
    finally:
        x.append("finally mutated")
show("return value mutated", finally_value_of_return)
def else_clause():
    log = []
    try:
        log.append("try")
    except Exception:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
show("else runs", else_clause)
def else_raises():
    try:
        pass
    except ValueError:
        return "not here"
    else:
        raise ValueError("from else")
show("else not caught by own except", else_raises)
def handler_raises_finally_runs():
    log = []
    try:
        try:
            raise ValueError
        except ValueError:
            log.append("handler")
            raise TypeError("from handler")
        finally:
            log.append("finally")
    except TypeError as e:
        log.append(repr(e.__context__))
    return log
show("handler raises", handler_raises_finally_runs)
def gen_finally():
    try:
        yield 1
    finally:
        print("  gen finally on close")
gf = gen_finally()
next(gf)
gf.close()
print("closed")
