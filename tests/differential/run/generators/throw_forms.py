import sys

def catcher():
    while True:
        try:
            yield 'ready'
        except Exception as e:
            print('  caught', type(e).__name__, e.args)
            yield 'handled ' + type(e).__name__

g = catcher()
next(g)
print(g.throw(ValueError))
next(g)
print(g.throw(ValueError, 'with value'))
next(g)
print(g.throw(ValueError, ('a', 'b')))
next(g)
print(g.throw(KeyError('instance')))
next(g)
print(g.throw(TypeError, None))

try:
    raise IndexError('with tb')
except IndexError as e:
    tb = e.__traceback__
next(g)
print(g.throw(IndexError, IndexError('x'), tb))

for bad in [(1,), (ValueError('a'), 'b'), (ValueError, 'v', 'not tb'), (int,), ('str',)]:
    try:
        g.throw(*bad)
    except TypeError as e:
        print('TypeError', e)

try:
    g.throw()
except TypeError as e:
    print('TypeError', e)

# throw into a generator that was never started: raised at the start
def never():
    print('never runs')
    yield 1
n = never()
try:
    n.throw(RuntimeError('early'))
except RuntimeError as e:
    print('early throw propagates', e)
try:
    next(n)
except StopIteration:
    print('then exhausted')

# throw into a finished generator re-raises the exception
def short():
    yield 1
s = short()
list(s)
try:
    s.throw(ZeroDivisionError('done'))
except ZeroDivisionError as e:
    print('finished gen re-raises', e)

# throw that the generator converts to another exception
def converts():
    try:
        yield
    except KeyError as e:
        raise LookupError('converted') from e
c = converts()
next(c)
try:
    c.throw(KeyError('k'))
except LookupError as e:
    print('LookupError', e, 'cause', repr(e.__cause__))

# throw that makes the generator return
def returns():
    try:
        yield 1
    except ValueError:
        return 'returned after throw'
r = returns()
next(r)
try:
    r.throw(ValueError)
except StopIteration as e:
    print('StopIteration', e.value)

# the thrown exception's traceback includes the generator frame
def tracked():
    yield
t = tracked()
next(t)
try:
    t.throw(OSError('tracked'))
except OSError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print('frames', names)

# throw GeneratorExit directly
def ge():
    try:
        yield
    except GeneratorExit:
        print('  got GeneratorExit')
        raise
x = ge()
next(x)
try:
    x.throw(GeneratorExit)
except GeneratorExit:
    print('GeneratorExit propagated')
print('exc_info clear', sys.exc_info())
