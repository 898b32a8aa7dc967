OPTIMIZED, NEWLOCALS, VARARGS, VARKEYWORDS, NESTED, GENERATOR, NOFREE = 1, 2, 4, 8, 16, 32, 64
COROUTINE, ITERABLE_COROUTINE, ASYNC_GENERATOR = 0x100, 0x200, 0x200 * 2
names = {OPTIMIZED: 'OPTIMIZED', NEWLOCALS: 'NEWLOCALS', VARARGS: 'VARARGS', VARKEYWORDS: 'VARKEYWORDS',
         NESTED: 'NESTED', GENERATOR: 'GENERATOR', COROUTINE: 'COROUTINE', ASYNC_GENERATOR: 'ASYNC_GENERATOR'}

def decode(flags):
    return [n for bit, n in sorted(names.items()) if flags & bit]

def simple(): pass
def varargs(*a): pass
def varkw(**k): pass
def both(*a, **k): pass
def gen(): yield
async def coro(): pass
async def agen(): yield
def outer():
    v = 1
    def inner():
        return v
    def not_closure():
        return 2
    return inner, not_closure
inner, not_closure = outer()
lam = lambda: 0
genexp = (x for x in [])

for f in [simple, varargs, varkw, both, gen, coro, agen, outer, inner, not_closure, lam]:
    print(f.__name__, decode(f.__code__.co_flags), f.__code__.co_flags & 0xffff)
print('genexp', decode(genexp.gi_code.co_flags))
mod = compile('x = 1', 's', 'exec')
print('module', decode(mod.co_flags))
cls_code = compile('class C:\n    y = 2\n', 's', 'exec').co_consts[0]
print('class body', cls_code.co_name, decode(cls_code.co_flags))
c = coro()
print('cr_code flags', decode(c.cr_code.co_flags))
c.close()
print('agen', decode(agen().ag_code.co_flags))
