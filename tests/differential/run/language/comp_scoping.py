# Comprehension scopes: their own function scope, class bodies, nested comprehensions.
x = 'global x'
squares = [x * x for x in range(4)]
print(squares, x)

# the loop variable does not leak
[leak for leak in range(3)]
try:
    leak
except NameError as e:
    print('NameError', e)

# the first iterable is evaluated in the enclosing scope, the rest inside
class C:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    try:
        pairs = [(i, j) for i in items for j in items]
    except NameError as e:
        pairs_error = str(e)
    factor = 10
    try:
        scaled = [i * factor for i in items]
    except NameError as e:
        scaled_error = str(e)
print(C.doubled)
print(getattr(C, 'pairs', None), getattr(C, 'pairs_error', None))
print(getattr(C, 'scaled', None), getattr(C, 'scaled_error', None))

# class body: the outermost iterable sees class names
class D:
    base = [1, 2]
    gen_first = list(v for v in base)
    set_first = {v for v in base}
    dict_first = {v: v for v in base}
print(D.gen_first, D.set_first, D.dict_first)

# nested comprehensions: the inner one is its own scope that closes over the outer
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)
flat = [v for row in matrix for v in row if v % 2]
print(flat)

# closures created in a comprehension capture the comprehension's variable (late binding)
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])

# comprehensions inside functions see the function's locals and closures
def outer():
    base = 100
    def inner():
        return [base + k for k in range(3)]
    return inner()
print(outer())

# a comprehension variable with the same name as a local does not touch it
def shadow():
    n = 'local n'
    r = [n for n in range(2)]
    return n, r
print(shadow())

# nonlocal-like effects through mutation are fine
acc = []
[acc.append(i) for i in range(3)]
print(acc)

# the iteration variable can be a tuple, attribute-free target only
pairs = {k: v for k, v in [('a', 1), ('b', 2)]}
print(pairs)
nested_targets = [a + b + c for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]]
print(nested_targets)

# globals referenced inside comprehensions
G = 5
def uses_global():
    return [G * i for i in range(3)]
print(uses_global())

# comprehension inside a class method uses the method's scope, not the class
class E:
    val = 'class val'
    def meth(self):
        val = 'method val'
        return [val for _ in range(1)]
    def meth2(self):
        try:
            return [val for _ in range(1)]
        except NameError as e:
            return 'NameError ' + str(e)
print(E().meth(), E().meth2())

# conditions are evaluated per item in the inner scope
print([i for i in range(10) if i % 2 if i % 3])
print([(i, j) for i in range(3) if i for j in range(i)])

# comprehension over a generator that depends on the enclosing variable at creation time
n = 3
g = (i for i in range(n))
n = 10
print(list(g))

# set and dict comprehension ordering with int keys
print({i % 5 for i in range(20, 0, -1)})
print({i % 3: i for i in range(10)})

# the comprehension function's name shows in the code object
code = compile('[i for i in x]', '<c>', 'eval')
names = [c.co_name for c in code.co_consts if hasattr(c, 'co_name')]
print(names)
code = compile('{i for i in x}; {i: i for i in x}; (i for i in x)', '<c>', 'exec')
print([c.co_name for c in code.co_consts if hasattr(c, 'co_name')])
