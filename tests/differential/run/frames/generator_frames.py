import sys

def gen(a):
    b = a * 2
    yield sys._getframe()
    c = b + 1
    yield c

g = gen(5)
f = g.gi_frame
print(f is g.gi_frame, f.f_code is gen.__code__, f.f_code.co_name)
print('locals before start', sorted(f.f_locals.items()))
inner = next(g)
print('frame from inside is gi_frame', inner is f)
print('locals while suspended', sorted(f.f_locals.items()))
print('f_back while suspended', f.f_back)
print(next(g), sorted(f.f_locals.items()))
try:
    next(g)
except StopIteration:
    pass
print('gi_frame after finish', g.gi_frame)

# a frame of a coroutine
class Pause:
    def __await__(self):
        yield
async def coro(x):
    y = x + 1
    await Pause()
    return y
c = coro(1)
print(sorted(c.cr_frame.f_locals.items()))
c.send(None)
print(sorted(c.cr_frame.f_locals.items()), c.cr_frame.f_code.co_name)
c.close()
print(c.cr_frame)

# the frame of a running generator links to its resumer
def linked():
    yield sys._getframe().f_back.f_code.co_name
def driver():
    return next(linked())
print(driver())

# frame.clear() on a suspended generator closes it
def closable():
    try:
        yield 1
    finally:
        print('  closed by frame.clear()')
cg = closable()
next(cg)
cg.gi_frame.clear()
print('after clear', cg.gi_frame)
def running_clear():
    try:
        sys._getframe().clear()
    except RuntimeError as e:
        print('RuntimeError', e)
    yield
list(running_clear())
