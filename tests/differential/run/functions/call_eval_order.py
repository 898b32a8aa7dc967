# Evaluation order in calls: callee, positional, *args, keywords, **kwargs; side effects on errors.
log = []
def v(name, value=None):
    log.append(name)
    return name if value is None else value
def f(*a, **k):
    log.append('body')
    return a, k
def get_f():
    log.append('callee')
    return f

get_f()(v('p1'), v('p2'), k1=v('k1'), k2=v('k2'))
print(log); log.clear()
get_f()(v('p1'), *v('star', [1]), v('p2'), k1=v('k1'), **v('dstar', {'x': 1}), k2=v('k2'))
print(log); log.clear()
get_f()(k1=v('k1'), *v('star-after-kw', [1]))
print(log); log.clear()
get_f()(**v('d1', {'a': 1}), k=v('k'), **v('d2', {'b': 2}))
print(log); log.clear()

# attribute lookups of the callee happen before the arguments
class Obj:
    def __getattr__(self, name):
        log.append('getattr ' + name)
        return f
o = Obj()
o.method(v('arg'), kw=v('kw'))
print(log); log.clear()

# a failing argument: later arguments are not evaluated, the callee is not called
def boom(name):
    log.append(name)
    raise ValueError(name)
try:
    get_f()(v('a'), boom('b'), v('c'))
except ValueError as e:
    print('ValueError', e, log)
log.clear()
try:
    get_f()(v('a'), k=boom('kw'), j=v('j'))
except ValueError as e:
    print('ValueError', e, log)
log.clear()

# a binding error happens after every argument was evaluated
def two(a, b):
    log.append('two body')
try:
    two(v('x'), v('y'), v('z'))
except TypeError as e:
    print('TypeError', e, log)
log.clear()
try:
    two(v('x'), a=v('a'))
except TypeError as e:
    print('TypeError', e, log)
log.clear()

# a non-callable: the arguments are still evaluated first
try:
    v('not callable', 5)(v('arg1'), k=v('kw1'))
except TypeError as e:
    print('TypeError', e, log)
log.clear()

# * is iterated completely before the call; a generator sees side effects in order
def gen():
    log.append('gen start')
    yield 1
    log.append('gen middle')
    yield 2
    log.append('gen end')
get_f()(v('before'), *gen(), v('after'))
print(log); log.clear()

# ** mapping methods are called in order among the other arguments
class M:
    def keys(self):
        log.append('keys')
        return ['m']
    def __getitem__(self, k):
        log.append('getitem')
        return 1
get_f()(v('pos'), **M(), last=v('last'))
print(log); log.clear()

# keyword arguments keep the written order in **k
print(f(z=1, y=2, x=3)[1], list(f(b=1, **{'a': 2}, c=3)[1]))
log.clear()

# default values are not re-evaluated per call
def with_default(x=v('default evaluated once')):
    return x
print(log, with_default(), with_default(), log); log.clear()

# method call: the instance is evaluated first, then the attribute, then arguments
class Tracker:
    def __init__(self, name):
        self.name = name
    def run(self, *a):
        log.append('run ' + self.name)
        return a
def inst(name):
    log.append('inst ' + name)
    return Tracker(name)
inst('t1').run(inst('t2').run(v('inner')), v('outer'))
print(log); log.clear()

# chained and nested calls
def ident(x):
    log.append('ident ' + str(x))
    return x
ident(ident(1) + ident(2))(*[]) if False else ident(ident(1) + ident(2))
print(log); log.clear()

# augmented call targets: subscript then call
table = {'fn': lambda *a: a}
def key(k):
    log.append('key ' + k)
    return k
table[key('fn')](v('arg'))
print(log)
