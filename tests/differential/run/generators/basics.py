def gen():
    print('start')
    x = yield 1
    print('got', x)
    y = yield 2
    print('got', y)
    return 'done'

g = gen()
print(next(g))
print(g.send('a'))
try:
    g.send('b')
except StopIteration as e:
    print('StopIteration', e.value)
try:
    next(g)
except StopIteration as e:
    print('again', e.value)

def squares(n):
    for i in range(n):
        yield i * i
print(list(squares(5)), sum(squares(4)))

def delegate():
    r = yield from gen2()
    print('delegate got', r)
    yield 'after'

def gen2():
    yield 'a'
    yield 'b'
    return 'ret'
print(list(delegate()))

g = gen2()
try:
    g.send(1)
except TypeError as e:
    print('TypeError', e)

def closing():
    try:
        yield 1
        yield 2
    finally:
        print('closed')
c = closing()
print(next(c))
c.close()
print('closed again', c.close())

def ignore():
    try:
        yield 1
    except GeneratorExit:
        yield 2
i = ignore()
next(i)
try:
    i.close()
except RuntimeError as e:
    print('RuntimeError', e)

def thrower():
    try:
        yield 1
    except ValueError as e:
        print('caught in gen', e)
        yield 'recovered'
t = thrower()
next(t)
print(t.throw(ValueError('boom')))
try:
    t.throw(KeyError, 'x')
except KeyError as e:
    print('propagated', repr(e))

def stop():
    raise StopIteration
    yield
try:
    next(stop())
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__)

def running():
    yield g_self.gi_running
g_self = running()
print('running inside', next(g_self), 'outside', g_self.gi_running)

def reentrant():
    yield next(r)
r = reentrant()
try:
    next(r)
except ValueError as e:
    print('ValueError', e)

gexp = (x * 2 for x in range(3))
print(next(gexp), list(gexp))
print(type(gexp).__name__, gexp.__name__)

def inner_throw():
    try:
        yield 1
    except KeyError:
        return 'inner handled'
def outer_throw():
    r = yield from inner_throw()
    yield r
o = outer_throw()
next(o)
print(o.throw(KeyError))
