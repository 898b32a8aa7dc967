# __closure__ and cell objects: contents after the frame ends, empty cells, errors.
def make(v):
    def inner():
        return v
    return inner
f = make(42)
print(type(f.__closure__).__name__, len(f.__closure__))
cell = f.__closure__[0]
print(type(cell).__name__, cell.cell_contents)
cell.cell_contents = 'replaced'
print(f())
del cell.cell_contents
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
try:
    cell.cell_contents
except ValueError as e:
    print(type(e).__name__, e)
try:
    del cell.cell_contents
except ValueError as e:
    print(type(e).__name__, e)
cell.cell_contents = [1, 2]
print(f())

def no_closure():
    return 1
print(no_closure.__closure__)
try:
    no_closure.__closure__ = ()
except AttributeError as e:
    print(type(e).__name__, e)

# a cell that is never filled
def empty():
    def inner():
        return late
    if False:
        late = 1
    return inner
c = empty().__closure__[0]
try:
    c.cell_contents
except ValueError as e:
    print(type(e).__name__, e)
try:
    empty()()
except NameError as e:
    print(type(e).__name__, e)

# cells compare by contents
def two(a, b):
    def inner():
        return a, b
    return inner.__closure__
x, y = two(1, 2)
x2, y2 = two(1, 3)
print(x == x2, y == y2, x < y, y2 > y, x != y)
print(x == 1)
ce, = empty().__closure__
ce2, = empty().__closure__
print(ce == ce2, ce < x, x > ce)

# the cell type is constructible
CellType = type(x)
print(CellType.__name__)
nc = CellType()
try:
    nc.cell_contents
except ValueError as e:
    print(type(e).__name__, e)
nc2 = CellType('value')
print(nc2.cell_contents)
try:
    CellType(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    CellType(contents=1)
except TypeError as e:
    print(type(e).__name__, e)

# shared cells between sibling closures
def pair():
    n = 0
    def get():
        return n
    def put(v):
        nonlocal n
        n = v
    return get, put
get, put = pair()
print(get.__closure__[0] is put.__closure__[0])
put(9)
print(get(), get.__closure__[0].cell_contents)
get.__closure__[0].cell_contents = 11
print(get())

# order of cells follows co_freevars
def many():
    a, b, c = 'A', 'B', 'C'
    def inner():
        return c, a, b
    return inner
m = many()
print(m.__code__.co_freevars, [c.cell_contents for c in m.__closure__])

# arguments captured by inner functions live in cells
def arg_cell(p, q):
    def inner():
        return p
    p = p * 2
    return inner, q
fn, q = arg_cell(5, 6)
print(fn(), q, arg_cell.__code__.co_cellvars)
print(repr(CellType).startswith("<class 'cell'"))
