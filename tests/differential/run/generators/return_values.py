def returns(v):
    yield 'first'
    return v

for value in [None, 0, 'text', (1, 2), [3], {'k': 'v'}]:
    g = returns(value)
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(repr(value), '->', repr(e.value), e.args)

def bare_return():
    yield 1
    return
g = bare_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print('bare return value', e.value, e.args)

def no_yield_reached(flag):
    if flag:
        return 'early'
    yield 'late'
try:
    next(no_yield_reached(True))
except StopIteration as e:
    print('early return', e.value)

# return of a StopIteration instance is wrapped, not unwrapped
def returns_stop():
    yield
    return StopIteration('inner')
g = returns_stop()
next(g)
try:
    next(g)
except StopIteration as e:
    print('value is', type(e.value).__name__, e.value.args)

# a tuple value is not spread into args
def returns_tuple():
    yield
    return (1, 2, 3)
g = returns_tuple()
next(g)
try:
    next(g)
except StopIteration as e:
    print('tuple', e.value, e.args, len(e.args))

# yield from returns the value to the delegating generator
def child(n):
    total = 0
    for i in range(n):
        total += yield i
    return total

def parent():
    r1 = yield from child(2)
    r2 = yield from child(3)
    return r1, r2

p = parent()
out = [next(p)]
try:
    while True:
        out.append(p.send(10))
except StopIteration as e:
    print('parent', out, e.value)

# list() ignores the return value
print(list(returns('ignored')))

# for loop ignores it too, but a manual loop sees it
def manual(gen):
    while True:
        try:
            x = next(gen)
        except StopIteration as e:
            return ('done', e.value)
        print('  item', x)
print(manual(returns(42)))

# return value inside try/finally
def finally_return():
    try:
        yield 1
        return 'from try'
    finally:
        print('  finally ran')
g = finally_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print('value', e.value)

def finally_overrides():
    try:
        yield 1
        return 'try'
    finally:
        return 'finally'
g = finally_overrides()
next(g)
try:
    next(g)
except StopIteration as e:
    print('overridden', e.value)

# StopIteration constructed by hand
e = StopIteration()
print(e.value, StopIteration(1, 2).value, StopIteration('v').value)
e.value = 'set'
print(e.value, e.args)
