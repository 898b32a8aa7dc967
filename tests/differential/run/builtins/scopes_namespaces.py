# globals(), locals() and vars() in every kind of scope: module, function,
# closure, class body, comprehension, generator, lambda, exec/eval with their
# own dicts; writes through locals(); vars() errors and __dict__ forms.
def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

top = 1
print("module", locals() is globals(), vars() is globals(), "top" in globals(), type(globals()).__name__)

def func(a, b=2, *args, **kw):
    c = 3
    loc = locals()
    print("function", sorted(loc), loc["a"], loc["args"], loc["kw"], globals() is globals()["__builtins__"] or "globals ok")
    loc["c"] = 99
    loc["new"] = 1
    print("after write", c, "new" in locals(), sorted(locals()))
    d = 4
    print("again", sorted(loc), loc is locals())
func(1, 2, 3, x=4)

def outer():
    x = 1
    y = 2
    def inner():
        z = x
        return sorted(locals())
    def writer():
        nonlocal y
        y = 5
        return sorted(locals())
    print("closure", inner(), writer(), y)
    return sorted(locals())
print("outer", outer())

def unbound():
    before = sorted(locals())
    late = 1
    return before, sorted(locals())
print("unbound", unbound())

def deleted():
    v = 1
    del v
    return sorted(locals())
print("deleted", deleted())

class Body:
    a = 1
    names = sorted(locals())
    is_vars = vars() is locals()
    ns_type = type(locals()).__name__
    glob = "top" in globals()
    locals()["injected"] = "via locals"
print("class", Body.names, Body.is_vars, Body.ns_type, Body.glob, Body.injected)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {"prepared": True}
class WithPrepare(metaclass=Meta):
    seen = sorted(locals())
    t = type(locals()).__name__
print("prepared", WithPrepare.seen, WithPrepare.t)

def in_comp():
    outer_var = 1
    return [sorted(locals()) for i in range(1)][0], {k: sorted(locals()) for k in "a"}["a"]
print("comprehension", in_comp())
print("module comprehension", [sorted(locals()) for q in range(1)][0])
gen = (sorted(locals()) for g in range(1))
print("generator", next(gen))
print("lambda", (lambda p, q=1: sorted(locals()))(0))
print("lambda globals", (lambda: globals() is globals())())

g = {"x": 1}
l = {"y": 2}
g["l"] = l
g["g"] = g
exec("z = x + y\nloc_is = locals() is l\nglob_is = globals() is g", g, l)
print("exec two dicts", sorted(l), l["z"], l["loc_is"], l["glob_is"], "z" in g)
exec("w = 5\nsame = locals() is globals()", g)
print("exec one dict", g["w"], g["same"], "__builtins__" in g)
print("eval locals", eval("sorted(locals())", {}, {"k": 1}), eval("locals() is globals()", {}))
print("eval vars", eval("vars()", {"__builtins__": __builtins__}, {"only": 1}))
def exec_in_function():
    exec("made = 1")
    loc = locals()
    return "made" in loc, sorted(loc)
print("exec in function", exec_in_function())
class Mapping:
    def __getitem__(self, key):
        if key == "magic":
            return 42
        raise KeyError(key)
    def __setitem__(self, key, value):
        print("  set", key, value)
    def keys(self):
        return ["magic"]
print("eval mapping", eval("magic", {}, Mapping()))
exec("assigned = magic + 1", {}, Mapping())

class K:
    pass
k = K()
k.attr = 1
print("vars(instance)", vars(k), vars(k) is k.__dict__)
print("vars(class)", type(vars(K)).__name__, "__module__" in vars(K))
import sys
print("vars(module)", vars(sys) is sys.__dict__)
show("vars(int)", lambda: vars(1))
show("vars(list)", lambda: vars([]))
show("vars two", lambda: vars(k, k))
show("vars kw", lambda: vars(object=k))
class Slots:
    __slots__ = ("a",)
show("vars slots", lambda: vars(Slots()))
class DictProp:
    @property
    def __dict__(self):
        return {"fake": True}
show("vars property", lambda: vars(DictProp()))
class DictRaises:
    @property
    def __dict__(self):
        raise RuntimeError("no dict for you")
show("vars raising", lambda: vars(DictRaises()))
class DictNonDict:
    __dict__ = 5
show("vars non-dict", lambda: vars(DictNonDict()))
show("globals arg", lambda: globals(1))
show("locals arg", lambda: locals(1))
show("locals kw", lambda: locals(x=1))
