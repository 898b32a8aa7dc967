# Augmented assignment: targets evaluated once, in-place methods, fallbacks.
log = []

class Box:
    def __init__(self):
        self.items = {}
    def __getitem__(self, k):
        log.append(('get', k))
        return self.items.get(k, 0)
    def __setitem__(self, k, v):
        log.append(('set', k, v))
        self.items[k] = v

def k(x):
    log.append(('key', x))
    return x

b = Box()
b[k('a')] += 5
print(log)
log.clear()
b[k('a')] *= 3
print(log, b.items)
log.clear()

class Obj:
    def __getattribute__(self, n):
        log.append(('getattr', n))
        return object.__getattribute__(self, n)
    def __setattr__(self, n, v):
        log.append(('setattr', n, v))
        object.__setattr__(self, n, v)

def owner(o):
    log.append('owner')
    return o

o = Obj()
o.count = 1
log.clear()
owner(o).count += 10
print(log, o.count)
log.clear()

class Inplace:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, other):
        self.v += other
        return self
    def __add__(self, other):
        return 'plain add'
    def __repr__(self):
        return 'Inplace(%r)' % self.v

x = Inplace(1)
y = x
x += 4
print(x, y, x is y)

class OnlyAdd:
    def __add__(self, other):
        return ('add', other)
z = OnlyAdd()
z += 1
print(z)

class RAdd:
    def __radd__(self, other):
        return ('radd', other)
w = 5
w += RAdd()
print(w)

class ReturnsOther:
    def __imul__(self, other):
        return 'replaced'
r = ReturnsOther()
r *= 2
print(r)

# lists: += extends in place, + builds new
a = [1]
alias = a
a += (2, 3)
print(a, alias, a is alias)
try:
    a = a + (4,)
except TypeError as e:
    print('TypeError', e)

# tuples: += builds a new tuple
t = (1,)
t2 = t
t += (2,)
print(t, t2)

# the famous tuple-containing-list case
tl = ([1],)
try:
    tl[0] += [2]
except TypeError as e:
    print('TypeError', e)
print(tl)

# all augmented operators on ints
n = 100
n += 1; print(n)
n -= 3; print(n)
n *= 2; print(n)
n //= 7; print(n)
n %= 10; print(n)
n **= 3; print(n)
n <<= 2; print(n)
n >>= 1; print(n)
n &= 0xF0; print(n)
n |= 0x0F; print(n)
n ^= 0xFF; print(n)
f = 7
f /= 2; print(f)

# slices as augmented targets
s = [1, 2, 3, 4]
s[1:3] += ['x']
print(s)
s[::2] *= 1
print(s)

# dict entries and errors
d = {}
try:
    d['missing'] += 1
except KeyError as e:
    print('KeyError', e)
d['n'] = 1
d['n'] += 1
print(d)

try:
    undefined_name += 1
except NameError as e:
    print('NameError', e)

def local_aug():
    try:
        q += 1
    except UnboundLocalError as e:
        print('UnboundLocalError', e)
    q = 0
local_aug()

# unsupported operand types message
try:
    v = 'a'
    v -= 1
except TypeError as e:
    print('TypeError', e)
try:
    v = [1]
    v @= 2
except TypeError as e:
    print('TypeError', e)
