# compile() in its three modes: what each accepts, 'single' echoing through
# sys.displayhook (replaced here to watch it), the code objects' names, and
# the argument errors of mode, flags, dont_inherit, optimize and filename.
import sys

def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

seen = []
def hook(value):
    seen.append(value)
old = sys.displayhook
sys.displayhook = hook
g = {}
for src in ["1 + 1", "x = 5", "x", "None", "'text'", "x; x * 2", "if x:\n    x + 1\n", "[i for i in range(3)]",
            "def f(): return 1\n", "f()", "for i in range(2): i\n", "print('printed')"]:
    code = compile(src, "<single>", "single")
    r = exec(code, g)
    print(repr(src), "->", r, seen)
    seen.clear()
sys.displayhook = old
print("restored")
exec(compile("'shown by the real displayhook'", "s", "single"))
exec(compile("None", "s", "single"))
import builtins
builtins._ = "old"
exec(compile("40 + 2", "s", "single"))
print(builtins._, repr(eval("_")))
del sys.displayhook
show("no displayhook", lambda: exec(compile("1", "s", "single")))
sys.displayhook = old

show("single two statements", lambda: compile("1\n2\n", "s", "single"))
show("single empty", lambda: compile("", "s", "single"))
show("single compound then more", lambda: compile("if 1:\n  pass\nx = 1\n", "s", "single"))
show("eval statement", lambda: compile("x = 1", "e", "eval"))
show("eval empty", lambda: compile("", "e", "eval"))
show("eval two lines", lambda: compile("1\n2", "e", "eval"))
show("eval trailing newlines", lambda: eval(compile("1\n\n", "e", "eval")))
show("exec empty", lambda: eval(compile("", "x", "exec")))
show("exec value", lambda: eval(compile("7", "x", "exec")))
show("func_type", lambda: compile("(int) -> int", "f", "func_type"))
show("bad mode", lambda: compile("1", "f", "run"))
show("mode int", lambda: compile("1", "f", 1))
show("filename int", lambda: compile("1", 5, "eval"))
show("filename bytes", lambda: compile("1", b"name.py", "eval").co_filename)
show("filename path-like", lambda: compile("1", type("P", (), {"__fspath__": lambda self: "fs.py"})(), "eval").co_filename)
show("flags bogus", lambda: compile("1", "f", "eval", 0x7fff0000))
show("flags str", lambda: compile("1", "f", "eval", "0"))
show("flags float", lambda: compile("1", "f", "eval", 1.0))
show("dont_inherit str", lambda: compile("1", "f", "eval", 0, "yes") is not None)
show("dont_inherit float", lambda: compile("1", "f", "eval", 0, 1.0))
show("optimize 3", lambda: compile("1", "f", "eval", optimize=3))
show("optimize -2", lambda: compile("1", "f", "eval", optimize=-2))
show("optimize str", lambda: compile("1", "f", "eval", optimize="1"))
show("optimize 2 ok", lambda: eval(compile("assert False, 'gone'", "f", "exec", optimize=2)))
show("optimize 0 assert", lambda: eval(compile("assert False, 'kept'", "f", "exec", optimize=0)))
show("optimize 1 debug", lambda: eval(compile("__debug__", "f", "eval", optimize=1)))
show("optimize 0 debug", lambda: eval(compile("__debug__", "f", "eval", optimize=0)))
show("missing mode", lambda: compile("1", "f"))
show("missing all", lambda: compile())
show("kw names", lambda: eval(compile(source="3", filename="k", mode="eval")))
show("kw unknown", lambda: compile("1", "f", "eval", feature=1))
show("too many", lambda: compile("1", "f", "eval", 0, 0, 0, 0, 0))
show("source int", lambda: compile(5, "f", "eval"))
show("source None", lambda: compile(None, "f", "eval"))
c = compile("a + b", "named.py", "eval")
print(c.co_name, c.co_filename, c.co_names, c.co_firstlineno, eval(c, {"a": 1, "b": 2}))
c = compile("def inner(): pass\n", "mod.py", "exec")
print(c.co_name, c.co_filename, [type(k).__name__ for k in c.co_consts])
c = compile("1", "s.py", "single")
print(c.co_name, c.co_filename, c.co_consts)
print(type(compile("1", "f", "eval")) is type(c), compile("1", "f", "eval") == compile("1", "f", "eval"))
show("syntax error location", lambda: compile("1 +\n", "where.py", "eval"))
try:
    compile("x = (", "loc.py", "exec")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset, repr(e.text))
try:
    compile("a\n  b", "ind.py", "single")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno)
