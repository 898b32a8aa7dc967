import sys

def level3():
    raise ValueError('deep')
def level2():
    level3()
def level1():
    level2()

try:
    level1()
except ValueError as e:
    tb = e.__traceback__
    entries = []
    while tb is not None:
        entries.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_lasti >= 0, type(tb.tb_lasti).__name__))
        tb = tb.tb_next
    print(entries)
    print(type(e.__traceback__).__name__)
    print(sys.exc_info()[2] is e.__traceback__)

# tb_frame.f_locals keeps the failing frame's variables
def has_locals(x):
    y = x * 2
    raise KeyError(y)
try:
    has_locals(21)
except KeyError as e:
    last = e.__traceback__
    while last.tb_next:
        last = last.tb_next
    print(sorted(last.tb_frame.f_locals.items()), last.tb_frame.f_lineno)

# with_traceback replaces, None clears
try:
    level3()
except ValueError as e:
    saved = e.__traceback__
e2 = RuntimeError('new')
print(e2.__traceback__, e2.with_traceback(saved) is e2, e2.__traceback__ is saved)
e2.with_traceback(None)
print(e2.__traceback__)
try:
    e2.__traceback__ = 5
except TypeError as err:
    print('TypeError', err)
try:
    e2.with_traceback('x')
except TypeError as err:
    print('TypeError', err)

# re-raising adds entries at the front
def reraiser():
    try:
        level3()
    except ValueError:
        raise
try:
    reraiser()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)

# tb_next is writable, with checks
try:
    level2()
except ValueError as e:
    tb = e.__traceback__
    print(tb.tb_next is not None)
    tb.tb_next = None
    print(tb.tb_next)
    try:
        tb.tb_next = 'x'
    except TypeError as err:
        print('TypeError', err)
    try:
        tb.tb_next = tb
    except ValueError as err:
        print('ValueError', err)
    try:
        tb.tb_lineno = 3
    except AttributeError as err:
        print('AttributeError', err)

# traceback of an exception raised in a loop: the line of the raise
for i in range(3):
    try:
        if i == 2:
            raise IndexError(i)
    except IndexError as e:
        print('line', e.__traceback__.tb_lineno, 'frame line', e.__traceback__.tb_frame.f_code.co_name)

# exception objects printed through excepthook after the tb was trimmed
try:
    level1()
except ValueError as e:
    e.__traceback__.tb_next.tb_next = None
    sys.__excepthook__(type(e), e, e.__traceback__)
# constructing a traceback by hand
TB = type(saved)
f = sys._getframe()
t = TB(None, f, 0, 7)
print(t.tb_lineno, t.tb_frame is f, t.tb_next, t.tb_lasti)
try:
    TB(None, None, 0, 0)
except TypeError as err:
    print('TypeError', err)
