import sys

def hook(e):
    sys.__excepthook__(type(e), e, e.__traceback__)

def fail(exc):
    raise exc

def collect(*excs):
    out = []
    for exc in excs:
        try:
            fail(exc)
        except BaseException as caught:
            out.append(caught)
    return out

# a flat group whose members carry tracebacks
try:
    raise ExceptionGroup('flat', collect(ValueError('v'), TypeError('t')))
except ExceptionGroup as e:
    print('flat', len(e.exceptions))
    hook(e)

# nested groups, members without tracebacks
eg = ExceptionGroup('outer', [
    KeyError('k'),
    ExceptionGroup('middle', [
        IndexError('i'),
        ExceptionGroup('inner', [ZeroDivisionError('z')]),
    ]),
    OSError('last'),
])
hook(eg)

# a group that was raised: header with '+ '
try:
    raise eg
except ExceptionGroup as e:
    hook(e)

# notes on a group and on its members
v = ValueError('noted member')
v.add_note('member note')
g = ExceptionGroup('with notes', [v])
g.add_note('group note\nsecond line')
hook(g)

# chained members inside a group
def chained():
    try:
        raise KeyError('first')
    except KeyError as k:
        raise RuntimeError('second') from k
g = None
try:
    chained()
except RuntimeError as r:
    g = ExceptionGroup('chained', [r])
hook(g)

# BaseExceptionGroup with a BaseException member
hook(BaseExceptionGroup('base', [KeyboardInterrupt(), ValueError('x')]))

# a group with an empty-message member and a module-qualified member
class Custom(Exception):
    pass
Custom.__module__ = 'pkg.mod'
hook(ExceptionGroup('mixed', [Exception(), Custom('c')]))
print('done')

# the uncaught group ends the program
raise ExceptionGroup('final', collect(ArithmeticError('a'), LookupError('l')))
