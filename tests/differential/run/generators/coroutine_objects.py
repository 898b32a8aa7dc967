class Suspend:
    def __await__(self):
        yield 'suspended'

async def inner():
    await Suspend()
    return 'inner done'

async def outer():
    return await inner()

c = outer()
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_code is outer.__code__)
print('created', c.cr_running, c.cr_await, c.cr_frame is not None, c.cr_suspended if hasattr(c, 'cr_suspended') else '-')
print(c.send(None))
print('awaiting', type(c.cr_await).__name__, c.cr_await.__name__, type(c.cr_await.cr_await).__name__)
print('frame line', c.cr_frame.f_lineno, c.cr_frame.f_code.co_name)
try:
    c.send(None)
except StopIteration as e:
    print('result', e.value)
print('finished', c.cr_frame, c.cr_await, c.cr_running)
try:
    c.send(None)
except RuntimeError as e:
    print('RuntimeError', e)
try:
    c.throw(ValueError)
except RuntimeError as e:
    print('RuntimeError', e)
print('close finished', c.close())

c = outer()
try:
    c.send('not none')
except TypeError as e:
    print('TypeError', e)
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print('after close', e)

# throw into a suspended coroutine
async def guarded():
    try:
        await Suspend()
    except KeyError as e:
        return 'handled %r' % e
    return 'not reached'
g = guarded()
g.send(None)
try:
    g.throw(KeyError('x'))
except StopIteration as e:
    print(e.value)

# throw into a never-started coroutine
g = guarded()
try:
    g.throw(OSError('early'))
except OSError as e:
    print('early throw', e)

# close runs finally blocks
async def with_finally():
    try:
        await Suspend()
    finally:
        print('  finally in coroutine')
w = with_finally()
w.send(None)
w.close()

# a coroutine cannot be iterated directly
it_c = outer()
try:
    iter(it_c)
except TypeError as e:
    print('TypeError', e)
it_c.close()
cc = outer()
try:
    next(cc)
except TypeError as e:
    print('TypeError', e)
cc.close()

# renaming
cc = outer()
cc.__name__ = 'renamed'
cc.__qualname__ = 'X.renamed'
print(cc.__name__, cc.__qualname__)
cc.close()
print(sorted(n for n in dir(cc) if n.startswith('cr_')))

class M:
    async def method(self):
        return self
m = M().method()
print(m.__qualname__)
m.close()
print(repr(type(m)))
