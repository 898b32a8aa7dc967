# sys: maxsize, byteorder, version_info fields, recursion limit, intern, exc_info, exception, flags
import sys
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(sys.maxsize == 2 ** 63 - 1, sys.byteorder in ("little", "big"), sys.version_info[:2], sys.version_info.major, sys.version_info.minor)
print(type(sys.version_info.micro).__name__, sys.version_info.releaselevel in ("alpha", "beta", "candidate", "final"), len(sys.version_info))
print(sys.version_info >= (3, 11), sys.version_info < (4,), tuple(sys.version_info)[:2])
old = sys.getrecursionlimit()
print(type(old).__name__)
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
attempt(lambda: sys.setrecursionlimit(0))
attempt(lambda: sys.setrecursionlimit(-5))
attempt(lambda: sys.setrecursionlimit("a"))
attempt(lambda: sys.setrecursionlimit(1.5))
attempt(lambda: sys.setrecursionlimit())
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
a = sys.intern("hello world!")
b = sys.intern("hello " + "world!")
print(a is b, a == "hello world!")
attempt(lambda: sys.intern(5))
class S(str):
    pass
attempt(lambda: sys.intern(S("x")))
print(sys.exc_info(), sys.exception())
try:
    raise ValueError("v")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v)
    try:
        raise KeyError("k")
    except KeyError:
        print(sys.exc_info()[0].__name__, repr(sys.exception()))
    print(sys.exc_info()[0].__name__)
print(sys.exc_info(), sys.exception())
def f():
    return sys.exc_info()[0]
try:
    1 / 0
except ZeroDivisionError:
    print(f().__name__)
print(type(sys.flags).__name__, sys.flags.optimize, sys.flags.dont_write_bytecode in (0, 1), sys.flags.verbose, sys.flags.bytes_warning)
print(sys.flags.quiet, sys.flags.isolated, sys.flags.no_site, sys.flags.ignore_environment in (0, 1), len(sys.flags) > 10)
print(isinstance(sys.float_info.max, float), sys.float_info.dig, sys.int_info.bits_per_digit in (15, 30), sys.hash_info.modulus == 2 ** 61 - 1)
print(sys.maxunicode, type(sys.implementation.name).__name__, sys.getdefaultencoding(), type(sys.argv).__name__)
print(callable(sys.exit), "sys" in sys.modules, sys.modules["sys"] is sys, isinstance(sys.path, list))
attempt(lambda: sys.exit("message"))
attempt(lambda: sys.exit(1, 2))
try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit", e.code, e.args)
