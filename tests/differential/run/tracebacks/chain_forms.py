import sys

def hook(e):
    sys.__excepthook__(type(e), e, e.__traceback__)

def explicit_cause():
    try:
        int('x')
    except ValueError as e:
        raise TypeError('converted') from e

def from_none():
    try:
        {}['k']
    except KeyError:
        raise AttributeError('hidden context') from None

def cause_not_caught():
    raise RuntimeError('with outside cause') from OSError('unrelated')

def implicit_twice():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            [][1]
    except IndexError:
        None.attr

def in_finally():
    try:
        raise ValueError('try body')
    finally:
        raise KeyError('finally body')

for fn in [explicit_cause, from_none, cause_not_caught, implicit_twice, in_finally]:
    try:
        fn()
    except Exception as e:
        print(fn.__name__, type(e).__name__, type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__)
        hook(e)

# suppress_context set by hand, context kept
e = ValueError('suppressed by hand')
e.__context__ = KeyError('ctx')
e.__suppress_context__ = True
hook(e)
e.__suppress_context__ = False
hook(e)

# a cause shown even with suppress_context; context hidden
e = ValueError('both')
e.__cause__ = TypeError('the cause')
e.__context__ = KeyError('the context')
hook(e)

# cycles do not loop forever
a = ValueError('a')
b = TypeError('b')
a.__context__ = b
b.__context__ = a
hook(a)
c = KeyError('self cause')
c.__cause__ = c
hook(c)

try:
    ValueError().__cause__ = 5
except TypeError as err:
    print('TypeError', err)
try:
    ValueError().__context__ = 'x'
except TypeError as err:
    print('TypeError', err)

# raise X from a class instantiates it
try:
    raise ValueError('v') from KeyError
except ValueError as err:
    print(repr(err.__cause__))
try:
    raise ValueError from 5
except TypeError as err:
    print('TypeError', err)
print('done')
implicit_twice()
