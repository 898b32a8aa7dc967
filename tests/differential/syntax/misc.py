def f():
    global a
    nonlocal b
    yield from g()
    x = yield
    y = yield 1, 2
    return
class C: pass
class D(): pass
@property
def p(self): ...
async def h():
    async with x: pass
    await asyncio.sleep(1)
    result = [await x async for x in aiter() if await y]
    return {x async for x in y}
print(*args, sep='')
x = a[1][2].b.c(d)(e)[f]
x.y.z = 1
x[1][2] = 3
x().y = 4
*a, = b
type = 1
_ = 2
print(_)
