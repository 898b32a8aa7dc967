import _thread

# threading.py joins a thread through the lock _set_sentinel() returns: the
# thread acquires it, and it is released when the thread's state goes away.
done = _thread.allocate_lock()
done.acquire()
box = []
def run():
    s = _thread._set_sentinel()
    box.append(s)
    print('sentinel', type(s).__name__, s.locked())
    s.acquire()
    done.release()
    for i in range(1000):
        pass
_thread.start_new_thread(run, ())
done.acquire()
s = box[0]
print('joined', s.acquire(timeout=10), s.locked())
s.release()
try:
    _thread._set_sentinel(1)
except TypeError as e:
    print(e)
m = _thread._set_sentinel()
print(type(m).__name__, m.locked())
print(_thread.stack_size())
for v in [1, -1, 32768, 'a', 1.5, 0, 2**20]:
    try:
        print(v, _thread.stack_size(v))
    except Exception as e:
        print(v, type(e).__name__, e)
try:
    _thread.stack_size(1, 2)
except TypeError as e:
    print(e)
try:
    _thread.stack_size(size=1)
except TypeError as e:
    print(e)
# a thread still runs with the stack size set
_thread.start_new_thread(done.release, ())
done.acquire()
print(_thread.stack_size(0))
