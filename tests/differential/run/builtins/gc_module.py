# The gc module's interface: flags, thresholds, callbacks, tracking and errors.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(500, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
print(gc.get_debug())
gc.set_debug(gc.DEBUG_STATS | gc.DEBUG_COLLECTABLE)
print(gc.get_debug())
gc.set_debug(0)
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.garbage, type(gc.callbacks).__name__)
print(len(gc.get_stats()), sorted(gc.get_stats()[2]))
print(type(gc.collect()).__name__, type(gc.collect(0)).__name__, type(gc.collect(generation=1)).__name__)

phases = []
def cb(phase, info):
    phases.append((phase, sorted(info), info['generation']))

gc.callbacks.append(cb)
gc.collect()
gc.collect(1)
gc.callbacks.remove(cb)
gc.collect()
print(phases)

# A failing callback is reported and the collection finishes.
import sys
def hook(u):
    print('hook', u.exc_type.__name__, u.exc_value)
sys.unraisablehook = hook
def bad(phase, info):
    raise ValueError(phase)
gc.callbacks.append(bad)
gc.collect()
gc.callbacks.remove(bad)
sys.unraisablehook = sys.__unraisablehook__


class C:
    pass

def f():
    pass

for obj in (1, 1.5, 'text', b'bytes', None, True, (), (1, 'a'), ([],), (1, (2, [])), {}, {1: 2}, {1: []},
            {'k': {}}, [], set(), frozenset(), C(), C, f, object(), len, gc, range(3)):
    print(type(obj).__name__, gc.is_tracked(obj))
print(gc.is_finalized(C()))

for call in (lambda: gc.collect(3), lambda: gc.collect(-1), lambda: gc.collect('x'), lambda: gc.collect(1, 2),
             lambda: gc.collect(gen=1), lambda: gc.set_threshold(), lambda: gc.set_threshold(1, 2, 3, 4),
             lambda: gc.set_threshold(x=1), lambda: gc.set_threshold(1.5), lambda: gc.set_debug(),
             lambda: gc.set_debug('a'), lambda: gc.is_tracked(), lambda: gc.is_finalized(1, 2),
             lambda: gc.enable(1), lambda: gc.isenabled(x=1), lambda: gc.get_threshold(1)):
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(gc.__name__, gc.__doc__.splitlines()[0])
print(gc.collect.__name__, repr(gc.collect)[:28])
