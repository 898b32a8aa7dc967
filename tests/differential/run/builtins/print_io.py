# print(), sys.stdout/stderr/stdin and input at end of input.
import sys

def show(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=None, end=None)
print("x", end="")
print("y", end="\n")
print(1, 2.5, None, True, [1, "two"], (3,), {"k": "v"}, sep=" | ")
show(lambda: print(1, sep=3))
show(lambda: print(1, end=3))
show(lambda: print(1, foo=3))
show(lambda: print(1, file=3))
show(lambda: print(1, flush=1))
print("to stderr", file=sys.stderr)
print("flushed", flush=True)

class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append("<flush>")

w = Writer()
print(1, 2, file=w, sep="-", flush=True)
print(w.parts)

class NoWrite:
    pass
show(lambda: print(1, file=NoWrite()))

print(repr(sys.stdout), repr(sys.stderr), repr(sys.stdin))
print(sys.stdout.encoding, sys.stdout.name, sys.stdout.mode, sys.stdin.mode, sys.stdout.closed)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(sys.stdout.write("written\n"))
show(lambda: sys.stdout.write(3))
show(lambda: sys.stdout.write())
show(lambda: sys.stdout.flush(1))
print(sys.stdout.writable(), sys.stdout.readable(), sys.stdin.readable(), sys.stdout.fileno(), sys.stderr.fileno())
sys.stdout.writelines(["l1\n", "l2\n"])

saved = sys.stdout
sys.stdout = w
print("captured")
sys.stdout = saved
print(w.parts[-2:])
sys.stdout = None
print("lost")
sys.stdout = saved
print("back")
