import _warnings
import sys

print(_warnings.filters)
print(_warnings._defaultaction, _warnings._onceregistry)
print(type(_warnings._filters_mutated()))


def show(label):
    reg = globals().get('__warningregistry__')
    items = sorted((repr(k) for k in reg), key=str) if reg is not None else None
    print(label, items)


# default action: printed once per location
for i in range(3):
    _warnings.warn("default action")
show("after loop")
_warnings.warn("a user warning", UserWarning)
_warnings.warn("runtime one", RuntimeWarning)
_warnings.warn(RuntimeWarning("an instance"))
_warnings.warn(RuntimeWarning("instance wins"), DeprecationWarning)


class MyWarning(UserWarning):
    pass


_warnings.warn("subclass", MyWarning)
# Deprecation warnings in __main__ are shown
_warnings.warn("deprecated here", DeprecationWarning)
_warnings.warn("pending", PendingDeprecationWarning)
_warnings.warn("import", ImportWarning)
_warnings.warn("resource", ResourceWarning)
show("registry")

# errors of the arguments
for args, kw in [((), {}), (("m", int), {}), (("m", 5), {}), (("m",), {'stacklevel': 'x'}),
                 (("m",), {'bogus': 1}), (("m", None, 1, None, 5), {})]:
    try:
        _warnings.warn(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)

# the error action raises
_warnings.filters.insert(0, ('error', None, RuntimeWarning, None, 0))
_warnings._filters_mutated()
try:
    _warnings.warn("now an error", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", type(e).__name__, e.args)
try:
    _warnings.warn(RuntimeWarning("instance raised", 2))
except RuntimeWarning as e:
    print("raised", type(e).__name__, e.args)
show("after error")

# ignore
_warnings.filters.insert(0, ('ignore', None, UserWarning, None, 0))
_warnings._filters_mutated()
_warnings.warn("ignored")
show("after ignore")
del _warnings.filters[0]
del _warnings.filters[0]
_warnings._filters_mutated()
print(len(_warnings.filters))
