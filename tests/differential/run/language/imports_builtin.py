# Importing builtin modules: import forms, aliases, and ImportError messages.
import sys
import sys as system
from sys import argv as a, maxsize
from sys import (getrecursionlimit,
                 setrecursionlimit)
import builtins
print(system is sys, a is sys.argv, maxsize == sys.maxsize, callable(getrecursionlimit))
print(builtins.len is len, type(sys).__name__, sys.__name__, builtins.__name__)
print('sys' in sys.modules, sys.modules['sys'] is sys)
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    import no_such_pkg.sub
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e)
try:
    from no_such_module_xyz import thing
except ImportError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
def local_import():
    import sys as s2
    from sys import maxsize as ms
    return s2 is sys, ms
print(local_import())
print('s2' in globals())
m = __import__('sys')
print(m is sys)
try:
    __import__('')
except ValueError as e:
    print('ValueError', e)
try:
    __import__(5)
except TypeError as e:
    print('TypeError', e)
for src in ['from sys import *\ndef f(): pass', 'def f():\n    from sys import *\n', 'import sys as', 'from . import x', 'from sys import (a, b,)', 'from sys import a,']:
    try:
        compile(src, '<i>', 'exec')
        print(repr(src), 'compiled')
    except SyntaxError as e:
        print(repr(src), 'SyntaxError', e.msg)
print(__name__, type(__builtins__).__name__ in ('module', 'dict'))
