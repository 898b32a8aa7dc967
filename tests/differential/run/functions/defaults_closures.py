def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c = counter()
print(c(), c(), c(5))

def make_adders():
    return [lambda x, i=i: x + i for i in range(4)]

print([a(10) for a in make_adders()])

def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]

print(late())

x = 'global'
def outer():
    x = 'enclosing'
    def inner():
        return x
    return inner()
print(outer())

def set_global():
    global x
    x = 'changed'
set_global()
print(x)

def kwonly(a, *, b=2, c):
    return a, b, c
print(kwonly(1, c=3), kwonly(1, b=5, c=6))

def star(*args, **kwargs):
    return args, sorted(kwargs.items())
print(star(), star(1, 2, z=3, y=4))

def defaults(a, b=[]):
    b.append(a)
    return b
print(defaults(1), defaults(2))

def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            return a + b
        return l2
    return l1()()
print(deep())

def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
    y = 1
unbound()

def free_unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print('NameError:', e)
    z = 1
free_unbound()

try:
    undefined_name
except NameError as e:
    print('NameError:', e)

print((lambda *a: a)(1, 2, 3))
print((lambda **k: sorted(k))(b=1, a=2))
