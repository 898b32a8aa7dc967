def run(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value

async def agen():
    try:
        x = yield 1
        print('  agen got', x)
        y = yield 2
        print('  agen got', y)
    except ValueError as e:
        print('  agen caught', e)
        yield 'after throw'
    finally:
        print('  agen finally')

a = agen()
print(type(a).__name__, a.__name__, a.__qualname__)
print('asend(None) ->', run(a.asend(None)))
print('asend(x) ->', run(a.asend('x')))
print('athrow ->', run(a.athrow(ValueError('bad'))))
try:
    run(a.asend(None))
except StopAsyncIteration as e:
    print('StopAsyncIteration', repr(e))
try:
    run(a.asend(None))
except StopAsyncIteration:
    print('again StopAsyncIteration')

# __anext__ is asend(None)
a = agen()
print(run(a.__anext__()), run(a.__anext__()))
print('aclose ->', run(a.aclose()))
try:
    run(a.__anext__())
except StopAsyncIteration:
    print('closed: StopAsyncIteration')

# athrow of an unhandled exception
async def plain():
    yield 'p'
p = plain()
run(p.__anext__())
try:
    run(p.athrow(KeyError('k')))
except KeyError as e:
    print('KeyError propagated', e)

# asend of non-None to a just-started async generator
p = plain()
try:
    run(p.asend('early'))
except TypeError as e:
    print('TypeError', e)

# aclose on an async generator that yields in finally
async def stubborn():
    try:
        yield 1
    finally:
        yield 2
s = stubborn()
run(s.__anext__())
try:
    run(s.aclose())
except RuntimeError as e:
    print('RuntimeError', e)

# aclose on a never-started generator
print('aclose unstarted', run(plain().aclose()))

# awaitables cannot be reused
p = plain()
aw = p.__anext__()
print(run(aw))
try:
    aw.send(None)
except StopIteration:
    print('exhausted asend raises StopIteration')
except RuntimeError as e:
    print('RuntimeError', e)
cl = p.aclose()
run(cl)
try:
    cl.send(None)
except RuntimeError as e:
    print('RuntimeError', e)

# ag_ attributes
p = plain()
print(p.ag_running, p.ag_frame is not None, p.ag_code.co_name, p.ag_await)
run(p.aclose())
print('after close frame', p.ag_frame)
print(sorted(n for n in dir(p) if n.startswith('a')))

# async generator awaiting inside
class Tick:
    def __await__(self):
        v = yield 'tick'
        return v
async def awaiting():
    v = await Tick()
    yield 'after await %s' % v
aw = awaiting().__anext__()
print(aw.send(None))
try:
    aw.send('sent')
except StopIteration as e:
    print('value', e.value)
