class Good:
    def __await__(self):
        yield 'from good'
        return 'good result'

class ReturnsNonIterator:
    def __await__(self):
        return 42

class ReturnsList:
    def __await__(self):
        return [1, 2]

class ReturnsIter:
    def __await__(self):
        return iter(['a', 'b'])

class NotAwaitable:
    pass

async def c_inner():
    return 'inner'

class ReturnsCoroutine:
    def __await__(self):
        self.made = c_inner()
        return self.made

class AwaitRaises:
    def __await__(self):
        raise OSError('await failed')

def drive(coro):
    out = []
    try:
        while True:
            out.append(coro.send(None))
    except StopIteration as e:
        return out, e.value
    except Exception as e:
        return out, '%s: %s' % (type(e).__name__, e)

async def use(obj):
    return await obj

rc = ReturnsCoroutine()
for obj in [Good(), ReturnsNonIterator(), ReturnsList(), ReturnsIter(), NotAwaitable(), rc, AwaitRaises(), 5, None, 'text']:
    print(type(obj).__name__, drive(use(obj)))
rc.made.close()

# awaiting a coroutine directly, and awaiting it twice
async def twice():
    co = c_inner()
    a = await co
    b = await co
    return a, b
print(drive(twice()))

# __await__ on the class, not the instance
class InstanceOnly:
    pass
inst = InstanceOnly()
inst.__await__ = lambda: iter([])
print(drive(use(inst)))

# coroutine.__await__ gives a wrapper that drives it
async def wrapped():
    await Good()
    return 'wrapped done'
co = wrapped()
w = co.__await__()
print(type(w).__name__, iter(w) is w)
print(next(w))
try:
    next(w)
except StopIteration as e:
    print('wrapper StopIteration', e.value)

# generator-based awaitables via __await__ = generator function
class GenAwait:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        total = 0
        for i in range(self.n):
            total += yield i
        return total
async def summing():
    return await GenAwait(3)
c = summing()
print(c.send(None), c.send(1), c.send(2), end=' ')
try:
    c.send(3)
except StopIteration as e:
    print('sum', e.value)
