def run(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value

log = []
async def resource(name):
    log.append('open ' + name)
    try:
        for i in range(3):
            yield '%s-%d' % (name, i)
    finally:
        log.append('close ' + name)

async def partial():
    out = []
    gen = resource('r')
    async for item in gen:
        out.append(item)
        if len(out) == 2:
            break
    await gen.aclose()
    return out
print(run(partial()), log)
log.clear()

# athrow GeneratorExit behaves like aclose
g = resource('t')
run(g.__anext__())
try:
    run(g.athrow(GeneratorExit))
except GeneratorExit:
    print('GeneratorExit propagated', log)
log.clear()

# an async generator that ignores GeneratorExit
async def ignoring():
    while True:
        try:
            yield 1
        except GeneratorExit:
            log.append('ignored exit')
            break
    yield 'after break'
ig = ignoring()
run(ig.__anext__())
try:
    run(ig.aclose())
except RuntimeError as e:
    print('RuntimeError', e, log)
log.clear()

# aclose that raises another exception
async def raising():
    try:
        yield
    except GeneratorExit:
        raise ValueError('cleanup failed')
r = raising()
run(r.__anext__())
try:
    run(r.aclose())
except ValueError as e:
    print('ValueError', e)

# athrow into a generator that handles it and finishes
async def finishes():
    try:
        yield 1
    except KeyError:
        pass
f = finishes()
run(f.__anext__())
try:
    run(f.athrow(KeyError))
except StopAsyncIteration:
    print('athrow then StopAsyncIteration')

# athrow arguments
async def simple():
    yield
s = simple()
run(s.__anext__())
try:
    run(s.athrow(1))
except TypeError as e:
    print('TypeError', e)
run(s.aclose())

# the async generator is running while an awaitable is driven
class Peek:
    def __await__(self):
        print('  ag_running during await', holder[0].ag_running)
        yield
holder = []
async def awaiting():
    await Peek()
    yield 'done'
a = awaiting()
holder.append(a)
print(run(a.__anext__()), a.ag_running)
run(a.aclose())

# StopAsyncIteration inside the body becomes RuntimeError
async def stops():
    yield 1
    raise StopAsyncIteration
st = stops()
run(st.__anext__())
try:
    run(st.__anext__())
except RuntimeError as e:
    print('RuntimeError', e)
