
class Future:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        result = yield self.value
        return result

async def child(x):
    got = await Future(x)
    return got * 2

async def parent():
    a = await child(1)
    b = await child(2)
    return a + b

def run(coro):
    sent = None
    while True:
        try:
            yielded = coro.send(sent)
        except StopIteration as e:
            return e.value
        print('yielded', yielded)
        sent = yielded * 10

print(run(parent()))

async def agen(n):
    for i in range(n):
        await Future(i)
        yield i

async def use_agen():
    out = []
    async for v in agen(3):
        out.append(v)
    return out

print(run(use_agen()))

class ACM:
    async def __aenter__(self):
        print('enter')
        return 'resource'
    async def __aexit__(self, *exc):
        print('exit', exc[0])
        return False

async def use_acm():
    async with ACM() as r:
        print('using', r)
    return 'ok'

print(run(use_acm()))

async def comp():
    return [x async for x in agen(2)]
print(run(comp()))

c = child(5)
print(type(c).__name__)
c.close()

async def boom():
    raise ValueError('in coroutine')
try:
    run(boom())
except ValueError as e:
    print('ValueError', e)

async def awaits_int():
    await 1
try:
    run(awaits_int())
except TypeError as e:
    print('TypeError', e)

co = parent()
run(co)
try:
    co.send(None)
except RuntimeError as e:
    print('RuntimeError', e)
