# Subclasses of the builtin exceptions with fields whose __init__ does not call super().__init__.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def skip_init(base):
    class Skip(base):
        def __init__(self, *args, **kwargs):
            self.seen = (args, kwargs)
    Skip.__name__ = Skip.__qualname__ = 'Skip' + base.__name__
    return Skip

# the fields __new__ fills (args, OSError's) survive; those __init__ parses stay unset
e = skip_init(OSError)(2, 'No such file', 'name.txt')
show('oserror', lambda: (e.args, e.errno, e.strerror, e.filename, str(e), type(e).__name__))
e = skip_init(OSError)(2, 'x', 'f', None, 'g')
show('oserror 5', lambda: (e.args, e.filename2, str(e)))
e = skip_init(BlockingIOError)(11, 'x', 4)
show('blocking', lambda: (e.args, e.characters_written))
e = skip_init(SyntaxError)('msg', ('f.py', 1, 2, 't'))
show('syntax', lambda: (e.args, e.msg, e.filename, e.lineno, str(e)))
e = skip_init(ImportError)('m', name='n', path='p')
show('import', lambda: (e.args, e.msg, e.name, e.path, str(e), e.seen))
e = skip_init(StopIteration)(5)
show('stop', lambda: (e.args, e.value))
e = skip_init(SystemExit)(3)
show('exit', lambda: (e.args, e.code))
e = skip_init(NameError)('m', name='n')
show('name', lambda: (e.args, e.name, e.seen))
e = skip_init(AttributeError)('m', name='n', obj=1)
show('attribute', lambda: (e.args, e.name, e.obj))
e = skip_init(UnicodeDecodeError)('utf-8', b'\xff', 0, 1, 'bad')
show('decode', lambda: (e.args, e.encoding, e.object, e.start, e.end, e.reason, str(e)))
e = skip_init(UnicodeEncodeError)('ascii', '\xe9', 0, 1, 'bad')
show('encode', lambda: (e.args, e.encoding, str(e)))
e = skip_init(KeyError)('k')
show('key', lambda: (e.args, str(e), repr(e)))
e = skip_init(ExceptionGroup)('eg', [ValueError(1)])
show('group', lambda: (e.args, e.message, e.exceptions, str(e)))

# keywords go to the subclass __init__, __new__ ignores them
show('kwargs to init', lambda: skip_init(ValueError)(1, flag=True).seen)
show('kwargs to new only', lambda: type('N', (ValueError,), {})(1, flag=True))

# an __init__ that sets args itself
class SetsArgs(OSError):
    def __init__(self, code):
        self.args = (code, 'custom message')
e = SetsArgs(13)
show('sets args', lambda: (e.args, e.errno, e.strerror, str(e), type(e).__name__))

# an __init__ that calls a different base's __init__
class OtherInit(OSError):
    def __init__(self, *args):
        Exception.__init__(self, 'replaced')
e = OtherInit(2, 'x', 'f')
show('other init', lambda: (e.args, e.errno, e.filename, str(e)))

# the subclass __init__ calls super with other arguments
class Reparse(SyntaxError):
    def __init__(self, text):
        super().__init__('bad: ' + text, ('r.py', 9, 1, text))
e = Reparse('x +')
show('reparse', lambda: (e.args, e.msg, e.lineno, str(e)))
class ReImport(ImportError):
    def __init__(self, mod):
        super().__init__('no ' + mod, name=mod)
e = ReImport('pkg')
show('reimport', lambda: (e.args, e.name, e.msg, str(e)))

# __init__ returning non-None is a TypeError
class BadInit(ValueError):
    def __init__(self, *args):
        return 1
show('init returns', lambda: BadInit())

# raising the subclass works and it prints with the args __new__ stored
Skip = skip_init(OSError)
try:
    raise Skip(5, 'Input/output error', 'dev')
except OSError as err:
    print('caught', type(err).__name__, err, err.seen)
raise skip_init(UnicodeTranslateError)('\u20ac', 0, 1, 'no map')
