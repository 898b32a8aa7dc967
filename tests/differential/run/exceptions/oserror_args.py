# OSError: argument forms, errno to subclass selection, str, and the subclasses' own constructors.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

def describe(e):
    return (type(e).__name__, e.args, e.errno, e.strerror, e.filename, e.filename2, str(e))

print(describe(OSError()))
print(describe(OSError('just a message')))
print(describe(OSError(1)))
print(describe(OSError(2, 'No such file')))
print(describe(OSError(2, 'No such file', 'f.txt')))
print(describe(OSError(2, 'No such file', 'f.txt', None, 'g.txt')))
print(describe(OSError(2, 'No such file', b'bytes.txt')))
print(describe(OSError(1, 2, 3, 4, 5, 6)))
print(describe(OSError('a', 'b')))

for errno in [1, 2, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 110, 111, 3, 999]:
    print(errno, type(OSError(errno, 'x')).__name__)

# subclasses do not redirect
print(type(FileNotFoundError(13, 'x')).__name__, type(PermissionError(2, 'x')).__name__)
# aliases
print(IOError is OSError, EnvironmentError is OSError)

# a Python subclass of OSError is not redirected
class MyOS(OSError): pass
print(type(MyOS(2, 'x')).__name__, MyOS(2, 'x').errno)

# keywords
show(lambda: OSError(errno=2))
show(lambda: FileNotFoundError(2, 'x', filename='f'))

# attributes are writable
e = OSError(2, 'x', 'f')
e.errno = 5
e.strerror = 'changed'
e.filename = 'other'
print(str(e), e.args)
e.filename2 = 'second'
print(str(e))

# BlockingIOError characters_written
b = BlockingIOError(11, 'would block', 7)
print(b.characters_written, b.args, str(b))
show(lambda: BlockingIOError(11, 'x').characters_written)
b.characters_written = 3
print(b.characters_written)
del b.characters_written
show(lambda: b.characters_written)
show(lambda: setattr(b, 'characters_written', 'x'))

# str with only errno or with strerror None
print(str(OSError(2, None)), str(OSError(None, 'msg')), str(OSError(None, None, 'f')))

# repr
print(repr(OSError(2, 'x')), repr(OSError(2, 'x', 'f')), repr(OSError()))

# the subclass hierarchy
for cls in [BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError, ConnectionAbortedError,
            ConnectionRefusedError, ConnectionResetError, FileExistsError, FileNotFoundError, InterruptedError,
            IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError, TimeoutError]:
    print(cls.__name__, cls.__bases__[0].__name__)
