import sys

def current():
    t = sys.exc_info()[0]
    return t.__name__ if t else None

def gen():
    try:
        raise ValueError('in gen')
    except ValueError:
        print('  inside except before yield', current())
        yield 1
        print('  inside except after yield', current())
    print('  after except', current())
    yield 2

g = gen()
print('outside', current())
next(g)
print('outside while gen suspended in except', current())
try:
    raise KeyError('caller')
except KeyError:
    print('caller handling', current())
    next(g)
    print('caller still', current())
print('end', current())

# a generator sees the caller's exception while running outside its own handlers
def observer():
    while True:
        yield current()
o = observer()
print(next(o))
try:
    raise IndexError
except IndexError:
    print('observer sees', next(o))
print(next(o))

# context chaining across a yield
def chaining():
    try:
        raise TypeError('first')
    except TypeError:
        yield
        raise RuntimeError('second')
c = chaining()
next(c)
try:
    next(c)
except RuntimeError as e:
    print('context', repr(e.__context__))

# an exception thrown into a generator inside an except clause gets that context
def handler():
    try:
        raise OSError('handled')
    except OSError:
        yield 'in handler'
h = handler()
next(h)
try:
    h.throw(ValueError('thrown'))
except ValueError as e:
    print('thrown context', repr(e.__context__))

# the caller's exception becomes context of errors in the generator
def plain():
    yield
    raise LookupError('from gen')
p = plain()
next(p)
try:
    try:
        raise ZeroDivisionError('caller ctx')
    except ZeroDivisionError:
        next(p)
except LookupError as e:
    print('gen error context', repr(e.__context__))

# bare raise inside generator re-raises its own exception
def reraiser():
    try:
        raise KeyError('own')
    except KeyError:
        yield
        raise
r = reraiser()
next(r)
try:
    next(r)
except KeyError as e:
    print('reraised', repr(e))
print('final', current())
