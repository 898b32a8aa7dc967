# __traceback__ and traceback objects: assignment rules, tb_frame/tb_lineno/tb_lasti/tb_next across raises.
import sys

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def chain(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out

def fail(n):
    if n == 0:
        raise ValueError('bottom')
    fail(n - 1)

try:
    fail(2)
except ValueError as e:
    caught = e
    tb = e.__traceback__
print(chain(tb))
print(type(tb).__name__, type(tb).__module__ if hasattr(type(tb), '__module__') else '-')
print(tb.tb_frame is sys._getframe(), tb.tb_lineno == 23)
print(isinstance(tb.tb_lasti, int), tb.tb_lasti >= 0, tb.tb_lasti % 2)
print(tb.tb_next.tb_frame.f_locals['n'], tb.tb_next.tb_next.tb_next.tb_frame.f_locals['n'])
print(tb.tb_next.tb_frame.f_back is tb.tb_frame)

# the attributes are read-only except tb_next
for name in ['tb_frame', 'tb_lineno', 'tb_lasti']:
    show('set ' + name, lambda: setattr(tb, name, None))
show('del tb_next', lambda: delattr(tb, 'tb_next'))
show('set tb_next int', lambda: setattr(tb, 'tb_next', 1))
show('tb_next loop', lambda: setattr(tb.tb_next, 'tb_next', tb))
show('no dict', lambda: setattr(tb, 'custom', 1))
show('dir', lambda: [n for n in dir(tb) if n.startswith('tb_')])

# __traceback__ assignment
e = KeyError('k')
show('fresh', lambda: e.__traceback__)
e.__traceback__ = tb
show('assigned', lambda: e.__traceback__ is tb)
e.__traceback__ = None
show('cleared', lambda: e.__traceback__)
for bad in [1, 'tb', sys._getframe(), [tb]]:
    show('set ' + type(bad).__name__, lambda: setattr(e, '__traceback__', bad))
show('del', lambda: delattr(e, '__traceback__'))
show('with_traceback frame', lambda: e.with_traceback(sys._getframe()))
show('with_traceback kw', lambda: e.with_traceback(tb=None))
show('with_traceback none', lambda: e.with_traceback(None) is e)

# raising an exception that already has a traceback adds the new frames in front
def reraise_with(exc):
    raise exc
try:
    reraise_with(caught)
except ValueError as again:
    print('again', chain(again.__traceback__))
try:
    raise caught.with_traceback(None)
except ValueError as fresh:
    print('fresh', chain(fresh.__traceback__))

# the traceback keeps the line of each frame at the time of the raise
def two_lines():
    x = 1
    raise TypeError(x)
def caller():
    y = 2
    two_lines()
    return y
try:
    caller()
except TypeError as t:
    tb = t.__traceback__
    print([(n, l) for n, l in chain(tb)])
    print([tb2.tb_frame.f_lineno for tb2 in [tb.tb_next, tb.tb_next.tb_next]])

# a traceback from inside a generator and from a nested function call in an expression
def gen():
    yield 1
    raise IndexError('from gen')
try:
    for _ in gen():
        pass
except IndexError as g:
    print('generator', chain(g.__traceback__))
try:
    [1 for _ in range(1) if 1 / 0]
except ZeroDivisionError as z:
    print('comprehension', chain(z.__traceback__))

# tb_lasti grows along one frame
def lasti_pair():
    try:
        raise ValueError
    except ValueError as a:
        first = a.__traceback__.tb_lasti
    try:
        raise ValueError
    except ValueError as b:
        second = b.__traceback__.tb_lasti
    return first < second
print('lasti grows', lasti_pair())
raise caught
