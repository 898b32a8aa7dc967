# __del__: when it runs (after the object becomes unreachable and a collection),
# how often (once, PEP 442), what it may do, and how its errors are reported.
import gc
import sys


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


t = Tracked('one')
del t
gc.collect()
print('after one')

# Rebinding the last reference.
t = Tracked('two')
t = None
gc.collect()
print('after two')

# Objects only referenced from a container go with it (in which order is
# the collector's business: CPython frees a list's items last first).
class Logged:
    log = []

    def __init__(self, name):
        self.name = name

    def __del__(self):
        Logged.log.append(self.name)

items = [Logged('in list %d' % i) for i in range(3)]
del items
gc.collect()
print(sorted(Logged.log))
print('after list')

# Temporaries made in a loop inside a function.
def churn():
    for i in range(2):
        Tracked('temp %d' % i)
    gc.collect()
    print('churn done')

churn()

# Reference cycles are collected too.
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print('del node', self.name, self.other.name)

a = Node('a')
b = Node('b')
a.other = b
b.other = a
del a, b
gc.collect()
print('after cycle')

# __del__ runs once even when it resurrects its object.
class Phoenix:
    count = 0

    def __del__(self):
        Phoenix.count += 1
        global risen
        risen = self
        print('phoenix del', Phoenix.count)

p = Phoenix()
print(gc.is_finalized(p))
del p
gc.collect()
print(type(risen).__name__, gc.is_finalized(risen))
del risen
gc.collect()
print('phoenix count', Phoenix.count)

# Calling __del__ by hand is an ordinary call.
h = Tracked('by hand')
h.__del__()
print('called by hand')

# Errors in __del__ are unraisable: the hook sees them and the program goes on.
def hook(u):
    print('hook', u.exc_type.__name__, u.exc_value, u.err_msg, u.object.__qualname__)

sys.unraisablehook = hook

class Broken:
    def __del__(self):
        raise KeyError('from del')

x = Broken()
del x
gc.collect()
print('still running')
sys.unraisablehook = sys.__unraisablehook__

# __del__ in a subclass, inherited, and added after the class was made.
class Base:
    def __del__(self):
        print('base del', type(self).__name__)

class Derived(Base):
    pass

d = Derived()
del d
gc.collect()

class Late:
    pass

Late.__del__ = lambda self: print('late del')
obj = Late()
del obj
gc.collect()
print(hasattr(object, '__del__'), '__del__' in Base.__dict__)

# What stays alive when the program ends is finalized in the order the
# module's names are cleared: those with one leading underscore first.
keep_first = Tracked('global keep_first')
_private = Tracked('global _private')
keep_last = Tracked('global keep_last')
print('end of program')
