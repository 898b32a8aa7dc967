# Async generators driven by hand: asend/athrow/aclose awaitables stepped with
# send/throw/close, without an event loop.

def step(aw, value=None):
    try:
        r = aw.send(value)
        print("yielded", repr(r))
    except StopIteration as e:
        print("StopIteration", repr(e.value))
    except Exception as e:
        print(type(e).__name__, e)


async def agen():
    try:
        x = yield 1
        print("got", x)
        y = yield 2
        print("got", y)
    except ValueError as e:
        print("caught", repr(e))
        yield "after-error"
    finally:
        print("finally")


g = agen()
print(type(g).__name__, g.ag_running, g.ag_frame is not None)
a = g.asend(None)
print(type(a).__name__)
step(a)
step(a)
step(g.asend("hello"))
step(g.athrow(ValueError("boom")))
step(g.asend(None))
step(g.asend(None))
print(g.ag_frame)

async def plain():
    yield 1
    yield 2


# athrow with a wrong count is checked when the awaitable runs
# (and, as in 3.11, leaves the generator marked running)
g = plain()
step(g.asend(None))
t = g.athrow()
print("made", type(t).__name__)
step(t)
print("running after bad athrow:", g.ag_running)
step(g.asend(None))
t = g.athrow(1, 2, 3, 4)
step(t)
t.close()
step(g.aclose())
try:
    g.athrow(ValueError, k=1)
except TypeError as e:
    print("TypeError", e)

# athrow forms
for args in [(ValueError,), (ValueError, ValueError("v")), (ValueError("inst"),), (TypeError, None, None), (1,), (ValueError("x"), ValueError("y"))]:
    g = agen()
    step(g.asend(None))
    step(g.athrow(*args))
    step(g.aclose())

# throw() on the awaitables
g = agen()
a = g.asend(None)
step(a)
try:
    g.asend(None).throw(KeyError("k"))
except KeyError as e:
    print("KeyError escaped", e)
print(g.ag_frame)

# aclose
g = agen()
step(g.asend(None))
c = g.aclose()
step(c)
step(c)
step(g.aclose())
step(g.asend(None))


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


g = stubborn()
step(g.asend(None))
step(g.aclose())
step(g.aclose())

# sending a value to a fresh awaitable
g = agen()
step(g.asend(None))
aw = g.athrow(ValueError)
step(aw, 5)
aw.close()
step(aw)
step(g.aclose())


async def ret():
    yield 1
    return


print(ret.__code__.co_flags & 0x200 != 0)
g = ret()
step(g.asend(None))
step(g.asend(None))
step(g.asend(None))
ag = ret()
aw = ag.asend(None)
aw.close()
step(aw)
step(ag.aclose())
