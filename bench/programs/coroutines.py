"""Async coroutines that mostly complete without suspending: a tiny event loop drives awaits of cached results."""


class Future:
    __slots__ = ("done", "value", "waiters")

    def __init__(self):
        self.done = False
        self.value = None
        self.waiters = []

    def set(self, value):
        self.done = True
        self.value = value
        waiters, self.waiters = self.waiters, []
        return waiters

    def __await__(self):
        if not self.done:
            yield self
        return self.value


class Loop:
    def __init__(self):
        self.ready = []
        self.steps = 0

    def spawn(self, coro):
        self.ready.append((coro, None))

    def run(self):
        while self.ready:
            coro, value = self.ready.pop()
            self.steps += 1
            try:
                future = coro.send(value)
            except StopIteration:
                continue
            future.waiters.append(coro)


class Cache:
    def __init__(self, loop):
        self.loop = loop
        self.entries = {}
        self.pending = []

    async def get(self, key):
        future = self.entries.get(key)
        if future is None:
            future = self.entries[key] = Future()
            self.pending.append((key, future))
        return await future


async def leaf(cache, i):
    return await cache.get(i % 64) + i


async def middle(cache, i):
    total = 0
    for j in range(10):
        total += await leaf(cache, i * 10 + j)
    return total


async def root(cache, n, out):
    total = 0
    for i in range(n):
        total += await middle(cache, i)
    out.append(total)


def main():
    loop = Loop()
    cache = Cache(loop)
    out = []
    for r in range(4):
        loop.spawn(root(cache, 10000, out))
    loop.run()
    # Fill the cache: the suspended coroutines resume once, then run to completion without suspending.
    while cache.pending:
        key, future = cache.pending.pop()
        for coro in future.set(key * 3):
            loop.ready.append((coro, key * 3))
        loop.run()
    return sum(out), loop.steps


print(*main())
