# Constructors of the builtin exception classes: args, str, repr, keyword refusal, fields.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

simple = [Exception, ArithmeticError, ZeroDivisionError, OverflowError, FloatingPointError, AssertionError,
          BufferError, EOFError, LookupError, IndexError, MemoryError, ReferenceError, RuntimeError,
          NotImplementedError, RecursionError, TypeError, ValueError, UnicodeError, Warning, UserWarning,
          DeprecationWarning, SyntaxWarning, RuntimeWarning, FutureWarning, ImportWarning, UnicodeWarning,
          BytesWarning, ResourceWarning, EncodingWarning, GeneratorExit, KeyboardInterrupt, StopAsyncIteration]
for cls in simple:
    e0, e1, e2 = cls(), cls('one'), cls('a', 2)
    print(cls.__name__, repr(e0), repr(e1), repr(e2), repr(str(e0)), str(e1), str(e2))

for cls in [ValueError, KeyboardInterrupt, Warning]:
    show(lambda: cls(x=1))

# KeyError's str is the repr of the key
print(str(KeyError('k')), str(KeyError(1)), str(KeyError(('a', 'b'))), str(KeyError()), str(KeyError('a', 'b')))
print(repr(KeyError('k')), repr(KeyError(('a', 'b'))), str(KeyError('')))

# StopIteration.value
print(StopIteration().value, StopIteration(1).value, StopIteration(1, 2).value, StopIteration(1, 2).args)
s = StopIteration(5)
s.value = 6
print(s.value, s.args)

# SystemExit.code
print(SystemExit().code, SystemExit(3).code, SystemExit('msg').code, SystemExit(1, 2).code)
show(lambda: SystemExit(code=1))

# NameError.name and AttributeError name/obj are keyword-only
n = NameError('msg', name='x')
print(n.name, n.args, str(n))
print(NameError('m').name)
show(lambda: NameError('m', 'n', other=1))
a = AttributeError('msg', name='attr', obj=[1])
print(a.name, a.obj, a.args)
print(AttributeError().name, AttributeError().obj)
show(lambda: AttributeError(nme='x'))
u = UnboundLocalError('local', name='v')
print(u.name, type(u).__mro__[1].__name__)

# ImportError msg/name/path
i = ImportError('cannot import', name='mod', path='/p')
print(i.msg, i.name, i.path, i.args, str(i))
print(ImportError().msg, ImportError('a', 'b').msg, str(ImportError('a', 'b')))
show(lambda: ImportError(bad=1))
m = ModuleNotFoundError('no module', name='m')
print(m.name, type(m).__bases__[0].__name__)

# SyntaxError fields
se = SyntaxError('bad syntax', ('file.py', 3, 5, 'x = (', 3, 6))
print(se.msg, se.filename, se.lineno, se.offset, se.text, se.end_lineno, se.end_offset, str(se))
print(SyntaxError().msg, SyntaxError('m').lineno, str(SyntaxError('m')))
show(lambda: SyntaxError('m', (1, 2)))
show(lambda: SyntaxError('m', 5))
se2 = SyntaxError('m', ('/a/b/c.py', 1, 1, 'x', 1, 2))
print(str(se2))
print(str(SyntaxError('m', (None, 7, 1, 'x'))))
print(str(SyntaxError('m', ('f', None, 1, 'x'))))
print(IndentationError('i').msg, TabError.__mro__[1].__name__)

# UnicodeDecodeError fields and errors
ud = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 1, 'invalid start byte')
print(ud.encoding, ud.object, ud.start, ud.end, ud.reason, str(ud))
show(lambda: UnicodeDecodeError('utf-8', 'str', 0, 1, 'r'))
show(lambda: UnicodeDecodeError('utf-8', b'x', 0))
show(lambda: UnicodeEncodeError('ascii', b'x', 0, 1, 'r'))
print(str(UnicodeEncodeError('ascii', 'h\xe9llo', 1, 2, 'ordinal not in range')))
print(str(UnicodeTranslateError('\u1234', 0, 1, 'no mapping')))
