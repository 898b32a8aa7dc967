# Generator expressions: laziness, the eagerly evaluated first iterable, one-shot iteration.
log = []
def src(n):
    log.append('src called')
    for i in range(n):
        log.append('produce %d' % i)
        yield i

g = (x * 10 for x in src(3))
print(log)
print(next(g))
print(log)
print(list(g))
print(list(g))
log.clear()

# the first iterable's iter() is called at creation; errors surface immediately
try:
    g = (x for x in 42)
except TypeError as e:
    print('TypeError', e)

# inner iterables are evaluated lazily
def bad():
    raise RuntimeError('inner evaluated')
g = (x for x in [1] for y in bad())
print(type(g).__name__)
try:
    next(g)
except RuntimeError as e:
    print('RuntimeError', e)

# as the sole argument no extra parentheses are needed
print(sum(x * x for x in range(5)))
print(max((len(w), w) for w in ['a', 'abc', 'ab']))
print(''.join(c.upper() for c in 'hey'))
try:
    compile('f(x for x in y, 1)', '<g>', 'eval')
except SyntaxError as e:
    print('SyntaxError', e.msg)
print(compile('f(1, (x for x in y))', '<g>', 'eval') is not None)

# any/all short-circuit
def noisy(v):
    log.append(v)
    return v
print(any(noisy(v) for v in [0, 0, 1, 1]), log)
log.clear()
print(all(noisy(v) for v in [1, 0, 1]), log)
log.clear()

# generator expression attributes
g = (i for i in range(2))
print(g.__name__, g.__qualname__)
print(g.gi_running, g.gi_frame is not None)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value)
print(g.gi_frame)

# send into a genexpr: the value is ignored after the first next
g = (i for i in range(3))
print(next(g))
print(g.send('ignored'))
try:
    g.send('x') if False else None
    h = (i for i in range(3))
    h.send(5)
except TypeError as e:
    print('TypeError', e)

# closing and throwing
g = (i for i in range(10))
next(g)
g.close()
print(list(g))
g = (i for i in range(10))
try:
    g.throw(ValueError('thrown'))
except ValueError as e:
    print('ValueError', e)
print(list(g))

# nested generator expressions
nested = ((i, j) for i in range(3) for j in (k * i for k in range(2)))
print(list(nested))

# genexpr inside a class body sees only the first iterable
class C:
    data = [1, 2, 3]
    limit = 2
    g1 = list(d for d in data)
    try:
        g2 = list(d for d in data if d < limit)
    except NameError as e:
        err = str(e)
print(C.g1, getattr(C, 'err', None))

# the loop variable of the genexpr is independent
x = 'outer'
list(x for x in 'ab')
print(x)

# generator expression closures capture variables late
funcs = list((lambda: i) for i in range(3))
print([f() for f in funcs])

# generator with a filter that raises is stopped
def gen_filter():
    return (1 / (i - 2) for i in range(5))
g = gen_filter()
out = []
try:
    for v in g:
        out.append(v)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e, out)
print(list(g))

# yield inside a genexpr is a SyntaxError
try:
    compile('((yield i) for i in x)', '<g>', 'eval')
except SyntaxError as e:
    print('SyntaxError', e.msg)
