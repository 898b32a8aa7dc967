def plain(a, b):
    c = a + b
    return c

def full(p1, p2, /, n1, n2=2, *args, k1, k2=3, **kwargs):
    local = p1
    return local

def outer(x):
    y = x + 1
    def inner(z):
        return x + y + z
    return inner

async def acoro(a):
    return a

def gen(n):
    yield n

async def agen():
    yield 1

lam = lambda q, *, r=1: q + r

class Holder:
    def method(self, v):
        return v
    class Nested:
        def deep(self):
            pass

for f in [plain, full, outer, outer(1), acoro, gen, agen, lam, Holder.method, Holder.Nested.deep]:
    co = f.__code__
    print(co.co_name, co.co_qualname)
    print('  args', co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, 'nlocals', co.co_nlocals)
    print('  varnames', co.co_varnames)
    print('  cell', co.co_cellvars, 'free', co.co_freevars)
    print('  names', co.co_names)
    print('  firstlineno', co.co_firstlineno, 'file', co.co_filename.rsplit('/', 1)[-1])
    print('  stacksize positive', co.co_stacksize > 0)

co = plain.__code__
print(type(co).__name__, type(co.co_code).__name__, type(co.co_linetable).__name__, type(co.co_exceptiontable).__name__)
print(type(co.co_lnotab).__name__)
for attr in ['co_name', 'co_argcount', 'co_varnames']:
    try:
        setattr(co, attr, 1)
    except AttributeError as e:
        print('AttributeError', e)
try:
    co.co_nonexistent
except AttributeError as e:
    print('AttributeError', e)

# module code objects
mod = compile('a = 1\nb = a\n', 'modfile', 'exec')
print(mod.co_name, mod.co_qualname, mod.co_filename, mod.co_argcount, mod.co_varnames, mod.co_names, mod.co_firstlineno)
ev = compile('x + y', 'evalfile', 'eval')
print(ev.co_name, ev.co_names, ev.co_consts)
