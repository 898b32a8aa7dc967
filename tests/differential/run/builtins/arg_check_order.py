# Which check a builtin makes first when several arguments are wrong: positional counts before keywords,
# a missing argument before a duplicate, None named as None in argument-type errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show("sum only keyword", lambda: sum(start=1))
show("sum iterable keyword", lambda: sum(iterable=[1]))
show("sum too many", lambda: sum([1], 2, 3))
show("sum bad keyword", lambda: sum([1], step=1))
show("sum dup start", lambda: sum([1], 2, start=3))
show("max only keyword", lambda: max(key=len))
show("min only default", lambda: min(default=1))
show("max bad keyword one", lambda: max([1], foo=1))
show("max bad keyword many", lambda: max(1, 2, foo=1))
show("max key not callable", lambda: max(1, 2, key=1))
show("max default with many", lambda: max(1, 2, default=0))
show("min key None", lambda: min([3, 1], key=None))
show("type one arg kw", lambda: type(1, k=1))
show("type kw only", lambda: type(k=1))
show("type three args kw", lambda: type("A", (), {}, k=1).__name__)
show("type four args", lambda: type("A", (), {}, 4))
show("type none", lambda: type())
show("type two", lambda: type(1, 2))
show("type bad name", lambda: type(None, (), {}))
show("type bad bases", lambda: type("A", None, {}))
show("type bad dict", lambda: type("A", (), None))
show("eval none", lambda: eval())
show("eval keyword", lambda: eval("1", x=1))
show("eval four", lambda: eval("1", {}, {}, 1))
show("exec none", lambda: exec())
show("exec keyword", lambda: exec("1", foo=1))
show("exec closure on str", lambda: exec("1", closure=()))
show("exec closure None", lambda: exec("1", closure=None))
show("exec closure no free", lambda: exec(compile("1", "f", "exec"), closure=(1,)))
def outer():
    x = 1
    def inner():
        return x
    return inner
show("exec closure wrong length", lambda: exec(outer().__code__, {}, None, closure=()))
show("exec closure not cells", lambda: exec(outer().__code__, closure=(1,)))
show("exec closure list", lambda: exec(outer().__code__, closure=[outer().__closure__[0]]))
show("compile missing", lambda: compile("1", "f"))
show("compile dup", lambda: compile("1", "f", "exec", source="x"))
show("compile bad mode type", lambda: compile("1", "f", None))
show("compile bad kw", lambda: compile("1", "f", "exec", bogus=1))
show("bytes encoding None", lambda: bytes("a", None))
show("bytes errors None", lambda: bytes("a", "utf-8", None))
show("str encoding None", lambda: str(b"a", None))
show("encode None", lambda: "a".encode(None))
show("decode errors None", lambda: b"a".decode("utf-8", None))
show("format spec None", lambda: format(1, None))
show("int format None", lambda: (1).__format__(None))
show("fromhex None", lambda: bytes.fromhex(None))
show("maketrans None", lambda: str.maketrans("a", None))
show("to_bytes byteorder None", lambda: (1).to_bytes(1, None))
show("ljust fill None", lambda: b"a".ljust(3, None))
show("pow dup", lambda: pow(2, base=2))
show("pow missing exp kw", lambda: pow(base=2))
show("pow mod only", lambda: pow(mod=2))
show("round dup", lambda: round(1.5, number=2))
show("round missing", lambda: round(ndigits=2))
show("sorted positional", lambda: sorted([1], None))
show("sorted no args", lambda: sorted())
show("sorted kw iterable", lambda: sorted(iterable=[1]))
show("int kw x", lambda: int(x="5"))
show("int base only", lambda: int(base=10))
show("int base without str", lambda: int(5, 10))
show("int dup base", lambda: int("5", 10, base=10))
s = {1}
def imul():
    global s
    s *= [1]
show("set *= list", imul)
d = {}
def dmul():
    global d
    d *= 2
show("dict *= int", dmul)
class A:
    pass
a = A()
def amul():
    global a
    a *= [1]
show("instance *= list", amul)
n = 2
def nmul():
    global n
    n *= [1]
    return n
show("int *= list", nmul)
def tmul():
    t = (1,)
    t *= 2
    return t
show("tuple *= int", tmul)
def radd():
    x = 1
    x += [1]
show("int += list", radd)
