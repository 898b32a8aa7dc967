import _warnings

reg = {}
_warnings.warn_explicit("explicit", UserWarning, "somefile.py", 3, registry=reg)
print(sorted(map(repr, reg)))
_warnings.warn_explicit("explicit", UserWarning, "somefile.py", 3, registry=reg)
_warnings.warn_explicit("no registry", UserWarning, "other.txt", 7)
_warnings.warn_explicit("module given", RuntimeWarning, "<stdin>", 1, module="mod")
_warnings.warn_explicit("mod None", RuntimeWarning, "f.py", 1, module=None)
_warnings.warn_explicit(UserWarning("inst"), RuntimeWarning, "g.py", 2)
_warnings.warn_explicit("empty filename", UserWarning, "", 2)
_warnings.warn_explicit(42, UserWarning, "num.py", 2)
print(_warnings.warn_explicit("ret", UserWarning, "r.py", 2))
for args, kw in [
    ((), {}),
    (("m", UserWarning, 3, 1), {}),
    (("m", UserWarning, "f", "x"), {}),
    (("m", UserWarning, "f", 2**40), {}),
    (("m", UserWarning, "f", 1.5), {}),
    (("m", UserWarning, "f", 1), {'registry': 5}),
    (("m", UserWarning, "f", 1), {'module_globals': 5}),
    (("m", UserWarning, "f", 1), {'bogus': 5}),
    (("m", UserWarning, "f", 1, None, None, None, None, None), {}),
    (("m", int, "f", 1), {}),
    (("m", "notatype", "f", 1), {}),
]:
    try:
        _warnings.warn_explicit(*args, **kw)
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)

# the module action: once per module, keyed without the line
_warnings.filters.insert(0, ('module', None, UserWarning, None, 0))
_warnings._filters_mutated()
reg = {}
_warnings.warn_explicit("per module", UserWarning, "a.py", 1, registry=reg)
_warnings.warn_explicit("per module", UserWarning, "a.py", 2, registry=reg)
print(sorted(map(repr, reg)))
# the once action: once anywhere
_warnings.filters[0] = ('once', None, UserWarning, None, 0)
_warnings._filters_mutated()
reg1 = {}
reg2 = {}
_warnings.warn_explicit("just once", UserWarning, "b.py", 1, registry=reg1)
_warnings.warn_explicit("just once", UserWarning, "c.py", 5, registry=reg2)
_warnings.warn_explicit("just once", UserWarning, "d.py", 6)
print(sorted(map(repr, reg1)), sorted(map(repr, reg2)))
print(sorted(map(repr, _warnings._onceregistry)))
# always
_warnings.filters[0] = ('always', None, UserWarning, None, 0)
_warnings._filters_mutated()
reg = {}
_warnings.warn_explicit("always", UserWarning, "e.py", 1, registry=reg)
_warnings.warn_explicit("always", UserWarning, "e.py", 1, registry=reg)
print(sorted(map(repr, reg)))
# filters by line number, by exact module text and by objects with match()
class Matcher:
    def __init__(self, text):
        self.text = text
    def match(self, s):
        print("match called with", repr(s))
        return s.startswith(self.text)
_warnings.filters[0] = ('ignore', None, UserWarning, None, 4)
_warnings._filters_mutated()
_warnings.warn_explicit("line 4 ignored", UserWarning, "h.py", 4)
_warnings.warn_explicit("line 5 shown", UserWarning, "h.py", 5)
_warnings.filters[0] = ('ignore', Matcher("skip"), UserWarning, 'h', 0)
_warnings._filters_mutated()
_warnings.warn_explicit("skip me", UserWarning, "h.py", 6)
_warnings.warn_explicit("keep me", UserWarning, "h.py", 7)
_warnings.warn_explicit("skip me", UserWarning, "hh.py", 8)
_warnings.filters[0] = ('ignore', None, UserWarning, Matcher("m"), 0)
_warnings.warn_explicit("by module", UserWarning, "m.py", 9, module="mymod")
# bad filters
for bad in [('bogus', None, UserWarning, None, 0), (1, None, UserWarning, None, 0), ('error', None, UserWarning), 'x',
            ('error', None, UserWarning, None, 'z')]:
    _warnings.filters[0] = bad
    _warnings._filters_mutated()
    try:
        _warnings.warn_explicit("bad filter", UserWarning, "z.py", 1)
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)
del _warnings.filters[0]
