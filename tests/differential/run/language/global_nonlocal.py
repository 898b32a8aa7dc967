# global and nonlocal declarations, and their SyntaxErrors.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)

def make_global():
    global created_later
    created_later = 'made inside a function'
make_global()
print(created_later)

def outer():
    x = 'outer'
    def middle():
        def inner():
            nonlocal x
            x = 'changed by inner'
        inner()
        return x
    return middle(), x
print(outer())

def counter_factory():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = counter_factory()
inc(); inc(5)
print(get())
inc2, get2 = counter_factory()
print(get2(), get())

# global in a nested function skips the enclosing function's local
y = 'global y'
def enclosing():
    y = 'enclosing y'
    def nested():
        global y
        return y
    return nested()
print(enclosing())

# a name used before its global declaration is a SyntaxError
for src in ["def f():\n    x = 1\n    global x\n",
            "def f():\n    print(x)\n    global x\n",
            "def f(a):\n    global a\n",
            "def f():\n    nonlocal q\n",
            "nonlocal z\n",
            "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
            "def f(p):\n    def g():\n        nonlocal p\n        p = 1\n    return g\n",
            "def f():\n    global g1, g2\n    g1 = g2 = 1\n",
            "class C:\n    nonlocal w\n",
            "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n"]:
    try:
        compile(src, '<g>', 'exec')
        print('compiled:', src.splitlines()[-1].strip())
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.lineno)

# global in class bodies
gc = 'module'
class C:
    global gc
    gc = 'set in class'
    local_to_class = 1
print(gc, 'local_to_class' in globals())

# class scopes are skipped by nested functions
class D:
    attr = 'class attr'
    def method(self):
        try:
            return attr
        except NameError as e:
            return 'NameError ' + str(e)
print(D().method())

# nonlocal with a class in between
def f():
    v = 'f local'
    class Inner:
        def g(self):
            nonlocal v
            v = 'set through class method'
    Inner().g()
    return v
print(f())

# globals() and the global statement agree
def write_via_globals():
    globals()['via_dict'] = 42
write_via_globals()
print(via_dict)

# global declared but never assigned: reading a missing global
def read_missing():
    global never_defined
    try:
        return never_defined
    except NameError as e:
        return 'NameError ' + str(e)
print(read_missing())

# del with global
dg = 1
def del_global():
    global dg
    del dg
del_global()
print('dg' in globals())
