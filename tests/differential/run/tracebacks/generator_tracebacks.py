import sys

def hook(e):
    sys.__excepthook__(type(e), e, e.__traceback__)

def failing_gen():
    yield 1
    raise ValueError('inside generator')

def consume(g):
    for _ in g:
        pass

try:
    consume(failing_gen())
except ValueError as e:
    hook(e)

def leaf():
    yield 'leaf'
    {}['missing']
def mid():
    yield from leaf()
def top():
    yield from mid()
try:
    list(top())
except KeyError as e:
    hook(e)

# thrown exceptions show the generator line where they arrived
def waiting():
    x = yield
    yield x
g = waiting()
next(g)
try:
    g.throw(OSError('thrown in'))
except OSError as e:
    hook(e)

# StopIteration converted to RuntimeError
def stops():
    yield 1
    raise StopIteration
try:
    list(stops())
except RuntimeError as e:
    hook(e)

# genexp failure
try:
    sum(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    hook(e)

# coroutine failure via send
async def inner():
    raise LookupError('coroutine failed')
async def outer():
    await inner()
c = outer()
try:
    c.send(None)
except LookupError as e:
    hook(e)

# async generator failure
async def agen():
    yield 1
    raise TypeError('async generator failed')
a = agen()
try:
    a.__anext__().send(None)
except StopIteration:
    pass
try:
    a.__anext__().send(None)
except TypeError as e:
    hook(e)
print('done')
g = failing_gen()
next(g)
next(g)
