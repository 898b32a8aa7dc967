# Raising non-exceptions, catching with non-exception classes, except with tuples.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

def raise_(x):
    raise x
show(lambda: raise_(1))
show(lambda: raise_('str'))
show(lambda: raise_(None))
show(lambda: raise_(int))
show(lambda: raise_(object()) if False else raise_([ValueError]))

class NotExc: pass
show(lambda: raise_(NotExc))
show(lambda: raise_(NotExc()))

# raising a class instantiates it
try:
    raise KeyError
except KeyError as e:
    print(type(e).__name__, e.args)

# a class whose constructor fails
class BadInit(Exception):
    def __init__(self):
        raise RuntimeError('init failed')
show(lambda: raise_(BadInit))

# a class whose __new__ returns a non-exception
class WeirdNew(Exception):
    def __new__(cls):
        return 42
show(lambda: raise_(WeirdNew))

# catching with non-exception classes
def catch(cls):
    try:
        raise ValueError('v')
    except cls:
        return 'caught'
show(lambda: catch(int))
show(lambda: catch((ValueError, int)))
show(lambda: catch((int, ValueError)))
show(lambda: catch('ValueError'))
show(lambda: catch(ValueError()))
show(lambda: catch(NotExc))
print(catch((TypeError, (KeyError, ValueError))) if False else 'nested tuples skipped')
show(lambda: catch((TypeError, (KeyError, ValueError))))

# except with tuples
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return 'lookup ' + type(e).__name__
    except (TypeError, ValueError):
        return 'type-or-value'
    except ArithmeticError as e:
        return 'arith ' + type(e).__name__
    except Exception:
        return 'other'
for exc in [KeyError('k'), IndexError(), ValueError(), UnicodeError(), ZeroDivisionError(), OverflowError(), RuntimeError(), NotImplementedError()]:
    print(type(exc).__name__, '->', classify(exc))

# a tuple in a variable, empty tuple catches nothing
handlers = (OSError, EOFError)
try:
    raise FileNotFoundError(2, 'missing')
except handlers as e:
    print('caught by variable tuple', type(e).__name__)
def empty():
    try:
        raise ValueError('x')
    except ():
        return 'never'
show(empty)

# BaseException subclasses are not caught by except Exception
def base():
    try:
        raise KeyboardInterrupt
    except Exception:
        return 'wrong'
    except BaseException as e:
        return 'base ' + type(e).__name__
print(base())

# bare raise with no active exception
def bare():
    raise
show(bare)

# raise ... from with a bad cause
show(lambda: exec('raise ValueError from 5'))
show(lambda: exec('raise ValueError from int'))
def cause_class():
    try:
        raise ValueError from KeyError
    except ValueError as e:
        return type(e.__cause__).__name__, e.__suppress_context__
print(cause_class())

# the name bound by except is deleted afterwards
def unbound():
    e = 'before'
    try:
        raise ValueError
    except ValueError as e:
        pass
    return e
show(unbound)

# exceptions are matched by issubclass with the metaclass hook
class Meta(type):
    def __subclasscheck__(cls, sub):
        return True
class CatchAll(Exception, metaclass=Meta): pass
def meta_catch():
    try:
        raise KeyError('x')
    except CatchAll:
        return 'caught by __subclasscheck__?'
    except KeyError:
        return 'not by the hook'
print(meta_catch())
