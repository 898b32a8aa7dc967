# None, NotImplemented and Ellipsis.
def show(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

print(repr(None), str(None), bool(None), repr(NotImplemented), repr(Ellipsis), repr(...), ... is Ellipsis)
print(type(None).__name__, type(NotImplemented).__name__, type(...).__name__)
print(type(None)() is None, type(...)() is ..., type(NotImplemented)() is NotImplemented)
show(lambda: type(None)(1))
show(lambda: type(...)(1))
show(lambda: type(NotImplemented)(1))
show(lambda: type(None)(a=1))
print(NotImplemented.__reduce__(), Ellipsis.__reduce__())
show(lambda: Ellipsis.__reduce__(1))
show(lambda: NotImplemented.__reduce__(1))
print(None == None, None is None, None != 0, hash(None) == hash(None))
print(bool(...), not None)
import builtins
print(builtins.Ellipsis is ..., builtins.NotImplemented is NotImplemented, getattr(builtins, "None") is None)
print(__debug__, True, False)
