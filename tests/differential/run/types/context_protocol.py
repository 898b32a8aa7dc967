# with-statement protocol: missing methods, suppression, exit arguments, async variants.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None, v, tb is not None)
        return self.suppress
with CM('a') as x:
    print('body', x)
with CM('b', True):
    raise ValueError('swallowed')
print('after b')
try:
    with CM('c'):
        raise KeyError('kept')
except KeyError as e:
    print('caught', e)
with CM('o1') as p, CM('o2', True) as q:
    print(p, q)
    1 / 0
print('nested ok')

class NoEnter:
    def __exit__(self, *a):
        pass
class NoExit:
    def __enter__(self):
        return self
class Neither:
    pass
for cls in [NoEnter, NoExit, Neither, int]:
    try:
        with cls():
            print('never')
    except TypeError as e:
        print(e)
try:
    with None:
        pass
except TypeError as e:
    print(e)
# instance attributes do not count
n = Neither()
n.__enter__ = lambda: 1
n.__exit__ = lambda *a: None
try:
    with n:
        pass
except TypeError as e:
    print(e)
# enter raising: exit not called
class EnterFails:
    def __enter__(self):
        raise RuntimeError('enter failed')
    def __exit__(self, *a):
        print('exit called?')
try:
    with EnterFails():
        pass
except RuntimeError as e:
    print(e)
# exit raising replaces the exception and chains it
class ExitFails:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        raise OSError('exit failed')
try:
    with ExitFails():
        raise ValueError('inner')
except OSError as e:
    print(type(e).__name__, e, type(e.__context__).__name__, e.__context__)
# truthiness of exit result
class Truthy:
    def __init__(self, r):
        self.r = r
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return self.r
for r in [1, 'x', [], 0, None, [0]]:
    try:
        with Truthy(r):
            raise IndexError(r)
        print('suppressed by', repr(r))
    except IndexError:
        print('not suppressed by', repr(r))
class BadBool:
    def __bool__(self):
        raise ZeroDivisionError('bool of exit')
try:
    with Truthy(BadBool()):
        raise IndexError
except ZeroDivisionError as e:
    print(e, type(e.__context__).__name__)
# exit result ignored without an exception
with Truthy(BadBool()):
    pass
print('no exception: result not tested')
# return/break/continue through with call exit with Nones
def f():
    with CM('ret'):
        return 'returned'
print(f())
for i in range(2):
    with CM('loop%d' % i):
        if i == 0:
            continue
        break

# async with driven by hand
class ACM:
    async def __aenter__(self):
        print('aenter')
        return 'av'
    async def __aexit__(self, t, v, tb):
        print('aexit', t.__name__ if t else None)
        return True
async def use():
    async with ACM() as v:
        print('abody', v)
        raise ValueError
    return 'done'
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
print(run(use()))
async def wrong():
    async with CM('sync'):
        pass
try:
    run(wrong())
except TypeError as e:
    print(e)
async def wrong2():
    with ACM():
        pass
try:
    run(wrong2())
except TypeError as e:
    print(e)
class BadAenter:
    def __aenter__(self):
        return 5
    def __aexit__(self, *a):
        return 5
async def wrong3():
    async with BadAenter():
        pass
try:
    run(wrong3())
except TypeError as e:
    print(e)
class HalfAsync:
    async def __aenter__(self):
        return 1
async def wrong4():
    async with HalfAsync():
        pass
try:
    run(wrong4())
except TypeError as e:
    print(e)
with Neither():
    pass
