# Assignment expressions: binding scope, comprehensions, and the SyntaxErrors.
if (n := 10) > 5:
    print('n is', n)
print(n)

data = [1, 5, 3, 8, 2]
if any((big := v) > 6 for v in data):
    print('first big value', big)

# in a comprehension the target binds in the enclosing function scope
def f():
    total = 0
    partial = [total := total + v for v in range(5)]
    return partial, total
print(f())

# last value seen
values = [y := i * 2 for i in range(4)]
print(values, y)

# walrus in a class body comprehension binds... in the class? (it is a SyntaxError)
try:
    compile('class A:\n    [(z := i) for i in range(3)]\n', '<w>', 'exec')
except SyntaxError as e:
    print('SyntaxError', e.msg)

# binding to the comprehension iteration variable is a SyntaxError
for src in ['[i := 0 for i in range(3)]',
            '[j for i in range(3) if (i := 0)]',
            '[[(j := 1) for j in range(3)] for i in range(2)]',
            '[x for x in (y := [1, 2])]',
            '[x for x in range(3) for y in (z := [1])]',
            'x := 5',
            '(a.b := 1)',
            '(a[0] := 1)',
            '((a, b) := (1, 2))',
            'def g(): (x := 1) = 2',
            'lambda: (w := 1)',
            'f(x := 1)',
            'f(k=(x := 1))',
            '{(x := 1): 2}',
            '[(x := 1), (y := 2)]',
            'print((q := 1))',
            '(y := 1) if (z := 2) else 3',
            'def h():\n    global gg\n    [gg := i for i in range(2)]\n',
            'def h():\n    nonlocal nn\n',
            '[(__debug__ := 1) for i in x]',
            '(True := 1)']:
    try:
        compile(src, '<w>', 'exec')
        print('ok:', src.replace('\n', ' | '))
    except SyntaxError as e:
        print('SyntaxError:', src.replace('\n', ' | '), '->', e.msg)

# walrus with global and nonlocal declarations
def outer():
    count = 0
    def inner():
        nonlocal count
        [count := count + 1 for _ in range(3)]
        return count
    inner()
    return count
print(outer())

def set_global():
    global G
    [G := k for k in 'xyz']
set_global()
print(G)

# walrus in while loops
stream = iter([3, 2, 1, 0, 5])
seen = []
while (item := next(stream)) != 0:
    seen.append(item)
print(seen, item)

# walrus in lambda default and body with parentheses
fn = lambda: (tmp := 5) * 2
print(fn())

# walrus inside f-string requires parentheses
print(f'{(w := 7)} and {w}')

# walrus precedence: binds the whole comparison without parentheses
if (r := 3 > 2):
    print('r is', r)
if (r := 3) > 2:
    print('r is', r)

# unparenthesised at statement level inside tuple displays is allowed in some places
t = (a := 1, b := 2)
print(t, a, b)
print([c := 3, c + 1])

# generator with walrus binds in the enclosing scope when iterated
def gen_walrus():
    g = (last := v for v in range(3))
    list(g)
    return last
print(gen_walrus())

# walrus within nested comprehension binds to the outermost function scope
def nested():
    [[(inner_last := (i, j)) for j in range(2)] for i in range(2)]
    return inner_last
print(nested())
