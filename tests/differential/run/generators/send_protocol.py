# send(): priming, values, errors before start and after the end.
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received

g = echo()
try:
    g.send(1)
except TypeError as e:
    print('TypeError', e)
print('after failed send, next gives', next(g))
print(g.send('a'), g.send('b'), g.send('c'))
try:
    g.send(None)
except StopIteration as e:
    print('StopIteration value', e.value)
try:
    g.send(None)
except StopIteration as e:
    print('again StopIteration value', e.value, e.args)
try:
    g.send('late')
except StopIteration as e:
    print('late send', e.value)

g2 = echo()
print('send None primes', g2.send(None))
print(g2.send(0))
g2.close()
try:
    g2.send(1)
except StopIteration as e:
    print('send after close', type(e).__name__, e.args)

def counter():
    n = 0
    while True:
        step = yield n
        n += 1 if step is None else step

c = counter()
print([next(c) for _ in range(3)])
print(c.send(10), c.send(-5), next(c))

# send to a generator that finishes right after the first yield
def one():
    got = yield 'only'
    print('one got', got)

o = one()
print(next(o))
try:
    o.send('value')
except StopIteration as e:
    print('finished, value', e.value)

# send with wrong arity
g3 = counter()
next(g3)
try:
    g3.send()
except TypeError as e:
    print('TypeError', e)
try:
    g3.send(1, 2)
except TypeError as e:
    print('TypeError', e)

# yield expression forms
def forms():
    a = yield
    b = (yield a) + 1
    c = [(yield b), (yield 'x')]
    yield c
f = forms()
print(next(f), f.send(5), f.send(6), f.send('first'), f.send('second'))

# send(None) before start and next() are the same
def starts():
    yield 'started'
print(next(starts()), starts().send(None))

# __next__ and send are bound methods
s = starts()
nxt = s.__next__
print(nxt())
try:
    nxt()
except StopIteration as e:
    print('StopIteration', repr(e))
print(type(s.send).__name__, s.send.__name__)
