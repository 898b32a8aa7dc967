# Circular imports between modules of a package, the partially initialized error, import *.
import os
import sys

LIB = os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib")
sys.path.insert(0, LIB)

import circ.a
print(circ.a.A, circ.b.B)
try:
    import circ.x
except ImportError as e:
    print(type(e).__name__, str(e).replace(LIB + os.sep, "<lib>/"), e.name)
print("circ.x" in sys.modules, "circ.y" in sys.modules)

ns = {}
exec("from starpkg import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
ns = {}
exec("from starpkg.noall import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))

import nspkg.part.mod
print(nspkg.part.mod.name, nspkg.__file__, type(nspkg.__path__).__name__)
print([os.path.relpath(p, LIB) for p in nspkg.__path__], nspkg.__spec__.origin, nspkg.__spec__.loader is None)
print(type(nspkg.__loader__).__name__)
