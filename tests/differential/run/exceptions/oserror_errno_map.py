# OSError(errno, strerror) picks the subclass for errno: the whole table, key types, and when it does not.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

mapped = {}
for n in range(-3, 200):
    cls = type(OSError(n, 'x'))
    if cls is not OSError:
        mapped.setdefault(cls.__name__, []).append(n)
for name in sorted(mapped):
    print(name, mapped[name])

# the errno key is looked up by equality, so equal numbers of other types map too
for key in [True, 2.0, 13.0, 2.5, '2', None, 2**70, -2, (2,)]:
    e = OSError(key, 'msg')
    print(repr(key), type(e).__name__, repr(e.errno))

class MyInt(int):
    pass
show('int subclass', lambda: type(OSError(MyInt(2), 'x')).__name__)

# only two or more positional arguments select a subclass
for args in [(2,), (2, 'x'), (2, 'x', 'f'), (2, 'x', 'f', None), (2, 'x', 'f', None, 'g'), (2, 'x', 'f', None, 'g', 6)]:
    e = OSError(*args)
    print(len(args), type(e).__name__, e.args, e.errno)

# subclasses never select another subclass
for cls in [FileNotFoundError, PermissionError, BlockingIOError, ConnectionError, TimeoutError]:
    print(cls.__name__, type(cls(2, 'x')).__name__, type(cls(13, 'x')).__name__, cls(13, 'x').errno)

class Mine(OSError):
    pass
class MineWithNew(OSError):
    def __new__(cls, *args):
        return super().__new__(cls, *args)
class MineWithInit(OSError):
    def __init__(self, *args):
        super().__init__(*args)
for cls in [Mine, MineWithNew, MineWithInit]:
    e = cls(2, 'x', 'f')
    print(cls.__name__, type(e).__name__, e.errno, e.strerror, e.filename, e.args, str(e))

# OSError.__new__ called directly
show('new direct', lambda: type(OSError.__new__(OSError, 2, 'x')).__name__)
show('new subclass', lambda: type(OSError.__new__(Mine, 2, 'x')).__name__)
show('new on non-OSError', lambda: OSError.__new__(ValueError, 2, 'x'))
show('new not a type', lambda: OSError.__new__(5))

# the selected class is a real instance of the subclass
e = OSError(17, 'File exists', 'path')
print(isinstance(e, FileExistsError), isinstance(e, OSError), e.__class__.__name__, str(e))
try:
    raise OSError(111, 'Connection refused')
except ConnectionRefusedError as err:
    print('caught as', type(err).__name__, isinstance(err, ConnectionError), err)
try:
    raise OSError(32, 'Broken pipe')
except ConnectionError as err:
    print('caught as', type(err).__name__, err.errno)
print(type(IOError(4, 'intr')).__name__, type(EnvironmentError(10, 'child')).__name__)
raise OSError(21, 'Is a directory', 'somedir')
