# StopIteration and StopAsyncIteration around coroutines and async generators, driven by hand.
def show(label, f):
    try:
        print(label, repr(f()))
    except BaseException as e:
        print(label, type(e).__name__, repr(e))

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as s:
        return ('returned', s.value, s.args)

async def returns(v):
    return v
show('coroutine return', lambda: run(returns(42)))
show('coroutine return None', lambda: run(returns(None)))
show('coroutine return tuple', lambda: run(returns((1, 2))))
show('coroutine return StopIteration', lambda: run(returns(StopIteration('inner'))))

async def raises_stop():
    raise StopIteration('leaked')
def cause_of(coro):
    try:
        run(coro)
    except RuntimeError as r:
        return (str(r), repr(r.__cause__), r.__suppress_context__)
show('StopIteration in coroutine', lambda: cause_of(raises_stop()))

async def raises_stop_async():
    raise StopAsyncIteration('in coroutine')
show('StopAsyncIteration in coroutine', lambda: run(raises_stop_async()))

async def agen():
    yield 1
    yield 2
def drive(ag):
    out = []
    while True:
        try:
            ag.__anext__().send(None)
        except StopIteration as s:
            out.append(s.value)
        except StopAsyncIteration as e:
            out.append(('done', type(e).__name__, e.args))
            return out
show('async generator', lambda: drive(agen()))

async def agen_raises_stop():
    yield 1
    raise StopIteration('inside agen')
def first_error(ag):
    try:
        drive(ag)
    except RuntimeError as r:
        return (str(r), repr(r.__cause__))
show('StopIteration in agen', lambda: first_error(agen_raises_stop()))

async def agen_raises_stop_async():
    yield 1
    raise StopAsyncIteration('inside agen')
show('StopAsyncIteration in agen', lambda: first_error(agen_raises_stop_async()))

async def agen_returns():
    yield 1
    return
show('agen bare return', lambda: drive(agen_returns()))

# an exhausted async generator keeps raising StopAsyncIteration
ag = agen()
drive(ag)
show('again', lambda: ag.__anext__().send(None))
show('asend on exhausted', lambda: ag.asend(None).send(None))
show('athrow on exhausted', lambda: ag.athrow(ValueError('x')).send(None))

# athrow into a running agen
async def catcher():
    try:
        yield 'first'
    except ValueError as e:
        yield 'caught ' + str(e)
c = catcher()
show('start', lambda: c.__anext__().send(None))
show('athrow', lambda: c.athrow(ValueError('boom')).send(None))
show('after', lambda: c.__anext__().send(None))

# __anext__ of a class raising StopAsyncIteration ends async for
class Counter:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration('counter done')
        self.n -= 1
        return self.n
async def consume():
    items = [x async for x in Counter(3)]
    async for y in Counter(1):
        items.append(('loop', y))
    return items
show('async for', lambda: run(consume()))

# StopAsyncIteration has no value field and is not a StopIteration
s = StopAsyncIteration(1, 2)
show('fields', lambda: (s.args, hasattr(s, 'value'), isinstance(s, StopIteration), StopAsyncIteration.__mro__[1].__name__))
def closed_after(action):
    c = returns(1)
    try:
        return action(c)
    finally:
        c.close()
show('next of a coroutine', lambda: closed_after(next))
show('iter of a coroutine', lambda: closed_after(iter))
show('send non-None first', lambda: closed_after(lambda c: c.send(5)))
c = returns(3)
run(c)
show('reuse finished', lambda: c.send(None))
