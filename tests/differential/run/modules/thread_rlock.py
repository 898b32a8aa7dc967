import _thread

def show(f, *a, **k):
    try:
        print('ok', f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)

def rrepr(r):
    text = repr(r).split(' at 0x')[0]
    return text.replace('owner=%d ' % _thread.get_ident(), 'owner=ME ')

r = _thread.RLock()
print(rrepr(r), r._is_owned())
print(r.acquire(), r.acquire(), r.acquire(blocking=False), rrepr(r), r._is_owned())
print(r.release(), rrepr(r))
state = r._release_save()
print(type(state).__name__, len(state), state[0], state[1] == _thread.get_ident(), rrepr(r), r._is_owned())
show(r._release_save)
show(r.release)
show(r.__exit__, None, None, None)
print(r._acquire_restore(state), rrepr(r))
for bad in [(1,), (1, 2, 3), 'ab', (1, 'x'), 5, [2.0, 1]]:
    show(r._acquire_restore, bad)
show(r._acquire_restore)
show(r._acquire_restore, (1, 2), 3)
while r._is_owned():
    r.release()
print(rrepr(r))
with r:
    with r:
        print('nested', rrepr(r))
print(rrepr(r))
show(r.release, 1)
show(r._is_owned, 1)
show(r.acquire, 1, 2, 3)
show(r.acquire, x=1)
show(r.acquire, False, 1)
show(r.acquire, True, -3)
r.acquire()
print(r._at_fork_reinit(), rrepr(r))
print(_thread.RLock(1, 2, a=3)._is_owned())

class MyRLock(_thread.RLock):
    pass

m = MyRLock()
m.tag = 'mine'
print(rrepr(m).split(' owner')[0], m.tag, isinstance(m, _thread.RLock))

# another thread neither owns nor can release it
r.acquire()
out = []
done = _thread.allocate_lock()
done.acquire()
def other():
    out.append(r._is_owned())
    try:
        r.release()
    except RuntimeError as e:
        out.append(str(e))
    out.append(r.acquire(False))
    out.append(r.acquire(timeout=0.01))
    done.release()
_thread.start_new_thread(other, ())
done.acquire()
print(out)
r.release()
def other2():
    out.append(r.acquire(timeout=5))
    out.append(r._is_owned())
    r.release()
    done.release()
_thread.start_new_thread(other2, ())
done.acquire()
print(out, rrepr(r))
