# __missing__ on dict subclasses: when it is called and when it is not.
class D(dict):
    def __missing__(self, key):
        print('missing', repr(key))
        return len(str(key))
d = D(a=1)
print(d['a'], d['hello'], d[(1, 2)], 'hello' in d, len(d))
print(d.get('zz'), d.get('zz', 'dflt'), d.setdefault('q', 5), d.pop('nope', 'p'), 'nope' in d)
try:
    d.pop('nope2')
except KeyError as e:
    print('KeyError', e)
print(dict.__getitem__(d, 'a'))
try:
    dict.__getitem__(d, 'nope')
except KeyError as e:
    print('KeyError', e)
print(d.__getitem__('abcd'))

class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in 'abracadabra':
    c[ch] += 1
print(sorted(c.items()))

class Store(dict):
    def __missing__(self, key):
        self[key] = v = [key]
        return v
s = Store()
s['x'].append(1)
s['x'].append(2)
print(s)

class Raises(dict):
    def __missing__(self, key):
        raise LookupError('no %s' % key)
try:
    Raises()['k']
except LookupError as e:
    print(type(e).__name__, e)
class ReRaise(dict):
    def __missing__(self, key):
        raise KeyError(key)
try:
    ReRaise()[3]
except KeyError as e:
    print('KeyError', e)

# __missing__ on the instance does not count
class Plain(dict):
    pass
p = Plain()
p.__missing__ = lambda k: 'inst'
try:
    p['x']
except KeyError as e:
    print('KeyError', e)
# added to the class later does count
Plain.__missing__ = lambda self, k: 'late ' + k
print(p['x'])
# __missing__ = None
class NoneMissing(dict):
    __missing__ = None
try:
    NoneMissing()['k']
except TypeError as e:
    print('TypeError', e)
# not a method: a staticmethod and a callable object
class SM(dict):
    @staticmethod
    def __missing__(key):
        return 'static ' + key
print(SM()['k'])
class CallObj:
    def __call__(self, *a):
        return 'callobj %d' % len(a)
class CO(dict):
    __missing__ = CallObj()
print(CO()['k'])
# plain dict has no __missing__
print(hasattr(dict, '__missing__'), hasattr(D, '__missing__'))
try:
    {}['absent']
except KeyError as e:
    print('KeyError', e)
# __missing__ is not consulted by format_map? (it is, via subscript)
print('{a} {b}'.format_map(D(a='A')))
# a __getitem__ override takes precedence
class GI(dict):
    def __getitem__(self, k):
        return 'gi'
    def __missing__(self, k):
        return 'never'
print(GI()['x'])
# exec with a dict subclass as globals: __missing__ is not used for globals, is for locals
class Ns(dict):
    def __missing__(self, k):
        return 'ns-' + k
ns = Ns()
exec('y = undefined_name', {}, ns)
print(ns['y'])
try:
    g = Ns()
    exec('def f(): return undefined2', g)
    print(g['f']())
except NameError as e:
    print('NameError', e)
# missing with wrong arity
class Bad(dict):
    def __missing__(self):
        return 1
try:
    Bad()['k']
except TypeError as e:
    print('TypeError', e)
Raises()['final']
