# The first version of sys.
import sys

def show(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

print(sys.version_info[:2], sys.version_info >= (3, 11), sys.version_info.major, sys.version_info.minor)
print(type(sys.version_info).__name__, len(sys.version_info), sys.version_info[3], sys.version.startswith("3.11."))
print(sys.hexversion >> 16 == 0x030B, sys.maxsize, sys.maxunicode, sys.byteorder, sys.platform)
print(sys.implementation.version[:2], sys.implementation.cache_tag is None or isinstance(sys.implementation.cache_tag, str))
print(sys.getdefaultencoding(), sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
show(lambda: sys.setrecursionlimit(0))
show(lambda: sys.setrecursionlimit("a"))
show(lambda: sys.setrecursionlimit(2**70))
show(lambda: sys.getrecursionlimit(1))
print(sys.exc_info(), sys.exception())
try:
    raise KeyError("k")
except KeyError as e:
    t, v, tb = sys.exc_info()
    print(t, v is e, tb is e.__traceback__, sys.exception() is e)
print(sys.exc_info())
show(lambda: sys.exc_info(1))
show(lambda: sys.exception(1))
print(sys.intern("abc") == "abc")
show(lambda: sys.intern(1))
class S(str):
    pass
show(lambda: sys.intern(S("a")))
show(lambda: sys.intern())
print(sys.getsizeof(object()) > 0, sys.getsizeof(1, 5) > 0)
show(lambda: sys.getsizeof())
print(sys.flags.optimize, sys.flags.debug, sys.flags[3], type(sys.flags).__name__)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.default_max_str_digits, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.width)
print(sys.modules["sys"] is sys, "builtins" in sys.modules, sys.modules["__main__"].__name__)
print(isinstance(sys.path, list), isinstance(sys.argv, list), sys.argv[0])
print("sys" in sys.builtin_module_names, "builtins" in sys.builtin_module_names)
print(sys.displayhook is sys.__displayhook__, sys.excepthook is sys.__excepthook__)
import builtins
sys.displayhook(5)
print(builtins._)
sys.displayhook(None)
print(builtins._)
show(lambda: sys.displayhook())
show(lambda: sys.excepthook(1))
show(lambda: sys.excepthook(1, 2, 3))
show(lambda: sys.exit(1, 2))
show(lambda: type(sys.version_info)())
show(lambda: type(sys.flags)())
try:
    sys.exit("bye")
except SystemExit as e:
    print("SystemExit", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit", e.code, e.args)
sys.exit(3)
