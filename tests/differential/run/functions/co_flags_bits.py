# co_flags bits: optimized, newlocals, varargs, varkeywords, nested, generator, nofree,
# coroutine, iterable_coroutine, async_generator; what each kind of function produces.
FLAGS = [('OPTIMIZED', 0x1), ('NEWLOCALS', 0x2), ('VARARGS', 0x4), ('VARKEYWORDS', 0x8),
         ('NESTED', 0x10), ('GENERATOR', 0x20), ('NOFREE', 0x40), ('COROUTINE', 0x80),
         ('ITERABLE_COROUTINE', 0x100), ('ASYNC_GENERATOR', 0x200)]
def names(flags):
    return [n for n, bit in FLAGS if flags & bit]
def show(label, fn):
    print(label, names(fn.__code__.co_flags), hex(fn.__code__.co_flags & 0x3ff))

def plain():
    pass
def var(*a):
    pass
def kw(**k):
    pass
def both(*a, **k):
    pass
def gen():
    yield
def gen_from():
    yield from ()
async def coro():
    pass
async def coro_await():
    await coro()
async def agen():
    yield 1
async def agen_await():
    await coro()
    yield 2
def outer():
    x = 1
    def closure():
        return x
    def not_closure():
        return 1
    def gen_closure():
        yield x
    return closure, not_closure, gen_closure
closure, not_closure, gen_closure = outer()
lam = lambda: 0
lam_gen = lambda: (yield)
class C:
    def method(self):
        pass
    def uses_class(self):
        return __class__
for label, fn in [('plain', plain), ('var', var), ('kw', kw), ('both', both), ('gen', gen),
                  ('gen_from', gen_from), ('coro', coro), ('coro_await', coro_await), ('agen', agen),
                  ('agen_await', agen_await), ('outer', outer), ('closure', closure),
                  ('not_closure', not_closure), ('gen_closure', gen_closure), ('lam', lam),
                  ('lam_gen', lam_gen), ('method', C.method), ('uses_class', C.uses_class)]:
    show(label, fn)

# genexpr and comprehension code objects
def holder():
    g = (i for i in ())
    l = [i for i in ()]
    return g
ge = holder()
print('genexpr', names(ge.gi_code.co_flags))
for c in holder.__code__.co_consts:
    if hasattr(c, 'co_flags'):
        print(c.co_name, names(c.co_flags))

# module and class body code objects are not optimized
import sys
print('module', names(sys._getframe().f_code.co_flags))
class Body:
    flags = sys._getframe().f_code.co_flags
print('class body', names(Body.flags))
code = compile('x = 1', 'name', 'exec')
print('compiled exec', names(code.co_flags))
print('compiled eval', names(compile('1', 'n', 'eval').co_flags))
print('compiled single', names(compile('1', 'n', 'single').co_flags))
print('compiled lambda', names(compile('lambda: 0', 'n', 'eval').co_consts[0].co_flags))

# the flags decide what calling the function returns
for fn in (gen, coro, agen):
    r = fn()
    print(type(r).__name__)
    if hasattr(r, 'close'):
        r.close()
    elif hasattr(r, 'aclose'):
        r.aclose().close()

# the kind of object a call makes comes from RETURN_GENERATOR in the code, not from the flag alone
p2 = type(plain)(plain.__code__.replace(co_flags=plain.__code__.co_flags | 0x20), {})
r = p2()
print(type(r).__name__)
try:
    next(r)
except TypeError as e:
    print(type(e).__name__, e)
