import _thread, sys

def show(f, *a, **k):
    try:
        print('ok', f(*a, **k))
    except BaseException as e:
        print(type(e).__name__, e)

print(sys.getswitchinterval())
show(sys.setswitchinterval, 0)
show(sys.setswitchinterval, -1.0)
show(sys.setswitchinterval, 'a')
show(sys.setswitchinterval)
show(sys.getswitchinterval, 1)
for v in [1e-9, True, 0.0123456789, 2, 0.001]:
    sys.setswitchinterval(v)
    print(v, sys.getswitchinterval())

# a busy loop in the main thread lets a waiting thread run
flag = []
_thread.start_new_thread(flag.append, (1,))
n = 0
while not flag:
    n += 1
print('thread ran')

# two busy threads both make progress
progress = {'a': 0, 'b': 0}
stop = []
done = _thread.allocate_lock()
done.acquire()
left = [2]
def spin(name):
    while not stop:
        progress[name] += 1
    left[0] -= 1
    if left[0] == 0:
        done.release()
_thread.start_new_thread(spin, ('a',))
_thread.start_new_thread(spin, ('b',))
while progress['a'] < 500 or progress['b'] < 500:
    pass
stop.append(1)
done.acquire()
print('both ran')

# interrupt_main raises KeyboardInterrupt in the main thread
try:
    _thread.start_new_thread(_thread.interrupt_main, ())
    while True:
        pass
except KeyboardInterrupt as e:
    print('interrupted', repr(e))
try:
    _thread.interrupt_main()
    for i in range(10**9):
        pass
except KeyboardInterrupt:
    print('interrupted again')
show(_thread.interrupt_main, 15)
show(_thread.interrupt_main, 0)
show(_thread.interrupt_main, 100)
show(_thread.interrupt_main, 1, 2)
show(_thread.interrupt_main, 'a')
show(_thread.interrupt_main, signum=15)
show(_thread.interrupt_main, 2**40)
show(_thread.interrupt_main, -2**40)
show(_thread.interrupt_main, 2**80)

# a long blocking wait gives the lock up
l = _thread.allocate_lock()
l.acquire()
def later():
    out.append('worker')
    l.release()
out = []
_thread.start_new_thread(later, ())
print(l.acquire(timeout=10), out)
