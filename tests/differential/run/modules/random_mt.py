# _random.Random: MT19937 as CPython seeds and draws it.
import _random

print(sorted(n for n in dir(_random) if not n.startswith('__')), sorted(dir(_random.Random)))
print(_random.Random.__module__, _random.Random.__name__)

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

for seed in [0, 1, 42, -42, 2**32 - 1, 2**32, 2**64 + 5, -(2**100), 12345678901234567890123456789, True, 3.5, -0.0, 1e300, (1, 2), None.__class__]:
    if seed is None.__class__:
        continue
    r = _random.Random(seed)
    print(repr(seed), [r.random() for _ in range(3)], r.getrandbits(32), r.getrandbits(7))

r = _random.Random(7)
print('bits', [r.getrandbits(k) for k in (0, 1, 2, 31, 32, 33, 63, 64, 65, 100, 128, 1000)])
print('big', r.getrandbits(4000) % (10**20))
show('bits neg', lambda: r.getrandbits(-1))
show('bits float', lambda: r.getrandbits(1.5))
show('bits str', lambda: r.getrandbits('x'))
show('bits none', lambda: r.getrandbits())
show('bits huge', lambda: r.getrandbits(2**40))
show('bits bool', lambda: r.getrandbits(True))

# a long run crosses many twists
r.seed(2024)
acc = 0
for _ in range(5000):
    acc ^= r.getrandbits(32)
print('xor of 5000', acc, r.random())

# getstate / setstate
r.seed(99)
st = r.getstate()
print(type(st).__name__, len(st), st[-1], st[0], st[1], st[623])
a = [r.random() for _ in range(5)]
r.setstate(st)
b = [r.random() for _ in range(5)]
print('round trip', a == b, a[0])
r2 = _random.Random()
r2.setstate(st)
print('other object', r2.random() == a[0])
print('index after', r.getstate()[-1])
show('setstate list', lambda: r.setstate(list(st)))
show('setstate short', lambda: r.setstate(st[:-1]))
show('setstate index', lambda: r.setstate(st[:-1] + (625,)))
show('setstate neg index', lambda: r.setstate(st[:-1] + (-1,)))
show('setstate neg word', lambda: r.setstate((-1,) + st[1:]))
show('setstate str word', lambda: r.setstate(('x',) + st[1:]))
show('setstate big word', lambda: r.setstate((2**64,) + st[1:]))
r.setstate((2**40 + 5,) + st[1:-1] + (624,))
print('truncated word', r.getstate()[0], r.random())
show('setstate none', lambda: r.setstate())

# seeding errors and arguments
show('seed list', lambda: _random.Random([1]))
show('seed two', lambda: _random.Random(1, 2))
show('seed kw', lambda: _random.Random(x=1))
show('seed method two', lambda: r.seed(1, 2))
show('random arg', lambda: r.random(1))
r.seed(None)
print('seed None gives floats', 0 <= r.random() < 1)
r3 = _random.Random()
print('unseeded', 0 <= r3.random() < 1)
print('seed returns', r.seed(5))

# subclassing as 3.11
class R(_random.Random):
    def __init__(self, a, extra=None):
        super().__init__(a)
        self.extra = extra

x = R(42, extra='e')
print('subclass', x.extra, x.random() == _random.Random(42).random())

class S(_random.Random):
    pass

show('subclass kw', lambda: S(x=1))
print('subclass seed', S(3).random() == _random.Random(3).random())

class T(_random.Random):
    def seed(self, a=None):
        self.called = a
        super().seed(a)

t = T(11)
print('init does not call seed', hasattr(t, 'called'), t.random() == _random.Random(11).random())
t.seed(12)
print('seed override', t.called, t.random() == _random.Random(12).random())
