# ImportError's name/path/msg keywords, AttributeError/NameError name and obj as the runtime fills them.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def fields(e):
    return (type(e).__name__, e.args, getattr(e, "name", "-"), getattr(e, "path", "-"), getattr(e, "msg", "-"), str(e))
show("plain", lambda: fields(ImportError()))
show("msg", lambda: fields(ImportError("m")))
show("two args", lambda: fields(ImportError("m", "n")))
show("name path", lambda: fields(ImportError("m", name="n", path="/p")))
show("name only", lambda: fields(ImportError(name="n")))
show("name None", lambda: fields(ImportError("m", name=None)))
show("name int", lambda: fields(ImportError("m", name=1)))
show("unknown kw", lambda: ImportError("m", bogus=1))
show("unknown and known", lambda: ImportError("m", name="n", other=2))
show("msg kw", lambda: ImportError(msg="x"))
show("module not found", lambda: fields(ModuleNotFoundError("m", name="mod")))
show("module not found kw", lambda: ModuleNotFoundError("m", x=1))
e = ImportError("m", name="n")
e.msg = "changed"
e.name = "other"
e.path = "somewhere"
show("assigned", lambda: fields(e))
show("reduce", lambda: ImportError("m", name="n", path="p").__reduce__())
show("reduce plain", lambda: ImportError("m").__reduce__())
show("import missing", lambda: __import__("no_such_module_here"))
try:
    import no_such_mod
except ImportError as caught:
    print("import stmt", fields(caught))
try:
    from sys import no_such_name
except ImportError as caught:
    print("from import", fields(caught))
try:
    __import__("sys.nope")
except ImportError as caught:
    print("dotted", fields(caught))

def afields(e):
    return (type(e).__name__, str(e), e.name, type(e.obj).__name__ if e.obj is not None else None)
show("attr plain", lambda: afields(AttributeError("m")))
show("attr kw", lambda: afields(AttributeError("m", name="n", obj=5)))
show("attr bad kw", lambda: AttributeError("m", nom="n"))
show("attr two args", lambda: afields(AttributeError("a", "b")))
class C:
    pass
for target in [1, C(), C, "s", None]:
    try:
        target.missing_attr
    except AttributeError as caught:
        print("lookup", afields(caught), caught.obj is target)
try:
    C().__dict__["x"]
except KeyError as k:
    print("keyerror", repr(k))
class Get:
    def __getattr__(self, name):
        raise AttributeError("custom " + name)
try:
    Get().foo
except AttributeError as caught:
    print("custom getattr", afields(caught))
try:
    setattr(1, "x", 2)
except AttributeError as caught:
    print("setattr int", afields(caught))
try:
    del C().nothing
except AttributeError as caught:
    print("del missing", afields(caught))

def nfields(e):
    return (type(e).__name__, str(e), e.name)
show("name plain", lambda: nfields(NameError("m")))
show("name kw", lambda: nfields(NameError("m", name="x")))
show("name bad kw", lambda: NameError("m", obj=1))
try:
    undefined_name_here
except NameError as caught:
    print("global lookup", nfields(caught))
def local_unbound():
    try:
        print(v)
    except UnboundLocalError as caught:
        return nfields(caught)
    v = 1
print("unbound local", local_unbound())
def free_unbound():
    def inner():
        return w
    try:
        inner()
    except NameError as caught:
        return nfields(caught)
    w = 2
print("free unbound", free_unbound())
e = NameError("m")
e.name = "assigned"
print("assign name", e.name)
