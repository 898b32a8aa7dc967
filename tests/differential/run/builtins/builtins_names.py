# What the builtins module holds.
import builtins
names = set(dir(builtins))
expected = """ArithmeticError AssertionError AttributeError BaseException BaseExceptionGroup
BlockingIOError BrokenPipeError BufferError BytesWarning ChildProcessError ConnectionAbortedError
ConnectionError ConnectionRefusedError ConnectionResetError DeprecationWarning EOFError Ellipsis
EncodingWarning EnvironmentError Exception ExceptionGroup False FileExistsError FileNotFoundError
FloatingPointError FutureWarning GeneratorExit IOError ImportError ImportWarning IndentationError
IndexError InterruptedError IsADirectoryError KeyError KeyboardInterrupt LookupError MemoryError
ModuleNotFoundError NameError None NotADirectoryError NotImplemented NotImplementedError OSError
OverflowError PendingDeprecationWarning PermissionError ProcessLookupError RecursionError
ReferenceError ResourceWarning RuntimeError RuntimeWarning StopAsyncIteration StopIteration
SyntaxError SyntaxWarning SystemError SystemExit TabError TimeoutError True TypeError
UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError
UnicodeWarning UserWarning ValueError Warning ZeroDivisionError __build_class__ __debug__ __doc__
__import__ __name__ __package__ abs aiter all anext any ascii bin
bool breakpoint bytearray bytes callable chr classmethod complex delattr dict
dir divmod enumerate eval exec filter float format frozenset getattr globals hasattr hash
hex id input int isinstance issubclass iter len list locals map max memoryview min next
object oct open ord pow print property range repr reversed round set setattr slice sorted
staticmethod str sum super tuple type vars zip""".split()
print(sorted(n for n in expected if n not in names))
print(builtins.__name__, repr(builtins.__package__), repr(builtins))
import sys
print(sys.modules["builtins"] is builtins)
for n in ["len", "print", "isinstance", "max"]:
    print(repr(getattr(builtins, n)))
print(builtins.len.__name__, builtins.len.__module__ if hasattr(builtins.len, "__module__") else "")
