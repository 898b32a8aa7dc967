# except*: matching, nesting, re-raising, naked exceptions, and the errors it raises.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

def leaves(eg):
    out = []
    for e in eg.exceptions:
        if isinstance(e, BaseExceptionGroup):
            out.append(leaves(e))
        else:
            out.append(repr(e))
    return out

try:
    raise ExceptionGroup('eg', [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as e:
    print('ValueError part', type(e).__name__, e.message, leaves(e))
except* TypeError as e:
    print('TypeError part', leaves(e))

# a naked exception is wrapped in an ExceptionGroup with an empty message
try:
    raise KeyError('naked')
except* KeyError as e:
    print(type(e).__name__, repr(e.message), leaves(e))

# unmatched parts propagate as a group
def unmatched():
    try:
        raise ExceptionGroup('eg', [ValueError(1), OSError(2)])
    except* ValueError:
        print('handled ValueError')
try:
    unmatched()
except ExceptionGroup as rest:
    print('rest', rest.message, leaves(rest))

# nested groups keep their structure
try:
    raise ExceptionGroup('outer', [ValueError('a'), ExceptionGroup('inner', [ValueError('b'), TypeError('c')])])
except* ValueError as e:
    print('matched', leaves(e))
except* TypeError as e:
    print('matched', leaves(e))

# raising inside except* groups the new exception with the rest
def raise_new():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError('new')
try:
    raise_new()
except ExceptionGroup as g:
    print('combined', g.message, leaves(g))

# re-raising with bare raise keeps the original structure
def reraise():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
try:
    reraise()
except ExceptionGroup as g:
    print('reraised', g.message, leaves(g))

# errors that except* raises
def bad_type():
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* ExceptionGroup:
        pass
show(bad_type)
def bad_type_tuple():
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* (ValueError, BaseExceptionGroup):
        pass
show(bad_type_tuple)
def not_a_class():
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* 5:
        pass
show(not_a_class)

# except* with a tuple
try:
    raise ExceptionGroup('eg', [ValueError(1), TypeError(2), KeyError(3)])
except* (ValueError, TypeError) as e:
    print('tuple match', leaves(e))
except* LookupError as e:
    print('lookup', leaves(e))

# each clause runs at most once, first match wins
try:
    raise ExceptionGroup('eg', [ValueError(1), ValueError(2)])
except* ValueError as e:
    print('first clause', leaves(e))
except* Exception as e:
    print('never reached', leaves(e))

# BaseExceptionGroup with a BaseException
try:
    raise BaseExceptionGroup('beg', [KeyboardInterrupt(), ValueError(1)])
except* KeyboardInterrupt as e:
    print(type(e).__name__, leaves(e))
except* ValueError as e:
    print(type(e).__name__, leaves(e))

# sys.exc_info inside except*
import sys
try:
    raise ExceptionGroup('eg', [ValueError(1)])
except* ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, type(v).__name__, leaves(v))

# the matched group's attributes come from the original
try:
    try:
        raise KeyError('ctx')
    except KeyError:
        eg = ExceptionGroup('eg', [ValueError(1), TypeError(2)])
        eg.add_note('a note')
        raise eg
except* ValueError as e:
    print(repr(e.__context__), e.__notes__, e.__traceback__ is not None)
except* TypeError as e:
    print(repr(e.__context__), e.__notes__)
