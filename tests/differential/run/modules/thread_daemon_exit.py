import _thread

# Without threading's _shutdown, the process does not wait for _thread's
# threads: when the main thread ends, they never run again.
started = _thread.allocate_lock()
started.acquire()
never = _thread.allocate_lock()
never.acquire()
def blocked():
    started.release()
    never.acquire()
    print('never printed')
def spinning():
    while True:
        pass
_thread.start_new_thread(blocked, ())
started.acquire()
print('count', _thread._count())
_thread.start_new_thread(spinning, ())
for i in range(10000):
    pass
print('main done')
