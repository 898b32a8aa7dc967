import sys

def hook(e):
    sys.__excepthook__(type(e), e, e.__traceback__)

e = ValueError('with notes')
e.add_note('first note')
e.add_note('second note\nwith two lines')
e.add_note('')
hook(e)
print(e.__notes__)

try:
    e.add_note(42)
except TypeError as err:
    print('TypeError', err)
try:
    e.add_note()
except TypeError as err:
    print('TypeError', err)

# notes as a tuple, a non-sequence, a str
e2 = KeyError('k')
e2.__notes__ = ('tuple note',)
hook(e2)
e3 = TypeError('t')
e3.__notes__ = 7
hook(e3)
e4 = OSError('o')
e4.__notes__ = ['ok', 3]
hook(e4)
try:
    e3.add_note('x')
except TypeError as err:
    print('TypeError', err)

# notes on a chained exception
def f():
    try:
        raise ValueError('inner')
    except ValueError as inner:
        inner.add_note('inner note')
        outer = RuntimeError('outer')
        outer.add_note('outer note')
        raise outer
try:
    f()
except RuntimeError as err:
    hook(err)
    print(err.__context__.__notes__, err.__notes__)

class NoteStrFails:
    def __str__(self):
        raise ValueError
e5 = Exception('bad note')
e5.__notes__ = [NoteStrFails()]
hook(e5)
del e.__notes__
print(hasattr(e, '__notes__'))
err = ZeroDivisionError('final')
err.add_note('final note')
raise err
