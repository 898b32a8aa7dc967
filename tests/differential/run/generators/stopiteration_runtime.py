def raises_stop():
    yield 1
    raise StopIteration('explicit')

g = raises_stop()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print('RuntimeError', e)
    print('cause', repr(e.__cause__), 'context', repr(e.__context__))
    print('suppress', e.__suppress_context__)

def leaks_next():
    it = iter([])
    yield next(it)
try:
    list(leaks_next())
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__)

class MyStop(StopIteration):
    pass
def raises_subclass():
    raise MyStop
    yield
try:
    next(raises_subclass())
except RuntimeError as e:
    print('subclass ->', e, type(e.__cause__).__name__)

# StopIteration caught inside the generator is fine
def caught():
    try:
        raise StopIteration
    except StopIteration:
        yield 'caught it'
print(list(caught()))

# StopIteration from a send() in a coroutine
async def coro():
    raise StopIteration('in coroutine')
c = coro()
try:
    c.send(None)
except RuntimeError as e:
    print('coroutine:', e)

async def agen():
    raise StopAsyncIteration
    yield
a = agen().__anext__()
try:
    a.send(None)
except RuntimeError as e:
    print('async generator:', e)

async def agen_stop():
    raise StopIteration
    yield
a = agen_stop().__anext__()
try:
    a.send(None)
except RuntimeError as e:
    print('async generator StopIteration:', e)

# through yield from, a StopIteration raised by the subgenerator is converted in it
def sub():
    raise StopIteration('sub')
    yield
def outer():
    try:
        yield from sub()
    except RuntimeError as e:
        yield 'outer saw ' + str(e)
print(list(outer()))

# generator is finished after the conversion
g = raises_stop()
next(g)
try:
    next(g)
except RuntimeError:
    pass
print('frame', g.gi_frame, list(g))

# genexp converts too
try:
    list(next(iter([])) for _ in range(1))
except RuntimeError as e:
    print('genexp:', e)

# return inside generator is not converted
def returns():
    return 'value'
    yield
try:
    next(returns())
except StopIteration as e:
    print('StopIteration', e.value)
