# The warning classes and the exception hierarchy: bases, issubclass checks, constructors.
warnings = [Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning, RuntimeWarning,
            FutureWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning]
for w in warnings:
    print(w.__name__, w.__bases__[0].__name__, issubclass(w, Warning), issubclass(w, Exception),
          issubclass(w, DeprecationWarning), w.__module__)
print([c.__name__ for c in DeprecationWarning.__mro__])
print(issubclass(PendingDeprecationWarning, DeprecationWarning), issubclass(DeprecationWarning, PendingDeprecationWarning))
print(issubclass(Warning, BaseException), issubclass(BaseException, Warning))
w = UserWarning("careful", 2)
print(repr(w), str(w), w.args)
print(repr(DeprecationWarning()), str(RuntimeWarning("r")))
try:
    raise FutureWarning("raised as exception")
except Warning as e:
    print("caught", type(e).__name__, e)
tree = {}
import builtins
for name in sorted(dir(builtins)):
    obj = getattr(builtins, name)
    if isinstance(obj, type) and issubclass(obj, BaseException) and obj is not BaseException:
        tree.setdefault(obj.__bases__[0].__name__, []).append(name)
for base in sorted(tree):
    print(base, "->", tree[base])
print(len(tree))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, Exception), issubclass(GeneratorExit, Exception))
print(issubclass(StopAsyncIteration, StopIteration), issubclass(ModuleNotFoundError, ImportError))
print(issubclass(TabError, IndentationError), issubclass(IndentationError, SyntaxError))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(UnicodeError, ValueError))
print(issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError))
print(issubclass(FloatingPointError, ArithmeticError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(BrokenPipeError, ConnectionError), issubclass(TimeoutError, OSError))
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(issubclass(UnboundLocalError, NameError), issubclass(IndexError, LookupError), issubclass(KeyError, LookupError))
print(issubclass(EncodingWarning, Warning))
class MyWarning(UserWarning):
    pass
print(issubclass(MyWarning, Warning), [c.__name__ for c in MyWarning.__mro__])
