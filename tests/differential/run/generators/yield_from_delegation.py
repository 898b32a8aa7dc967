log = []

def leaf():
    try:
        while True:
            try:
                x = yield 'leaf ready'
                log.append('leaf got %r' % (x,))
            except ValueError as e:
                log.append('leaf caught %s' % e)
                yield 'leaf recovered'
    finally:
        log.append('leaf finally')

def middle():
    try:
        r = yield from leaf()
        log.append('middle got return %r' % (r,))
    finally:
        log.append('middle finally')

def top():
    yield from middle()

t = top()
print(next(t))
print(t.send('hello'))
print(t.send(42))
print(t.throw(ValueError('deep')))
print(next(t))
t.close()
print('\n'.join(log))
log.clear()

# throw of an exception the leaf does not handle unwinds every level
t = top()
next(t)
try:
    t.throw(KeyError('unhandled'))
except KeyError as e:
    print('KeyError reached caller', e)
print(log)
log.clear()

# gi_yieldfrom follows the chain
t = top()
next(t)
m = t.gi_yieldfrom
print(type(m).__name__, m.__name__, m.gi_yieldfrom.__name__, m.gi_yieldfrom.gi_yieldfrom)
t.close()
print(t.gi_yieldfrom)
log.clear()

# the subgenerator's return value and StopIteration
def sub():
    x = yield 1
    return x * 2
def dele():
    result = yield from sub()
    yield 'result %s' % result
d = dele()
next(d)
print(d.send(21))

# close is delegated: subgenerator ignoring GeneratorExit
stubborn_done = False
def stubborn():
    while not stubborn_done:
        try:
            yield
        except GeneratorExit:
            pass
stubborn_gen = stubborn()
def wrapper():
    yield from stubborn_gen
w = wrapper()
next(w)
try:
    w.close()
except RuntimeError as e:
    print('RuntimeError', e)
stubborn_done = True
print('drained', list(w), list(stubborn_gen))

# throw into a subgenerator that returns
def sub_returns():
    try:
        yield 1
    except ValueError:
        return 'sub handled'
def outer():
    r = yield from sub_returns()
    yield r
o = outer()
next(o)
print(o.throw(ValueError))

# send to a subiterator without send() (a list iterator)
def over_list():
    yield from [1, 2, 3]
g = over_list()
next(g)
try:
    g.send('x')
except AttributeError as e:
    print('AttributeError', e)

# throw into a subiterator without throw(): raised in the delegator
def over_iter():
    try:
        yield from iter([1, 2])
    except ValueError as e:
        yield 'delegator caught %s' % e
g = over_iter()
next(g)
print(g.throw(ValueError('x')))

# exceptions raised by the subgenerator propagate through yield from
def failing():
    yield 1
    raise ZeroDivisionError('sub failed')
def catching():
    try:
        yield from failing()
    except ZeroDivisionError as e:
        yield 'caught ' + str(e)
print(list(catching()))
