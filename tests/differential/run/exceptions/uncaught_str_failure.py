# How the default excepthook prints exceptions whose str, notes or class names misbehave.
import sys

def report(exc):
    print('---', type(exc).__name__, flush=True)
    sys.__excepthook__(type(exc), exc, None)
    sys.stderr.flush()

class StrRaises(Exception):
    def __str__(self):
        raise RuntimeError('no str for you')
class StrReturnsInt(Exception):
    def __str__(self):
        return 42
class StrEmpty(Exception):
    def __str__(self):
        return ''
class StrMultiline(Exception):
    def __str__(self):
        return 'first\nsecond'
class ReprRaises(Exception):
    def __repr__(self):
        raise RuntimeError('no repr')
class StrSubclass(str):
    pass
class StrReturnsSubclass(Exception):
    def __str__(self):
        return StrSubclass('from a str subclass')

for exc in [StrRaises('a'), StrReturnsInt(), StrEmpty('hidden'), StrMultiline(), ReprRaises('shown'),
            StrReturnsSubclass(), ValueError(), ValueError(''), ValueError(' '), KeyError(''), KeyError()]:
    report(exc)

class OddModule(Exception):
    pass
OddModule.__module__ = 42
report(OddModule('module is not a str'))
class BuiltinsModule(Exception):
    pass
BuiltinsModule.__module__ = 'builtins'
report(BuiltinsModule('looks builtin'))
class OtherModule(Exception):
    pass
OtherModule.__module__ = 'pkg.mod'
OtherModule.__qualname__ = 'Outer.Inner'
report(OtherModule('qualified'))

e = ValueError('with bad notes')
e.__notes__ = 'not a list'
report(e)
e = ValueError('with a tuple of notes')
e.__notes__ = ('tuple note', 'second')
report(e)
class NoteStrRaises:
    def __str__(self):
        raise ValueError('note str fails')
e = ValueError('with odd notes')
e.__notes__ = ['ok note', 7, NoteStrRaises(), 'after']
report(e)
class NotesReprRaises:
    def __repr__(self):
        raise ValueError('notes repr fails')
e = ValueError('notes repr')
e.__notes__ = NotesReprRaises()
report(e)

# a failing __str__ in a chained exception
try:
    try:
        raise StrRaises('inner')
    except StrRaises:
        raise StrReturnsInt()
except Exception as chained:
    report(chained)

print('now uncaught', flush=True)
raise StrRaises('final')
