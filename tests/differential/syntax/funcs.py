@deco
@a.b(c)[d]
@(lambda f: f)
def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:
    "doc"
    return a, *b
async def g(x, /):
    async with a as b, c as (d, e):
        await x
    async for i in y:
        yield i
    return [i async for i in z if await i]
def h(*, a, b=1): pass
def i(a, /): pass
def j(a=1, /, b=2, *, c): pass
def k(*args: *Ts): pass
lam = lambda a, b=1, /, c=2, *d, e, f=3, **g: 0
lam2 = lambda: (yield)
lam3 = lambda *, k: k
class A(B, metaclass=M, **kw):
    x: int = 5
    (y): int
    a.b: str
    c[0]: float = 1.0
    def m(self): return super().m()
