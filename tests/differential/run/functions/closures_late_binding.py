# Closures bind variables, not values: late binding in loops and the fixes.
fs = []
for i in range(4):
    fs.append(lambda: i)
print([f() for f in fs])

fs = [lambda: i for i in range(4)]
print([f() for f in fs])

fs = [lambda i=i: i for i in range(4)]
print([f() for f in fs])
print([f(10) for f in fs])

def make_adders():
    out = []
    for n in range(3):
        def add(x):
            return x + n
        out.append(add)
    return out
print([a(100) for a in make_adders()])

def make_adders_fixed():
    def make(n):
        def add(x):
            return x + n
        return add
    return [make(n) for n in range(3)]
print([a(100) for a in make_adders_fixed()])

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
inc(); inc()
print(get(), inc(), get())
inc2, get2 = counter()
print(get2(), inc2(), get())

def rebinding():
    x = 'first'
    def show():
        return x
    a = show()
    x = 'second'
    b = show()
    return a, b, show
a, b, show = rebinding()
print(a, b, show())

def shared_cell():
    v = []
    def add(item):
        v.append(item)
    def read():
        return list(v)
    return add, read
add, read = shared_cell()
add(1); add(2)
print(read())

# closures created by generator expressions
def gen_closures():
    return list(lambda: j for j in 'abc')
print([f() for f in gen_closures()])

# nested comprehension capturing the outer loop variable
grid = [[lambda: (r, c) for c in range(2)] for r in range(2)]
print([[f() for f in row] for row in grid])

# a closure that reads a variable assigned later in the enclosing scope
def later():
    def inner():
        return value
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    value = 5
    return inner()
print(later())

# deleting a captured variable
def deleted():
    x = 1
    def inner():
        return x
    del x
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
deleted()

# a class body does not create a closure scope for its methods
def class_scope():
    y = 'enclosing'
    class K:
        y = 'class'
        def m(self):
            return y
        z = [y for _ in range(1)]
    return K().m(), K.z
print(class_scope())

x = 'global'
def global_vs_free():
    x = 'local'
    class K:
        print(x)
        x = 'class attr'
        print(x)
    return K.x
print(global_vs_free())
