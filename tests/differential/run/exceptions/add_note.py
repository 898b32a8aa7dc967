# add_note and __notes__: types, errors, and what str/repr/args do with notes.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

e = ValueError('v')
print(hasattr(e, '__notes__'))
e.add_note('first')
e.add_note('second')
print(e.__notes__, str(e), repr(e), e.args)
print('__notes__' in e.__dict__)
show(lambda: e.add_note(5))
show(lambda: e.add_note())
show(lambda: e.add_note('a', 'b'))
show(lambda: e.add_note(note='x'))

class MyStr(str): pass
e.add_note(MyStr('subclass str'))
print(e.__notes__, type(e.__notes__[-1]).__name__)

# __notes__ replaced by a non-list
e2 = KeyError('k')
e2.__notes__ = ('tuple',)
show(lambda: e2.add_note('x'))
e2.__notes__ = 'string'
show(lambda: e2.add_note('x'))
e2.__notes__ = None
show(lambda: e2.add_note('x'))
del e2.__notes__
e2.add_note('fresh')
print(e2.__notes__)

# a list subclass is fine
class Notes(list): pass
e3 = TypeError()
e3.__notes__ = Notes(['pre'])
e3.add_note('post')
print(e3.__notes__, type(e3.__notes__).__name__)

# notes on exception groups and their splits
eg = ExceptionGroup('eg', [ValueError(1), TypeError(2)])
eg.add_note('group note')
m, r = eg.split(ValueError)
print(m.__notes__, r.__notes__, m.__notes__ is eg.__notes__)

# add_note on builtin exceptions with fields
for exc in [OSError(2, 'x'), SyntaxError('s'), StopIteration(3), SystemExit(1), ImportError('i')]:
    exc.add_note('n')
    print(type(exc).__name__, exc.__notes__)

# notes in a custom subclass with __slots__-free dict
class Custom(Exception):
    def __init__(self, msg):
        super().__init__(msg)
        self.add_note('from init')
c = Custom('c')
print(c.__notes__, c.args)

# add_note as an unbound method
show(lambda: BaseException.add_note(5, 'x'))
n = BaseException()
BaseException.add_note(n, 'unbound')
print(n.__notes__)
