def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def use_counter():
    out = []
    async for v in Counter(3):
        out.append(v)
    else:
        out.append('else')
    return out
print(run(use_counter()))

async def with_break():
    async for v in Counter(10):
        if v == 2:
            break
    else:
        return 'no break'
    return 'broke at %d' % v
print(run(with_break()))

async def bad_for(obj):
    async for v in obj:
        pass
class NoAnext:
    def __aiter__(self):
        return 5
class SyncOnly:
    def __iter__(self):
        return iter([])
class AnextNotAwaitable:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 1
for obj in [1, [1, 2], NoAnext(), SyncOnly(), AnextNotAwaitable()]:
    try:
        run(bad_for(obj))
    except TypeError as e:
        print('TypeError', e)

class Manager:
    def __init__(self, suppress=False):
        self.suppress = suppress
    async def __aenter__(self):
        print('  aenter')
        return 'res'
    async def __aexit__(self, t, v, tb):
        print('  aexit', t.__name__ if t else None, v)
        return self.suppress

async def use_manager():
    async with Manager() as r:
        print('  body', r)
    async with Manager(True):
        raise ValueError('suppressed')
    try:
        async with Manager():
            raise KeyError('escapes')
    except KeyError as e:
        print('  caught', repr(e))
    async with Manager() as a, Manager() as b:
        print('  two managers', a, b)
    return 'managers done'
print(run(use_manager()))

class NotAsyncCM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass
class OnlyEnter:
    async def __aenter__(self):
        return self
class BadEnter:
    def __aenter__(self):
        return 5
    async def __aexit__(self, *a):
        pass
async def bad_with(obj):
    async with obj:
        pass
for obj in [NotAsyncCM(), OnlyEnter(), BadEnter(), None]:
    try:
        run(bad_with(obj))
    except TypeError as e:
        print('TypeError', e)

# StopAsyncIteration raised by hand outside an async for
async def stop_by_hand():
    it = Counter(0)
    try:
        await it.__anext__()
    except StopAsyncIteration as e:
        return 'StopAsyncIteration %r' % (e.args,)
print(run(stop_by_hand()))

# async generators in async for, with return inside the loop body
async def agen(n):
    for i in range(n):
        yield i * 10
async def first_big():
    async for v in agen(5):
        if v > 15:
            return v
print(run(first_big()))
