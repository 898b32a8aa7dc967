# nonlocal across several levels of nesting, shadowing, and global interplay.
def outer():
    a = 1
    def middle():
        b = 2
        def inner():
            nonlocal a, b
            a += 10
            b += 20
            return a, b
        r = inner()
        return r, b
    r = middle()
    return r, a
print(outer())

def skip_level():
    x = 'outer'
    def middle():
        def inner():
            nonlocal x
            x = 'set by inner'
        inner()
        return x
    m = middle()
    return m, x
print(skip_level())

def shadow():
    x = 'outer'
    def middle():
        x = 'middle'
        def inner():
            nonlocal x
            x = 'inner'
        inner()
        return x
    return middle(), x
print(shadow())

g = 'module'
def with_global():
    g = 'local'
    def inner():
        global g
        g = 'changed global'
        return g
    inner()
    return g
print(with_global(), g)

def nonlocal_in_loop():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for i in range(5):
        add(i)
    return total
print(nonlocal_in_loop())

def nonlocal_del():
    v = 1
    def rm():
        nonlocal v
        del v
    rm()
    try:
        print(v)
    except NameError as e:
        print(type(e).__name__, e)
    def setv():
        nonlocal v
        v = 'back'
    setv()
    print(v)
nonlocal_del()

def nonlocal_unbound_read():
    def reader():
        nonlocal w
        return w
    try:
        reader()
    except NameError as e:
        print(type(e).__name__, e)
    w = 3
    print(reader())
nonlocal_unbound_read()

def counter_factory():
    n = 0
    def step():
        nonlocal n
        n += 1
        def report():
            return n
        return report
    return step
step = counter_factory()
r1 = step()
r2 = step()
print(r1(), r2())

# nonlocal inside a method that closes over the enclosing function
def method_closure():
    calls = []
    class K:
        def hit(self, v):
            nonlocal calls
            calls = calls + [v]
            return len(calls)
    k = K()
    k.hit('a'); k.hit('b')
    return calls
print(method_closure())

# compile-time errors
for src in ("def f():\n    nonlocal q\n",
            "nonlocal x\n",
            "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
            "def f(a):\n    nonlocal a\n",
            "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
            "class C:\n    nonlocal y\n"):
    try:
        compile(src, 'snippet', 'exec')
        print('compiled')
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)

# free variables listed in code objects
def f1():
    p = q = 0
    def g1():
        nonlocal p
        return p + q
    return g1
print(f1.__code__.co_cellvars, f1().__code__.co_freevars)
