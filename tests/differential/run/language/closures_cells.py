# Closures: late binding, cells in loops, shared cells, cell_contents.
fns = []
for i in range(3):
    fns.append(lambda: i)
print([f() for f in fns])
i = 'changed'
print([f() for f in fns])

def make():
    fs = []
    for j in range(3):
        fs.append(lambda: j)
    j = 'after loop'
    return fs
print([f() for f in make()])

def make_bound():
    return [(lambda j=j: j) for j in range(3)]
print([f() for f in make_bound()])

def make_factory():
    def factory(n):
        return lambda: n
    return [factory(k) for k in range(3)]
print([f() for f in make_factory()])

# two closures share one cell
def pair():
    v = 0
    def get():
        return v
    def set_(x):
        nonlocal v
        v = x
    return get, set_
g, s = pair()
s(10)
print(g(), g.__closure__[0] is s.__closure__[0])

# cell_contents, including an empty cell
def empty_cell():
    def inner():
        return late
    c = inner.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print('ValueError', e)
    late = 'now set'
    return c.cell_contents
print(empty_cell())
def unbound_free():
    def inner():
        return w
    try:
        inner()
    except NameError as e:
        print('NameError', e)
    w = 1
unbound_free()

# cells can be written through cell_contents
def writable():
    x = 1
    def get():
        return x
    get.__closure__[0].cell_contents = 99
    return get(), x
print(writable())

# closures over parameters and class cells
def adder(n):
    return lambda x: x + n
add5 = adder(5)
print(add5(1), add5.__code__.co_freevars)

class WithSuper:
    def m(self):
        return __class__.__name__
print(WithSuper().m(), WithSuper.m.__code__.co_freevars)

# deep nesting
def l1():
    a = 1
    def l2():
        b = 2
        def l3():
            c = 3
            def l4():
                return a + b + c
            return l4
        return l3()
    return l2()
f4 = l1()
print(f4(), f4.__code__.co_freevars)

# a closure in a while loop rebinding the variable
funcs = []
n = 0
while n < 3:
    funcs.append(lambda: n)
    n += 1
print([f() for f in funcs])

# a generator closure sees later changes
def gen_closure():
    val = 'before'
    def gen():
        yield val
        yield val
    g = gen()
    first = next(g)
    val = 'after'
    return first, next(g)
print(gen_closure())

# cell comparisons and types
def cells():
    a = 1
    b = 2
    return (lambda: (a, b)).__closure__
c1, c2 = cells()
print(type(c1).__name__, c1.cell_contents, c2.cell_contents, c1 < c2 or c1 > c2 or c1 == c2)
