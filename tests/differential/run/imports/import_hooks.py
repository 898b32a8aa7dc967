# Finders and loaders written in Python: sys.meta_path, sys.path_hooks, module creation.
import importlib.abc
import importlib.machinery
import importlib.util
import sys
import types


class Loader(importlib.abc.Loader):
    def create_module(self, spec):
        print("create_module", spec.name)
        return None

    def exec_module(self, module):
        print("exec_module", module.__name__, module.__spec__.origin)
        module.answer = len(module.__name__)


class Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path, target=None):
        if fullname.startswith("virtual"):
            print("find_spec", fullname, path)
            is_pkg = fullname == "virtual"
            return importlib.machinery.ModuleSpec(fullname, Loader(), origin="<virtual>", is_package=is_pkg)
        return None


sys.meta_path.insert(0, Finder())
import virtual
import virtual.child
print(virtual.answer, virtual.child.answer, virtual.__path__, virtual.child.__package__)
from virtual import other
print(other.__name__, other.answer)


class ObjectLoader:
    def create_module(self, spec):
        m = types.ModuleType(spec.name)
        m.made_by = "create_module"
        return m

    def exec_module(self, module):
        module.executed = True


class EntryFinder:
    def __init__(self, entry):
        self.entry = entry

    def find_spec(self, fullname, target=None):
        if fullname == "from_hook":
            return importlib.util.spec_from_loader(fullname, ObjectLoader(), origin=self.entry)
        return None


def hook(entry):
    if entry == "<hooked>":
        print("hook called for", entry)
        return EntryFinder(entry)
    raise ImportError("not mine")


sys.path_hooks.insert(0, hook)
sys.path.append("<hooked>")
import from_hook
print(from_hook.made_by, from_hook.executed, from_hook.__spec__.origin, type(sys.path_importer_cache["<hooked>"]).__name__)


class Broken(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path, target=None):
        if fullname == "explodes":
            raise KeyError("finder failed")
        return None


sys.meta_path.insert(0, Broken())
try:
    import explodes
except KeyError as e:
    print("KeyError", e)

saved = sys.meta_path[:]
sys.meta_path.clear()
try:
    import never_found_anywhere
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)
sys.meta_path[:] = saved

del sys.meta_path
try:
    import also_never
except ImportError as e:
    print(type(e).__name__, e)
