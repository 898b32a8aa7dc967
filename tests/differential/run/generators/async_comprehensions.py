def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen(n):
    for i in range(n):
        yield i

class Value:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield
        return self.v

async def main():
    print([x async for x in agen(4)])
    print({x % 2 async for x in agen(5)})
    print({x: x * x async for x in agen(3)})
    print([x async for x in agen(6) if x % 2])
    print([(x, y) async for x in agen(2) for y in range(2)])
    print([await Value(x) for x in range(3)])
    print([await Value(x) async for x in agen(3)])
    print({x: await Value(-x) for x in range(2)})
    g = (x * 2 async for x in agen(3))
    print(type(g).__name__)
    print([v async for v in g])
    g2 = (await Value(x) for x in range(2))
    print(type(g2).__name__, [v async for v in g2])
    nested = [[y async for y in agen(x)] async for x in agen(3)]
    print(nested)
    try:
        [x async for x in agen(3) if 1 / (x - 1)]
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
    try:
        [x async for x in [1, 2]]
    except TypeError as e:
        print('TypeError', e)
    return 'done'

print(run(main()))

# async comprehension outside async function is a SyntaxError
for src in ['[x async for x in y]', 'def f():\n    return [x async for x in y]\n', 'def f():\n    return [await x for x in y]\n']:
    try:
        compile(src, '<s>', 'exec')
        print('compiled')
    except SyntaxError as e:
        print('SyntaxError', e.msg)

# an async genexp inside a sync function is allowed (it is lazy)
def make():
    return (x async for x in agen(2))
g = make()
print(type(g).__name__)
async def consume():
    return [v async for v in g]
print(run(consume()))
