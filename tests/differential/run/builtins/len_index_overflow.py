# len() over the __len__ protocol: results that are not ints, negative, or too large for an index.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
for n in [0, 5, True, 2 ** 31, 2 ** 62, 2 ** 63 - 1]:
    show("len %r" % (n,), lambda: len(L(n)))
for n in [2 ** 63, 2 ** 100, -1, -2 ** 70, 1.5, "3", None, [1]]:
    show("len %r" % (n,), lambda: len(L(n)))
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
show("len index", lambda: len(L(Idx(7))))
show("len index big", lambda: len(L(Idx(2 ** 64))))
show("len index neg", lambda: len(L(Idx(-3))))
class IntSub(int):
    pass
show("len int subclass", lambda: type(len(L(IntSub(4)))).__name__)
show("bool of big len", lambda: bool(L(2 ** 64)))
show("bool of neg len", lambda: bool(L(-1)))
show("bool of str len", lambda: bool(L("x")))
show("bool of zero", lambda: bool(L(0)))
class Raises:
    def __len__(self):
        raise ValueError("no length")
show("len raises", lambda: len(Raises()))
class ClassLen:
    pass
ClassLen.__len__ = lambda self: 9
show("len added later", lambda: len(ClassLen()))
c = ClassLen()
c.__len__ = lambda: 1
show("instance __len__ ignored", lambda: len(c))
class NoLen:
    pass
show("no len", lambda: len(NoLen()))
show("len type", lambda: len(list))
show("len of range", lambda: len(range(0, 10, 3)))
show("len of huge range", lambda: len(range(2 ** 64)))
show("huge range len attr", lambda: range(2 ** 64).__len__())
show("len of neg range", lambda: len(range(10, 0)))
show("len bytes", lambda: len(b"abc"))
show("len str astral", lambda: len("a\U0001F600b"))
show("len dict view", lambda: len({1: 2}.items()))
show("len memoryview", lambda: len(memoryview(b"abcd")))
show("len None", lambda: len(None))
show("len int", lambda: len(3))
show("seq repeat huge", lambda: "ab" * (2 ** 63))
show("list repeat index", lambda: [0] * Idx(3))
show("index huge", lambda: [1, 2][2 ** 63])
show("index huge neg", lambda: [1, 2][-2 ** 63 - 1])
show("str index huge", lambda: "ab"[2 ** 100])
show("slice huge", lambda: [1, 2, 3][2 ** 100:])
show("slice huge neg", lambda: [1, 2, 3][-2 ** 100:1])
