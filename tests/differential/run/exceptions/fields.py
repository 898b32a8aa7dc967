# Exception classes with fields of their own.
def show(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

def describe(e):
    keys = ['errno', 'strerror', 'filename', 'filename2', 'msg', 'lineno', 'offset', 'text',
            'end_lineno', 'end_offset', 'print_file_and_line', 'encoding', 'object', 'start',
            'end', 'reason', 'value', 'code', 'name', 'path', 'obj']
    fields = {k: getattr(e, k) for k in keys if hasattr(e, k)}
    print(type(e).__name__, repr(str(e)), repr(e), e.args, fields)

for args in [(2, "x"), (2, "No such file or directory", "x"), (2, "s", "a", None, "b"), (1,),
             (1, 2, 3, 4, 5, 6), (99, "zz"), ("a", "b"), (None, "b"), (13, "p", "f"),
             (17, "exists"), (21, "dir"), (32, "pipe"), (111, "refused"), (110, "timeout"),
             (3, "srch"), (10, "child"), (4, "intr")]:
    describe(OSError(*args))

describe(BlockingIOError(11, "s", 5))
print(BlockingIOError(11, "s", 5).characters_written)
show(lambda: BlockingIOError(11, "s").characters_written)
describe(FileNotFoundError(13, "p"))
print(OSError(2, "x", "f").__reduce__())
print(EnvironmentError is OSError, IOError is OSError)

class MyOSError(OSError):
    def __init__(self, a, b, c):
        super().__init__(a, b)
        self.c = c
e = MyOSError(2, "m", "extra")
print(type(e).__name__, e.errno, e.strerror, e.c, str(e))

describe(SyntaxError("m", ("/a/f.py", 3, 4, "t")))
describe(SyntaxError("m", ("f.py", None, 4, "t")))
describe(SyntaxError("m", (None, 3, 4, "t")))
describe(SyntaxError("m", ("f.py", 1, 2, "t", 1, 5)))
describe(SyntaxError())
describe(SyntaxError(1, 2, 3))
describe(IndentationError("unexpected indent", ("x.py", 2, 1, " y\n")))
show(lambda: SyntaxError("m", 1))
show(lambda: SyntaxError("m", (1, 2)))
show(lambda: SyntaxError("m", ("f", 1, 2, 3, 4, 5, 6)))
show(lambda: SyntaxError("m", ("f", 1, 2, 3, 4)))

describe(StopIteration())
describe(StopIteration(1, 2))
describe(StopAsyncIteration("x"))
describe(SystemExit())
describe(SystemExit(3))
describe(SystemExit(1, 2))
describe(ImportError("m", name="n", path="p"))
describe(ImportError(1, 2))
describe(ModuleNotFoundError("m", name="n"))
show(lambda: ImportError("m", x=1))
print(ImportError("m", name="n").__reduce__())
describe(NameError("m", name="n"))
describe(UnboundLocalError("u"))
show(lambda: NameError(x=1))
describe(AttributeError("m", name="n", obj=1))
show(lambda: AttributeError(x=1))

e = StopIteration(1)
e.value = 2
print(e.value, e.args)
e = SystemExit(1)
e.code = 5
print(e.code)
