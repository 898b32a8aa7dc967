def f(a, b=1):
    return a + b

co = f.__code__
r = co.replace()
print('equal copy', r == co, r is co, r.co_name)
g = co.replace(co_name='g', co_qualname='Outer.g')
print(g.co_name, g.co_qualname, g == co)
moved = co.replace(co_firstlineno=100)
print(moved.co_firstlineno, sorted({l for _, _, l in moved.co_lines() if l is not None}))
print(sorted({l for _, _, l in co.co_lines() if l is not None}))
print(co.replace(co_filename='other.py').co_filename)

# a function with replaced code runs the same instructions
f.__code__ = g
print(f(2), f(2, 3), f.__code__.co_name, f.__name__)

errors = [
    dict(co_name=1),
    dict(co_qualname=None),
    dict(co_filename=b'x'),
    dict(co_firstlineno='1'),
    dict(co_names=['a']),
    dict(co_consts=[1]),
    dict(co_code='abc'),
    dict(co_bogus=1),
]
for kw in errors:
    try:
        co.replace(**kw)
        print('no error', kw)
    except TypeError as e:
        print('TypeError', e)
try:
    co.replace(1)
except TypeError as e:
    print('TypeError', e)

# renaming variables keeps the behaviour
def h(x):
    y = x * 2
    return y
h2 = h.__code__.replace(co_varnames=('first', 'second'))
print(h2.co_varnames)
h.__code__ = h2
print(h(5))

# replacing constants
def k():
    return 'old'
consts = k.__code__.co_consts
new_consts = tuple('new' if c == 'old' else c for c in consts)
k.__code__ = k.__code__.replace(co_consts=new_consts)
print(k())

# names
def uses_global():
    return len
print(uses_global.__code__.co_names)
print(uses_global.__code__.replace(co_names=('abs',)).co_names)
