# In-place operators: __iadd__ and friends, fallbacks, NotImplemented.
class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'V(%r)' % (self.v,)
    def __add__(self, o):
        print('add')
        return V(self.v + o)
    def __radd__(self, o):
        print('radd')
        return V(o + self.v)

x = V(1)
orig = x
x += 2
print(x, x is orig)

class I(V):
    def __iadd__(self, o):
        print('iadd')
        self.v += o
        return self
y = I(1)
orig = y
y += 5
print(y, y is orig)

class INI(V):
    def __iadd__(self, o):
        print('iadd NI')
        return NotImplemented
z = INI(1)
z += 3
print(z, type(z).__name__)

class Ret:
    def __iadd__(self, o):
        return 'something else'
r = Ret()
r += 1
print(r)

class Nothing:
    def __isub__(self, o):
        return NotImplemented
n = Nothing()
try:
    n -= 1
except TypeError as e:
    print(e)
try:
    n *= 2
except TypeError as e:
    print(e)

class OnlyR:
    def __rmul__(self, o):
        return 'rmul %r' % (o,)
    def __rfloordiv__(self, o):
        return 'rfloordiv'
k = 3
k *= OnlyR()
print(k)
k = 3
k //= OnlyR()
print(k)

# every in-place operator error
ops = ['+=', '-=', '*=', '@=', '/=', '//=', '%=', '**=', '<<=', '>>=', '&=', '^=', '|=']
for op in ops:
    ns = {'a': object()}
    try:
        exec('a %s 1' % op, ns)
    except TypeError as e:
        print(e)

# mutable builtins
lst = [1]
alias = lst
lst += (2, 3)
print(lst, alias is lst)
try:
    lst += 5
except TypeError as e:
    print(e)
t = (1,)
alias = t
t += (2,)
print(t, alias is t)
try:
    t += [3]
except TypeError as e:
    print(e)
s = {1}
s |= {2}
print(s)
try:
    s |= [3]
except TypeError as e:
    print(e)
d = {'a': 1}
d |= [('b', 2)]
print(d)
try:
    d |= 5
except TypeError as e:
    print(e)

# in-place on attribute and subscript targets calls getattr/setattr
class Rec:
    def __init__(self):
        self.__dict__['x'] = V(0)
    def __getattr__(self, name):
        print('getattr', name)
        raise AttributeError(name)
    def __setattr__(self, name, value):
        print('setattr', name, value)
        self.__dict__[name] = value
rec = Rec()
rec.x += 1
class Sub:
    def __getitem__(self, k):
        print('getitem', k)
        return 10
    def __setitem__(self, k, v):
        print('setitem', k, v)
sb = Sub()
sb['k'] += 1
sb[1:2] *= 3

# tuple item in-place: error after mutation
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print(e)
print(tup)
q = object()
q += 1
