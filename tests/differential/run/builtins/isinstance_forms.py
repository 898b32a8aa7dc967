# isinstance/issubclass with tuples, nested tuples and unions; type() forms
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(isinstance(1, int), isinstance(1, (str, int)), isinstance(1, (str, (float, (int,)))), isinstance(True, int))
print(isinstance(1, int | str), isinstance("a", int | None), isinstance(None, int | None), isinstance(1.0, (int | str, float)))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(bool, int | str), issubclass(list, ()))
print(isinstance(1, ()), issubclass(int, ((),)))
attempt(lambda: isinstance(1, 1))
attempt(lambda: isinstance(1, (int, 1)))
attempt(lambda: issubclass(1, int))
attempt(lambda: issubclass(int, 1))
attempt(lambda: isinstance(1, list[int]))
attempt(lambda: issubclass(list, list[int]))
attempt(lambda: isinstance(1))
print(type(1), type("a").__name__, type(type), type(None).__name__)
T = type("T", (), {"a": 1, "f": lambda self: "f"})
print(T.__name__, T().a, T().f(), T.__bases__, T.__qualname__)
U = type("U", (T,), {})
print(U.__mro__[1].__name__, issubclass(U, T), isinstance(U(), T))
attempt(lambda: type("X", (1,), {}))
attempt(lambda: type("X", (), 1))
attempt(lambda: type(1, (), {}))
attempt(lambda: type("X", ()))
attempt(lambda: type())
attempt(lambda: type("a", "b", "c", "d"))
attempt(lambda: type("X", (bool,), {}))
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class M(metaclass=Meta):
    pass
print(isinstance("magic", M), isinstance(1, M), issubclass(int, M), issubclass(str, M), isinstance("magic", (int, M)))
o = object()
print(type(o).__name__, isinstance(o, object))
attempt(lambda: object(1))
attempt(lambda: setattr(o, "a", 1))
