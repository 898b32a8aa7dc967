# importlib's public API over files: import_module, reload, util.find_spec, module_from_spec.
import importlib
import importlib.machinery
import importlib.util
import os
import sys

LIB = os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib")
sys.path.insert(0, LIB)

m = importlib.import_module("ipkg.plain")
print(m.__name__, m.count)
print(importlib.import_module(".helper", "ipkg").__name__)
print(importlib.import_module("..helper", "ipkg.sub").__name__)
try:
    importlib.import_module(".helper")
except TypeError as e:
    print("TypeError", e)
try:
    importlib.import_module("..nothing", "ipkg")
except ImportError as e:
    print(type(e).__name__, e)

m2 = importlib.reload(m)
print(m2 is m, m.count)
importlib.reload(m)
print(m.count)
try:
    importlib.reload(os.path.join)
except TypeError as e:
    print("TypeError", e)

spec = importlib.util.find_spec("ipkg.sub.deep")
print(spec.name, type(spec.loader).__name__, os.path.relpath(spec.origin, LIB), spec.submodule_search_locations)
print(importlib.util.find_spec("nosuch_module"))
print(importlib.util.find_spec("sys").origin, importlib.util.find_spec("sys").loader.__name__)
try:
    importlib.util.find_spec("nosuch_pkg.child")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)

spec = importlib.util.spec_from_file_location("loose_mod", os.path.join(LIB, "ipkg", "helper.py"))
mod = importlib.util.module_from_spec(spec)
print(mod.__name__, "loose_mod" in sys.modules)
spec.loader.exec_module(mod)
print(mod.twice(5), mod.__name__)

print(importlib.machinery.SOURCE_SUFFIXES, importlib.machinery.EXTENSION_SUFFIXES == [] or "has extensions")
print([c.__name__ for c in sys.meta_path if isinstance(c, type)])
print(type(sys.path_importer_cache.get(LIB)).__name__)
importlib.invalidate_caches()
print(importlib.util.resolve_name(".x", "a.b"), importlib.util.resolve_name("..x", "a.b"))
try:
    importlib.util.resolve_name("...x", "a.b")
except ImportError as e:
    print("ImportError", e)
