# Errors of * and ** in calls: the callable's name in the message, non-iterables, non-mappings.
def f(*a, **k):
    return a, k
class C:
    def meth(self, *a, **k):
        return a, k
    @staticmethod
    def st(*a):
        return a
    def __call__(self, *a, **k):
        return 'called', a, k
    def __repr__(self):
        return 'C-instance'
def outer():
    def inner(*a, **k):
        return a
    return inner
inner = outer()
lam = lambda *a, **k: a
class NoIter:
    pass
class BadIter:
    def __iter__(self):
        return 5
class RaisingIter:
    def __iter__(self):
        raise RuntimeError('iter failed')
class RaisingKeys:
    def keys(self):
        raise RuntimeError('keys failed')
    def __getitem__(self, k):
        return k
class TypeErrorIter:
    def __iter__(self):
        raise TypeError('from inside __iter__')

targets = [('f', f), ('meth', C().meth), ('unbound', C.meth), ('st', C.st), ('callobj', C()),
           ('inner', inner), ('lam', lam), ('len', len), ('print', print), ('int', int),
           ('list.append', [].append), ('str.join', str.join), ('type', C), ('dict', dict)]
values = [('int', 1), ('None', None), ('NoIter', NoIter()), ('BadIter', BadIter()),
          ('RaisingIter', RaisingIter()), ('TypeErrorIter', TypeErrorIter())]
for tname, t in targets:
    for vname, v in values[:2]:
        try:
            t(*v)
        except TypeError as e:
            print(tname, vname, '*', e)
        try:
            t(**v)
        except TypeError as e:
            print(tname, vname, '**', e)
for vname, v in values:
    try:
        f(*v)
    except Exception as e:
        print(vname, '*', type(e).__name__, e)
    try:
        f(**v)
    except Exception as e:
        print(vname, '**', type(e).__name__, e)
try:
    f(**RaisingKeys())
except Exception as e:
    print('RaisingKeys', type(e).__name__, e)

# a list, a str and a mapping with non-string keys after **
for v in ([('a', 1)], 'ab', {1: 'one'}, {'ok': 1, 2: 'two'}, {(1,): 0}):
    try:
        f(**v)
    except TypeError as e:
        print('**', type(v).__name__, e)
    try:
        inner(**v)
    except TypeError as e:
        print('inner **', type(v).__name__, e)
    try:
        len(**v)
    except TypeError as e:
        print('len **', type(v).__name__, e)

# multiple values for a keyword argument
def kw(a=None, b=None):
    return a, b
cases = [
    lambda: kw(a=1, **{'a': 2}),
    lambda: kw(**{'a': 1}, **{'a': 2}),
    lambda: kw(**{'b': 1}, b=3),
    lambda: f(x=1, **{'x': 2}),
    lambda: inner(**{'q': 1}, **{'q': 2}),
    lambda: C().meth(**{'z': 1}, z=2),
    lambda: len(**{'obj': 1}, **{'obj': 2}),
    lambda: dict(**{'a': 1}, **{'a': 2}),
    lambda: kw(1, a=2),
    lambda: kw(1, **{'a': 2}),
]
for i, c in enumerate(cases):
    try:
        print(i, c())
    except TypeError as e:
        print(i, type(e).__name__, e)

# ** with keys() returning non-strings or the mapping failing in __getitem__
class KeysInts:
    def keys(self):
        return [1]
    def __getitem__(self, k):
        return k
class KeysMissing:
    def keys(self):
        return ['a']
    def __getitem__(self, k):
        raise KeyError(k)
for m in (KeysInts(), KeysMissing()):
    try:
        f(**m)
    except Exception as e:
        print(type(m).__name__, type(e).__name__, e)
