def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

inc = counter()
inc()
inc()
cell = inc.__closure__[0]
print(type(cell).__name__, cell.cell_contents, inc.__code__.co_freevars, counter.__code__.co_cellvars)
cell.cell_contents = 10
print(inc())
del cell.cell_contents
try:
    cell.cell_contents
except ValueError as e:
    print('ValueError', e)
try:
    inc()
except NameError as e:
    print('NameError', e)

def no_closure():
    return 1
print(no_closure.__closure__)

def multi():
    a, b, c = 1, 2, 3
    def uses_ac():
        return a + c
    def uses_b():
        return b
    return uses_ac, uses_b
ac, b = multi()
print(multi.__code__.co_cellvars, ac.__code__.co_freevars, b.__code__.co_freevars)
print([c.cell_contents for c in ac.__closure__])

# argument that is also a cell
def arg_cell(x, y):
    def get():
        return x
    return get
print(arg_cell.__code__.co_cellvars, arg_cell.__code__.co_varnames)

# class cell for super()
class Base:
    def who(self):
        return 'base'
class Child(Base):
    def who(self):
        return 'child+' + super().who()
print(Child().who(), Child.who.__code__.co_freevars, Child.who.__closure__[0].cell_contents is Child)

# cells are shared between closures
def shared():
    v = []
    def add(x):
        v.append(x)
    def get():
        return v
    return add, get
add, get = shared()
add(1)
add(2)
print(get(), add.__closure__[0] is get.__closure__[0])

# cell type, comparisons, empty cell
CellType = type(cell)
c1 = CellType(1)
c2 = CellType(2)
empty = CellType()
print(c1 < c2, c1 == CellType(1), empty < c1, empty == CellType())
try:
    empty.cell_contents
except ValueError as e:
    print('ValueError', e)

# late binding in loops through cells
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])

# nested three levels
def l1():
    x = 'x1'
    def l2():
        def l3():
            return x
        return l3
    return l2()
f3 = l1()
print(f3(), f3.__code__.co_freevars, l1.__code__.co_cellvars)
