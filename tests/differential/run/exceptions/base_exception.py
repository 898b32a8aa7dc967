# BaseException: args, str and repr by number of args, attributes and their checks.
def show(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

for args in [(), ("x",), ("a", 2), (1,), ((),), (None,)]:
    e = ValueError(*args)
    print(repr(e), "|", str(e), "|", e.args)

e = Exception("a", "b")
e.args = [1]
print(e.args, repr(e), str(e))
show(lambda: ValueError(x=1))
show(lambda: delattr(e, "args"))

e = KeyError("k")
print(str(e), repr(e), str(KeyError()), str(KeyError(1, 2)), str(KeyError("")))

e = ValueError()
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
show(lambda: setattr(e, "__cause__", 1))
show(lambda: setattr(e, "__context__", 1))
show(lambda: setattr(e, "__traceback__", 1))
show(lambda: delattr(e, "__traceback__"))
show(lambda: delattr(e, "__context__"))
show(lambda: delattr(e, "__cause__"))
show(lambda: setattr(e, "__suppress_context__", 1))
show(lambda: e.with_traceback(1))
print(e.with_traceback(None) is e)
e.__cause__ = None
print(e.__suppress_context__)
c = KeyError("c")
e.__cause__ = c
print(e.__cause__ is c)
e.__context__ = c
print(e.__context__ is c)

e = ValueError()
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second")
print(e.__notes__, e.__dict__)
show(lambda: e.add_note(1))
e.__notes__ = 5
show(lambda: e.add_note("x"))

e = ValueError(1)
print(e.__reduce__())
e.x = 1
print(e.__reduce__(), e.__dict__)
e.__setstate__({"y": 2})
print(e.y)
show(lambda: e.__setstate__(1))
e.__setstate__(None)
show(lambda: setattr(e, "__dict__", 1))
show(lambda: delattr(e, "__dict__"))

class MyError(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
    def __str__(self):
        return f"MyError with {self.args[0]} and {self.b}"

m = MyError(1, 2)
print(m.args, str(m), repr(m), m.b)

class Plain(Exception):
    pass

print(repr(Plain(1, 2)), str(Plain("p")), Plain.__mro__)

class InitOnly(Exception):
    def __init__(self, x):
        self.x = x

i = InitOnly(5)
print(i.args, i.x, repr(i))
try:
    raise MyError("boom", 3)
except MyError as err:
    print("caught", err)
