import _thread

def show(f, *a, **k):
    try:
        print('ok', f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)

done = _thread.allocate_lock()
done.acquire()
def in_thread(f, *args):
    out = []
    def run():
        try:
            out.append(f(*args))
        except Exception as e:
            out.append((type(e).__name__, str(e)))
        done.release()
    _thread.start_new_thread(run, ())
    done.acquire()
    return out[0]

loc = _thread._local()
print(type(loc).__name__, repr(loc).split(' at 0x')[0])
loc.x = 1
loc.y = [1, 2]
print(loc.x, loc.__dict__)
def peek():
    before = dict(loc.__dict__)
    has = hasattr(loc, 'x')
    loc.x = 'thread'
    return before, has, loc.x
print(in_thread(peek))
print(loc.x, sorted(loc.__dict__))
print(in_thread(lambda: loc.__dict__))
del loc.y
show(lambda: loc.y)
show(delattr, loc, 'y')
show(setattr, loc, '__dict__', {})
show(_thread._local, 1)
show(_thread._local, a=1)
print(in_thread(lambda: loc.x))

class Counter(_thread._local):
    inits = []
    def __init__(self, start, step=1):
        self.value = start
        self.step = step
        Counter.inits.append(start)
    def bump(self):
        self.value += self.step
        return self.value

c = Counter(10, step=5)
print(c.bump(), c.bump(), Counter.inits)
print(in_thread(lambda: (c.value, c.bump(), c.bump())), Counter.inits)
print(c.value, c.__dict__)
print(in_thread(lambda: sorted(c.__dict__)), Counter.inits)
c.extra = 1
print(in_thread(lambda: hasattr(c, 'extra')))

class Failing(_thread._local):
    def __init__(self, fail=False):
        if _thread.get_ident() != main:
            raise ValueError('no init here')
        self.ok = True

main = _thread.get_ident()
f = Failing()
print(f.ok, in_thread(lambda: f.ok))

class Slotted(_thread._local):
    __slots__ = ('a',)
s = Slotted()
print(type(s).__name__, isinstance(s, _thread._local))
