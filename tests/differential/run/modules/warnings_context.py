import _warnings
class L:
    def get_source(self, name):
        print("get_source", name)
        return "line one\n    indented two\nthree\n"
_warnings.warn_explicit("with globals", UserWarning, "zz.py", 2, module_globals={'__loader__': L(), '__name__': 'zmod'})
_warnings.warn_explicit("with globals", UserWarning, "zz.py", 3, module_globals={'__name__': 'zmod'})
_warnings.warn_explicit("with globals", UserWarning, "zz.py", 1, module_globals={'__loader__': None, '__name__': 'zmod'})
class L2:
    def get_source(self, name):
        return None
_warnings.warn_explicit("with globals", UserWarning, "zz.py", 1, module_globals={'__loader__': L2(), '__name__': 'zmod'})
try:
    _warnings.warn_explicit("with globals", UserWarning, "zz.py", 1, module_globals={'__loader__': 5, '__name__': 'zmod'})
except Exception as e: print(type(e).__name__, e)
import sys
class Rec:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
old = sys.stderr
sys.stderr = r = Rec()
_warnings.warn("recorded")
sys.stderr = None
_warnings.warn("to none")
sys.stderr = old
print([r.parts[0].rsplit('/', 1)[-1]] + r.parts[1:])
def f():
    _warnings.warn("level2", stacklevel=2)
def g():
    f()
g()
_warnings.warn("level big", stacklevel=50)
_warnings.warn("level zero", stacklevel=0)
_warnings.warn("level neg", stacklevel=-3)
print(sys.__dict__.get('__warningregistry__'))
exec("_warnings.warn('in exec')", {'_warnings': _warnings, '__name__': 5})
exec("_warnings.warn('in exec2')", {'_warnings': _warnings})


# the registry of the frame that warns, and of the caller with stacklevel=2
def h():
    _warnings.warn("from h")
    _warnings.warn("for caller", stacklevel=2)
h()
h()
print(sorted(repr(k) for k in globals()['__warningregistry__'] if k != 'version' and 'level' not in repr(k)))
# a blank source line and a line with tabs and form feeds
_warnings.warn("tabs")	;	
class Bad:
    __name__ = 5
try:
    _warnings.warn_explicit("bad registry", UserWarning, "q.py", 1, registry=[])
except TypeError as e:
    print("TypeError", e)
print("done")
