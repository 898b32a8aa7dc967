# raise X from Y, from None, bare raise, and the chaining attributes.
def show(e):
    print(type(e).__name__, e.args,
          'cause=%r' % (e.__cause__,),
          'context=%r' % (e.__context__,),
          'suppress=%r' % e.__suppress_context__)

try:
    raise ValueError('v') from KeyError('k')
except ValueError as e:
    show(e)

try:
    try:
        raise KeyError('inner')
    except KeyError:
        raise ValueError('outer')
except ValueError as e:
    show(e)

try:
    try:
        raise KeyError('inner')
    except KeyError:
        raise ValueError('outer') from None
except ValueError as e:
    show(e)

# from a class: it is instantiated
try:
    raise ValueError from TypeError
except ValueError as e:
    show(e)
    print(type(e.__cause__).__name__, e.__cause__.args)

# from an instance that is not an exception
try:
    raise ValueError('x') from 42
except TypeError as e:
    print('TypeError', e)

try:
    raise ValueError('x') from int
except TypeError as e:
    print('TypeError', e)

# raising something that is not an exception
for bad in [42, 'str', object, None]:
    try:
        raise bad
    except TypeError as e:
        print('TypeError', e)

# a class whose constructor does not return an exception
class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print('TypeError', e)

# bare raise re-raises the handled exception, keeping identity
try:
    try:
        raise IndexError('orig')
    except IndexError as e:
        first = e
        raise
except IndexError as e:
    print('same object:', e is first)

# bare raise with no active exception
try:
    raise
except RuntimeError as e:
    print('RuntimeError', e)

def reraiser():
    raise
try:
    reraiser()
except RuntimeError as e:
    print('RuntimeError', e)

# bare raise inside a function called from a handler sees the handled exception
def helper():
    raise
try:
    try:
        raise LookupError('from helper')
    except LookupError:
        helper()
except LookupError as e:
    print('LookupError', e)

# after the handler the exception is no longer active
try:
    raise ValueError('done')
except ValueError:
    pass
try:
    raise
except RuntimeError as e:
    print('RuntimeError', e)

# __cause__ can be set by hand and validated
e = ValueError('manual')
e.__cause__ = KeyError('c')
print(repr(e.__cause__), e.__suppress_context__)
try:
    e.__cause__ = 'nope'
except TypeError as err:
    print('TypeError', err)
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
try:
    e.__context__ = 5
except TypeError as err:
    print('TypeError', err)

# context chain through several handlers
try:
    try:
        try:
            raise OSError('a')
        except OSError:
            raise LookupError('b')
    except LookupError:
        raise ArithmeticError('c')
except ArithmeticError as e:
    chain = []
    while e is not None:
        chain.append(type(e).__name__)
        e = e.__context__
    print(chain)

# raising the handled exception again explicitly does not make a self-cycle
try:
    try:
        raise ValueError('self')
    except ValueError as e:
        raise e
except ValueError as e:
    print('context is None:', e.__context__ is None)

# raise e from e
try:
    err = ValueError('loop')
    raise err from err
except ValueError as e:
    print('cause is self:', e.__cause__ is e)

# the as-target is deleted after the handler
try:
    raise ValueError
except ValueError as gone:
    pass
try:
    gone
except NameError as e:
    print('NameError', e)

# exception with traceback kept
try:
    raise ValueError('tb')
except ValueError as e:
    print(type(e.__traceback__).__name__, e.__traceback__.tb_lineno > 0)
    e2 = e.with_traceback(None)
    print(e2 is e, e.__traceback__)
