# with statements: multiple managers, suppression, parenthesised form, exit arguments.
class CM:
    def __init__(self, name, suppress=False, fail_enter=False):
        self.name = name
        self.suppress = suppress
        self.fail_enter = fail_enter
    def __enter__(self):
        print('enter', self.name)
        if self.fail_enter:
            raise RuntimeError('enter failed: ' + self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print('exit', self.name, typ.__name__ if typ else None, val, tb is not None)
        return self.suppress

with CM('a') as a, CM('b') as b:
    print('body', a, b)

with (CM('p1') as p, CM('p2') as q,):
    print('paren body', p, q)

with (CM('no-as-1'), CM('no-as-2')):
    print('paren no as')

with CM('outer', suppress=True), CM('inner'):
    raise ValueError('boom')
print('suppressed by outer')

with CM('outer'), CM('inner', suppress=True):
    raise ValueError('boom2')
print('suppressed by inner')

try:
    with CM('x'), CM('y', fail_enter=True), CM('z'):
        print('never')
except RuntimeError as e:
    print('RuntimeError', e)

# as-target can be any assignment target
class T:
    pass
t = T()
d = {}
with CM('attr') as t.value, CM('item') as d['k']:
    pass
print(t.value, d)
with CM('tuple') as (first, *rest):
    pass
print(first, rest)

# exit's return value truthiness decides suppression
class Truthy:
    def __init__(self, value):
        self.value = value
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return self.value
for v in [0, 1, '', 'yes', [], [0], None]:
    try:
        with Truthy(v):
            raise KeyError(repr(v))
        print('suppressed for', repr(v))
    except KeyError as e:
        print('propagated for', e)

# exit raising replaces the exception, with context
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise TypeError('from exit')
try:
    with ExitRaises():
        raise ValueError('body')
except TypeError as e:
    print('TypeError', e, 'context', repr(e.__context__))

# return and break pass through __exit__ with None arguments
def returns():
    with CM('ret'):
        return 'value'
print(returns())
for i in range(3):
    with CM('loop%d' % i):
        if i == 1:
            break
# suppressing in a function lets it continue
def suppressed():
    with CM('s', suppress=True):
        1 / 0
    return 'continued'
print(suppressed())

# missing protocol methods
class NoEnter:
    def __exit__(self, *a): pass
class NoExit:
    def __enter__(self): return self
for obj in [NoEnter(), NoExit(), 42]:
    try:
        with obj:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

# __enter__ looked up on the type, not the instance
class Plain:
    pass
p = Plain()
p.__enter__ = lambda: 1
p.__exit__ = lambda *a: None
try:
    with p:
        pass
except TypeError as e:
    print('TypeError', e)

# enter result and exit args with a nested exception
class Recorder:
    def __enter__(self):
        return [1, 2]
    def __exit__(self, typ, val, tb):
        self.seen = (typ, val.args if val else None)
        return True
r = Recorder()
with r as lst:
    lst.append(3)
    raise OSError(5, 'err')
print(lst, r.seen[0].__name__, r.seen[1])

# the exception is visible in sys.exc_info inside __exit__
import sys
class ExcInfo:
    def __enter__(self): return self
    def __exit__(self, *a):
        print('exc_info in exit:', sys.exc_info()[0])
        return True
with ExcInfo():
    raise IndexError
with ExcInfo():
    pass
