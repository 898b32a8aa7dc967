# Weakref callbacks: when they run, their order, what they see, and errors in them.
import _weakref
import gc
import sys

ref = _weakref.ref
log = []


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'Obj(%s)' % self.name


def make_cb(tag):
    def cb(wr):
        log.append((tag, wr() is None))
    return cb


o = Obj('a')
r1 = ref(o, make_cb('first'))
r2 = ref(o, make_cb('second'))
r3 = ref(o, make_cb('third'))
plain = ref(o)
print([w is plain for w in _weakref.getweakrefs(o)])
del o
gc.collect()
# The newest callback runs first; every reference is already dead.
print(log)
print(r1(), r2(), plain(), r1.__callback__, r3.__callback__)
log.clear()

# The callback gets the weakref object itself.
seen = []
o = Obj('b')
keep = ref(o, lambda wr: seen.append(wr))
del o
gc.collect()
print(len(seen), seen[0] is keep)

# A weakref that dies before its referent never calls back.
o = Obj('c')
tmp = ref(o, make_cb('dropped'))
del tmp
gc.collect()
del o
gc.collect()
print(log)

# Callbacks may create objects and new references.
created = []
def creator(wr):
    n = Obj('new')
    created.append(ref(n))
    created.append(n)

o = Obj('d')
rc = ref(o, creator)
del o
gc.collect()
print(created[1], created[0]() is created[1])

# Errors in callbacks go to sys.unraisablehook; the program continues.
def hook(unraisable):
    print('hook:', unraisable.exc_type.__name__, unraisable.exc_value, unraisable.err_msg, unraisable.object)

class Failing:
    def __call__(self, wr):
        raise ValueError('callback failed')

    def __repr__(self):
        return 'Failing()'

sys.unraisablehook = hook
o = Obj('e')
rf = ref(o, Failing())
rg = ref(o, make_cb('after failure'))
del o
gc.collect()
print(log)
print('still running')

# A hook that fails itself is reported by the default hook.
class BadHook:
    def __call__(self, unraisable):
        raise RuntimeError('hook failed')

    def __repr__(self):
        return 'BadHook()'

sys.unraisablehook = BadHook()
o = Obj('f')
rh = ref(o, Failing())
del o
gc.collect()
sys.unraisablehook = sys.__unraisablehook__
print('after bad hook')

# The default hook prints "Exception ignored in:" with the callback's repr.
o = Obj('g')
ri = ref(o, Failing())
del o
gc.collect()
print('done')
