# a small round-robin event loop driving coroutines with send(None)
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        for _ in range(self.ticks):
            yield 'tick'
        return self.ticks

class Loop:
    def __init__(self):
        self.ready = []
        self.results = {}
        self.time = 0
    def spawn(self, name, coro):
        self.ready.append((name, coro))
    def run(self):
        while self.ready:
            self.time += 1
            name, coro = self.ready.pop(0)
            try:
                signal = coro.send(None)
            except StopIteration as e:
                self.results[name] = e.value
                print('t=%d %s finished -> %r' % (self.time, name, e.value))
            except Exception as e:
                self.results[name] = e
                print('t=%d %s failed: %s %s' % (self.time, name, type(e).__name__, e))
            else:
                self.ready.append((name, coro))
        return self.results

async def worker(name, steps):
    total = 0
    for i in range(steps):
        total += await Sleep(1)
        print('  %s step %d' % (name, i))
    return '%s did %d' % (name, total)

async def failing():
    await Sleep(2)
    raise ValueError('worker broke')

async def chain():
    a = await worker('sub-a', 1)
    b = await worker('sub-b', 2)
    return [a, b]

loop = Loop()
loop.spawn('w1', worker('w1', 3))
loop.spawn('w2', worker('w2', 1))
loop.spawn('bad', failing())
loop.spawn('chain', chain())
results = loop.run()
print(sorted(results))

# a future-like object resolved by the loop
class Future:
    def __init__(self):
        self.done = False
        self.value = None
    def set(self, v):
        self.done = True
        self.value = v
    def __await__(self):
        while not self.done:
            yield self
        return self.value

async def waiter(fut):
    v = await fut
    return 'got %s' % v

fut = Future()
c = waiter(fut)
print(c.send(None) is fut)
print(c.send(None) is fut)
fut.set(42)
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

# values sent into a coroutine reach the innermost yield
class Ask:
    def __await__(self):
        answer = yield 'question'
        return answer
async def asker():
    first = await Ask()
    second = await Ask()
    return first + second
c = asker()
print(c.send(None), c.send(10), end=' ')
try:
    c.send(5)
except StopIteration as e:
    print(e.value)

# throwing into the awaited object
async def guarded():
    try:
        await Ask()
    except KeyError as e:
        return 'guarded caught %r' % e
c = guarded()
c.send(None)
try:
    c.throw(KeyError('k'))
except StopIteration as e:
    print(e.value)
