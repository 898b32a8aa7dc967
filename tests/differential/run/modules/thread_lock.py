import _thread

def show(f, *a, **k):
    try:
        print('ok', f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)

l = _thread.allocate_lock()
print(type(l).__name__, type(l) is _thread.LockType, _thread.allocate is not _thread.allocate_lock)
print(repr(l).split(' at 0x')[0], l.locked())
print(l.acquire(), l.locked(), repr(l).split(' at 0x')[0])
print(l.acquire(False), l.acquire(blocking=False), l.acquire(timeout=0), l.acquire(True, 0.001))
print(l.release(), l.locked())
show(l.release)
show(l.release_lock)
show(l.__exit__, None, None, None)
print(l.acquire_lock(), l.locked_lock(), l.release_lock())
with l:
    print('inside', l.locked())
print('after', l.locked())
try:
    with l:
        raise KeyError('k')
except KeyError as e:
    print('KeyError', e, l.locked())
print(l.__enter__(), l.__exit__(1, 2, 3), l.locked())
# argument checks of acquire (lock_acquire_parse_args)
for args, kw in [((1, 2, 3), {}), ((), {'x': 1}), ((1,), {'blocking': 1}), ((False, 1), {}),
                 ((True, -2), {}), ((True, -0.5), {}), ((True, 'a'), {}), ((True, float('nan')), {}),
                 ((True, 1e300), {}), ((True, 2**70), {}), ((True, 1e10), {}), (([],), {}), ((1.5,), {}),
                 ((2**40,), {}), ((2**80,), {}), ((), {'timeout': -1}), ((False,), {'timeout': -1}),
                 ((0,), {}), ((True, 0), {}), ((True, 0.0), {}), ((True, -1.0), {}), ((True, True), {})]:
    try:
        r = l.acquire(*args, **kw)
        print(args, kw, '->', r)
        if r:
            l.release()
    except Exception as e:
        print(args, kw, type(e).__name__, e)
l.acquire()
print(l._at_fork_reinit(), l.locked())
show(l.release)
show(l.release, 1)
show(l.locked, 1)
show(_thread.allocate_lock, 1)
show(_thread.LockType)
try:
    class Sub(_thread.LockType):
        pass
except TypeError as e:
    print(e)
import _weakref
r = _weakref.ref(l)
print(r() is l)
print(_thread.error is RuntimeError, _thread.TIMEOUT_MAX, type(_thread.TIMEOUT_MAX))
print(_thread.LockType.__module__, _thread.LockType.__name__, _thread.LockType.__qualname__)
