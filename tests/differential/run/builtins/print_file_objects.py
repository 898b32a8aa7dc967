# print() against file-like objects: the calls it makes to write() and
# flush(), results it ignores, errors from write/flush/__str__, file=None,
# sep/end types, and sys.stdout replaced by odd objects.
import sys

def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

class Log:
    def __init__(self, result=None):
        self.calls = []
        self.result = result
    def write(self, s):
        self.calls.append((type(s).__name__, s))
        return self.result
    def flush(self):
        self.calls.append("flush")

for result in [None, 5, "ignored", object]:
    w = Log(result)
    print("a", 1, None, file=w)
    print(result.__name__ if isinstance(result, type) else result, w.calls)
w = Log()
print(file=w)
print("x", "y", sep="", end="", file=w)
print("p", "q", sep=None, end=None, file=w)
print("only", end="!", sep="###", file=w)
print(*"abc", sep="--", end="\n\n", file=w, flush=True)
print(w.calls)

class S(str):
    def __str__(self):
        return "S.__str__"
w = Log()
print(S("sub"), sep=S("|"), end=S("E"), file=w)
print(S("a"), S("b"), sep=S("|"), file=w)
print(w.calls)

class BadStr:
    def __str__(self):
        raise ValueError("str failed")
class NonStr:
    def __str__(self):
        return 5
w = Log()
show("bad str", lambda: print("before", BadStr(), "after", file=w))
print(w.calls)
w = Log()
show("non-str __str__", lambda: print("before", NonStr(), file=w))
print(w.calls)

class WriteRaises:
    def write(self, s):
        raise OSError("disk full")
show("write raises", lambda: print("x", file=WriteRaises()))
class NoFlush:
    def write(self, s):
        pass
show("no flush, flush=False", lambda: print("x", file=NoFlush()))
show("no flush, flush=True", lambda: print("x", file=NoFlush(), flush=True))
class FlushRaises(Log):
    def flush(self):
        raise RuntimeError("flush failed")
show("flush raises", lambda: print("x", file=FlushRaises(), flush=True))
class WriteNotCallable:
    write = 5
show("write not callable", lambda: print("x", file=WriteNotCallable()))
class GetattrWrite:
    def __getattr__(self, name):
        def method(*args):
            print("  via __getattr__", name, args)
        return method
print("getattr file:")
print("g", file=GetattrWrite(), flush=True)
class WriteKw:
    def write(self, s, *, extra):
        pass
show("write with required kw", lambda: print("x", file=WriteKw()))
class Static:
    @staticmethod
    def write(s):
        Static.seen = s
print("z", file=Static, end="")
print("static write on class:", repr(Static.seen))

for flush in [0, 1, True, "yes", "", None, [], 2.0]:
    show("flush=%r" % (flush,), lambda: print("f", file=Log(), flush=flush))
for sep in [1, b"x", ["a"], S("s")]:
    show("sep=%r" % (sep,), lambda: print("a", "b", sep=sep, file=Log()))
show("end=0", lambda: print("a", end=0, file=Log()))
show("file=None with stdout", lambda: print("goes to stdout", file=None))
show("positional file", lambda: print("a", Log, file=None))
show("unknown kw", lambda: print(fil=None))
show("kw dict", lambda: print("k", **{"sep": "-", "end": "|\n"}))
show("kw dict bad key", lambda: print(**{"": 1}))

saved = sys.stdout
sys.stdout = None
r = print("nowhere")
sys.stdout = saved
print("stdout None returned", r)
sys.stdout = Log()
print("into log", 2)
captured = sys.stdout.calls
sys.stdout = saved
print(captured)
sys.stdout = 42
try:
    print("int stdout")
except AttributeError as e:
    err = e
sys.stdout = saved
print(type(err).__name__, err)
del sys.stdout
try:
    print("deleted")
except RuntimeError as e:
    err = e
sys.stdout = saved
print(type(err).__name__, err)
print(file=sys.stderr)
print("err", "line", sep=":", file=sys.stderr)
