# _collections.defaultdict: default_factory, __missing__, repr, copy, |, errors, subclasses; _count_elements.
from _collections import defaultdict, _count_elements

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

d = defaultdict(list)
d['a'].append(1)
d['a'].append(2)
d['b']
print(d, d.default_factory, len(d), 'c' in d, d.get('c'), isinstance(d, dict))
c = defaultdict(int)
for ch in 'hello world':
    c[ch] += 1
print(sorted(c.items()), c['zz'], len(c))
n = defaultdict()
print(n, n.default_factory)
show('missing no factory', lambda: n['x'])
show('missing None factory', lambda: defaultdict(None)['x'])
print(defaultdict(int, {'a': 1}), defaultdict(int, [('k', 2)]), defaultdict(str, a='x', b='y'), defaultdict(None, {1: 2}))
print(defaultdict(lambda: 'dflt')['q'], defaultdict(dict)['k'], defaultdict(tuple))
d2 = d.copy()
d2['new'].append(3)
print(type(d2).__name__, d2.default_factory is list, 'new' in d, d.__copy__() == d)
d.default_factory = set
print(d['s'], d)
d.default_factory = None
show('after None', lambda: d['t'])
d.default_factory = 42
show('non-callable factory', lambda: d['u'])
del d.default_factory
print(d.default_factory)
print(d.__missing__ if False else 'skip', defaultdict(list).__missing__('m'))
show('__missing__ no factory', lambda: defaultdict().__missing__('k'))
show('not callable', lambda: defaultdict(5))
show('not callable str', lambda: defaultdict('list'))
show('bad mapping', lambda: defaultdict(list, 5))
show('too many', lambda: defaultdict(list, {}, {}))
show('factory raises', lambda: defaultdict(lambda: 1 / 0)['x'])
a = defaultdict(int, {'a': 1})
print(a | {'b': 2}, {'b': 2} | a, type({'b': 2} | a).__name__, a | defaultdict(str, {'c': 3}))
a |= {'z': 26}
print(a)
show('or list', lambda: a | [1])
show('ror list', lambda: [1] | a)
print(repr(defaultdict(list)), str(defaultdict(int, {1: 1})))
r = defaultdict(list)
r.default_factory = r.__getitem__ if False else None
r['self'] = r
print(r)

class F:
    def __repr__(self):
        return 'F()'
    def __call__(self):
        return 'made'

print(defaultdict(F(), {}), defaultdict(F())['x'])

class MyDD(defaultdict):
    def __repr__(self):
        return 'MyDD' + dict.__repr__(self)

m = MyDD(list)
m['x'].append(1)
m.attr = 1
print(m, type(m.copy()).__name__, m.copy(), m.attr)
print(type(defaultdict).__name__, defaultdict.__name__, defaultdict.__module__, repr(defaultdict), defaultdict.__mro__[1].__name__)
print(defaultdict(list).__reduce__()[:2], defaultdict().__reduce__()[1])
counts = {}
_count_elements(counts, 'abracadabra')
print(counts)
dd = defaultdict(int)
_count_elements(dd, [1, 2, 1])
print(dd)
show('count not iterable', lambda: _count_elements({}, 5))
show('count 1 arg', lambda: _count_elements({}))
show('count bad mapping', lambda: _count_elements(5, [1]))
