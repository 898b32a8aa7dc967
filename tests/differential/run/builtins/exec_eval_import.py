# exec/eval basics, __import__ of sys, __build_class__, NotImplemented and Ellipsis
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(eval("1 + 2"), eval("x * 2", {"x": 21}), eval("y", {}, {"y": "local"}), eval("len(z)", {"z": [1, 2]}))
g = {}
exec("a = 5\ndef f():\n    return a * 2", g)
print(g["a"], g["f"](), "__builtins__" in g)
l = {}
exec("b = 1", {}, l)
print(l)
print(exec("1"), eval("[i for i in range(3)]"), eval(" 3 "), eval(b"4"))
attempt(lambda: eval("1 +"))
attempt(lambda: eval("x"))
attempt(lambda: eval("a = 1"))
attempt(lambda: exec("raise ValueError('in exec')"))
attempt(lambda: eval(5))
attempt(lambda: eval("1", []))
attempt(lambda: exec("1", {}, 5))
code = compile("40 + 2", "<s>", "eval")
print(eval(code), type(code).__name__)
s = __import__("sys")
import sys
print(s is sys, __import__("builtins").len is len)
attempt(lambda: __import__("no_such_module_xyz"))
attempt(lambda: __import__(5))
import builtins
C = builtins.__build_class__(lambda: None, "C")
print(C.__name__, type(C).__name__)
def body():
    pass
D = __build_class__(body, "D", C)
print(D.__name__, D.__bases__[0].__name__, isinstance(D(), C))
attempt(lambda: __build_class__(1, "E"))
attempt(lambda: __build_class__(body, 5))
attempt(lambda: __build_class__(body))
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__, Ellipsis, ..., type(...).__name__, ... is Ellipsis)
print(type(NotImplemented)() is NotImplemented, type(...)() is ..., NotImplemented.__reduce__(), Ellipsis.__reduce__())
attempt(lambda: type(None)(1))
print(type(None)() is None, bool(...), (1).__add__("a"), [1, ...])
