# *args/**kwargs in definitions and calls, and the errors of star arguments.
def show(*args, **kwargs):
    return args, kwargs
print(show())
print(show(1, *[2, 3], *(4,), 5, a=1, **{'b': 2}, c=3, **{'d': 4}))
print(show(*'ab', *range(2), *{7: 'x'}))
print(show(**{'x': 1}, **{'y': 2}))
args = (1, 2)
kw = {'k': 'v'}
print(show(*args, **kw), args, kw)
print(type(show(1)[0]).__name__, type(show(a=1)[1]).__name__)

def f(a, b, c):
    return a, b, c
print(f(*[1, 2, 3]), f(1, *[2], **{'c': 3}), f(**{'a': 1, 'b': 2, 'c': 3}))

class Mapping:
    def keys(self):
        return ['a', 'b', 'c']
    def __getitem__(self, k):
        return k.upper()
print(f(**Mapping()))

cases = [
    "show(*1)", "show(*None)", "show(**1)", "show(**[1])", "show(**{1: 2})",
    "show(**{'a': 1}, **{'a': 2})", "show(a=1, **{'a': 2})", "f(*[1, 2])", "f(*[1, 2, 3, 4])",
    "f(1, **{'a': 2, 'b': 3, 'c': 4})", "f(**{'a': 1, 'b': 2, 'd': 3})", "len(*[1, 2])", "print(**{1: 2})",
    "dict(**{'a': 1}, a=2)",
]
for c in cases:
    try:
        print(c, eval(c))
    except TypeError as e:
        print(c, 'TypeError', e)

# kwargs is a fresh dict each call; args a fresh tuple
def mutate(**kw):
    kw['added'] = True
    return kw
src = {'x': 1}
print(mutate(**src), src)

# args and kwargs order preserved
def order(*a, **k):
    return list(k)
print(order(z=1, a=2, m=3, **{'b': 4}, c=5))

# star unpack of generators and iterators in calls
def gen():
    yield 'g1'
    yield 'g2'
print(show(*gen(), *iter([3])))

# star in displays
print([*range(3), *'ab'], (*[1], *[2]), {*[1, 2], *(2, 3)}, {**{'a': 1}, 'b': 2, **{'a': 3}})
try:
    [*5]
except TypeError as e:
    print('TypeError', e)
try:
    {**[1]}
except TypeError as e:
    print('TypeError', e)
