# Default values are evaluated once at definition time and shared between calls.
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_to.__defaults__)

def safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe(1), safe(2))

calls = []
def default_value(tag):
    calls.append(tag)
    return tag
def h(x=default_value('x'), *, y=default_value('y')):
    return x, y
print(calls, h(), h(), calls)

# defaults are evaluated left to right, before the function exists
order = []
def d(n):
    order.append(n)
    return n
def k(a=d(1), b=d(2), *, c=d(3), e=d(4)):
    pass
print(order)

# dict defaults shared through the mutation
def counter(key, counts={}):
    counts[key] = counts.get(key, 0) + 1
    return counts
counter('a'); counter('b'); counter('a')
print(counter('c'))

# the default object identity
sentinel = object()
def ident(x=sentinel):
    return x is sentinel
print(ident(), ident(None))

# defaults and closures in a loop
funcs = []
for i in range(3):
    def f(i=i):
        return i
    funcs.append(f)
print([f() for f in funcs])

# a default referring to an earlier global value is frozen
base = 10
def frozen(x=base):
    return x
base = 20
print(frozen(), base)

# mutable default in a method shared across instances
class Bag:
    def __init__(self, items=[]):
        self.items = items
    def add(self, x):
        self.items.append(x)
b1 = Bag(); b2 = Bag()
b1.add('shared')
print(b2.items, b1.items is b2.items)

# replacing __defaults__ resets the sharing
append_to.__defaults__ = ([],)
print(append_to('fresh'))
# lambda defaults
lam = lambda x, acc=[]: acc.append(x) or acc
print(lam(1), lam(2))
