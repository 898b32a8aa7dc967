# Exception groups: construction rules, str, split, subgroup, derive, except*.
def show(f):
    try:
        r = f()
        print("ok", type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: BaseExceptionGroup())
show(lambda: BaseExceptionGroup(1, [ValueError()]))
show(lambda: BaseExceptionGroup("m", 1))
show(lambda: BaseExceptionGroup("m", []))
show(lambda: BaseExceptionGroup("m", [1]))
show(lambda: BaseExceptionGroup("m", [ValueError()], 1))
show(lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
show(lambda: BaseExceptionGroup("m", [ValueError()]))
show(lambda: BaseExceptionGroup("m", [KeyboardInterrupt()]))
show(lambda: ExceptionGroup("m", (ValueError(1), TypeError(2))))
show(lambda: BaseExceptionGroup("m", [ValueError()], x=1))
show(lambda: ExceptionGroup("m", "ab"))

eg = ExceptionGroup("m", [ValueError(1), TypeError(2)])
print(str(eg), eg.message, eg.exceptions, eg.args)
print(str(ExceptionGroup("one", [ValueError()])))

class MyEG(ExceptionGroup):
    pass
show(lambda: MyEG("m", [KeyboardInterrupt()]))
class MyBEG(BaseExceptionGroup):
    pass
print(type(MyBEG("m", [ValueError()])).__name__)

eg = ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
eg.add_note("note")
eg.__cause__ = KeyError("c")
m, r = eg.split(ValueError)
print(repr(m), repr(r), m.__notes__, repr(m.__cause__), r.__notes__)
print(m.__notes__ is eg.__notes__)
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))), eg.subgroup(OSError), eg.split(Exception)[1])
print(eg.subgroup(lambda e: True) is eg, eg.split(lambda e: True)[0] is eg)
print(repr(eg.split((KeyError, TypeError))))
print(repr(eg.derive([KeyError()])))
for bad in [1, (ValueError, 1), None, eg]:
    show(lambda: eg.split(bad))
show(lambda: ExceptionGroup("m", [ValueError()]).derive(1))
print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
eg2 = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError()])
print(repr(eg2.split(ValueError)))
print(repr(eg2.split(KeyboardInterrupt)))

try:
    raise ExceptionGroup("group", [ValueError("v"), TypeError("t"), KeyError("k")])
except* ValueError as e:
    print("caught ValueError:", repr(e))
except* TypeError as e:
    print("caught TypeError:", repr(e))
except* KeyError as e:
    print("caught KeyError:", repr(e))

try:
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), OSError(3)])])
    except* ValueError:
        print("handled values")
    except* TypeError:
        raise
except ExceptionGroup as rest:
    print("left:", repr(rest))

try:
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("naked wrapped:", repr(e))
        raise KeyError("new")
except* KeyError as e:
    print("new one:", repr(e.exceptions))
