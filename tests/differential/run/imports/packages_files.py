# Importing modules and packages from files: attributes, submodules, relative imports, errors.
import os
import sys

LIB = os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib")
sys.path.insert(0, LIB)


def rel(path):
    return None if path is None else os.path.relpath(path, LIB)


def clean(message):
    return str(message).replace(LIB + os.sep, "<lib>/")


import ipkg
print(ipkg.__name__, ipkg.__package__, rel(ipkg.__file__), [rel(p) for p in ipkg.__path__])
print(type(ipkg.__loader__).__name__, ipkg.__spec__.name, rel(ipkg.__spec__.origin))
print([rel(p) for p in ipkg.__spec__.submodule_search_locations], ipkg.__spec__.parent, ipkg.__spec__.has_location)
print(ipkg.helper.twice(21), ipkg.twice is ipkg.helper.twice, "ipkg.helper" in sys.modules)

import ipkg.sub.deep
print(ipkg.sub.deep.where, ipkg.sub.deep.pkg_name, ipkg.sub.deep.value, ipkg.sub.parent_value)
print(ipkg.sub.__spec__.parent, ipkg.sub.deep.__spec__.parent, ipkg.sub.deep.__package__)
from ipkg.sub import deep as d
print(d is sys.modules["ipkg.sub.deep"], ipkg.sub.twice(4))
from ipkg import plain
print(plain.count)
import ipkg.plain as p2
print(p2 is plain)

m = __import__("ipkg.sub.deep")
print(m.__name__)
m = __import__("ipkg.sub", fromlist=["deep"])
print(m.__name__, m.deep.__name__)
m = __import__("ipkg", fromlist=["plain", "nosuchsub"])
print(m.__name__, hasattr(m, "nosuchsub"))
m = __import__("sub", globals={"__name__": "ipkg.x", "__package__": "ipkg"}, level=1)
print(m.__name__)

for stmt in [
    "import ipkg.nosuch",
    "from ipkg import nosuch",
    "import ipkg.plain.inner",
    "from ipkg.sub.deep import missing_name",
    "import nosuch_top_level",
    "import nosuch_top_level.child",
    "import ipkg.bad_relative",
]:
    try:
        exec(stmt, {"__name__": "__main__"})
    except ImportError as e:
        print(stmt, "->", type(e).__name__, clean(e), e.name, rel(e.path))

try:
    import ipkg.broken
except RuntimeError as e:
    print("broken:", e, "ipkg.broken" in sys.modules, hasattr(ipkg, "broken"))
try:
    import ipkg.broken
except RuntimeError as e:
    print("broken again:", e)

sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e, e.name)
del sys.modules["blocked"]

try:
    d.fail()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, os.path.basename(tb.tb_frame.f_code.co_filename)))
        tb = tb.tb_next
    print(names)
