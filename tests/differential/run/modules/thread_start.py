import _thread, sys

def show(f, *a, **k):
    try:
        print('ok', f(*a, **k))
    except BaseException as e:
        print(type(e).__name__, e)

done = _thread.allocate_lock()
done.acquire()
main_ident = _thread.get_ident()
seen = []

def worker(a, b, *, c=0, d=0):
    seen.append((a, b, c, d, _thread.get_ident() != main_ident, type(_thread.get_native_id()).__name__))
    done.release()

ident = _thread.start_new_thread(worker, (1, 2), {'c': 3})
print(type(ident).__name__, ident != main_ident)
done.acquire()
_thread.start_new(worker, ('x', 'y'))
done.acquire()
print(seen)

show(_thread.start_new_thread)
show(_thread.start_new_thread, print)
show(_thread.start_new_thread, 1, ())
show(_thread.start_new_thread, print, [1])
show(_thread.start_new_thread, print, (), [])
show(_thread.start_new_thread, print, (), {}, 1)
show(_thread.start_new_thread, print, (), kw=1)
show(_thread.get_ident, 1)
show(_thread.get_native_id, 1)
show(_thread._count, 1)
show(_thread.exit)
show(_thread.exit_thread, 1)
print(_thread.exit is not _thread.exit_thread, _thread.start_new is not _thread.start_new_thread)

# exceptions in a thread go to sys.unraisablehook; SystemExit ends the thread silently
def hook(args):
    print('hook:', args.exc_type.__name__, args.exc_value, '|', args.err_msg, '|', args.object.__name__,
          type(args.exc_traceback).__name__)
    done.release()

sys.unraisablehook = hook

def boom(n):
    raise ValueError('bad %d' % n)

_thread.start_new_thread(boom, (7,))
done.acquire()
_thread.start_new_thread(boom, ())
done.acquire()

def exits(how):
    try:
        if how == 'exit':
            _thread.exit()
        raise SystemExit(how)
    finally:
        done.release()

_thread.start_new_thread(exits, ('exit',))
done.acquire()
_thread.start_new_thread(exits, (5,))
done.acquire()

class Callable:
    def __call__(self, x):
        seen.append(('callable', x))
        done.release()

_thread.start_new_thread(Callable(), (42,))
done.acquire()
print(seen[-1])

# deep recursion in a thread is a RecursionError there (threads have large stacks)
def deep(n):
    return deep(n + 1)

def recurse():
    try:
        deep(0)
    except RecursionError as e:
        seen.append(('recursion', str(e)))
    done.release()

_thread.start_new_thread(recurse, ())
done.acquire()
print(seen[-1])

# a thread's exception state is its own
def handled():
    seen.append(('exc_info', sys.exc_info()[0]))
    done.release()

try:
    raise KeyError('main')
except KeyError:
    _thread.start_new_thread(handled, ())
    done.acquire()
    print(seen[-1], sys.exc_info()[0].__name__)
print('end')
