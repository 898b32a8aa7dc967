# contextvars: ContextVar get/set/reset, Token, Context as a mapping, run, copy_context, threads.
import contextvars
import threading

v = contextvars.ContextVar("v", default=1)
w = contextvars.ContextVar("w")
print(v.name, v.get(), w.get("fallback"), repr(v).startswith("<ContextVar name='v' default=1 at"))
try:
    w.get()
except LookupError as e:
    print("LookupError", e.args[0] is w)

t = v.set(2)
print(v.get(), t.var is v, t.old_value is contextvars.Token.MISSING, repr(t.old_value))
t2 = v.set(3)
print(v.get(), t2.old_value)
v.reset(t2)
print(v.get())
try:
    v.reset(t2)
except RuntimeError as e:
    print("RuntimeError", str(e).startswith("<Token used var=<ContextVar name='v'"), str(e).endswith("has already been used once"))
try:
    w.reset(t)
except ValueError as e:
    print("ValueError", str(e).endswith("was created by a different ContextVar"))
try:
    v.reset(1)
except TypeError as e:
    print("TypeError", e)

ctx = contextvars.copy_context()
print(len(ctx), ctx[v], v in ctx, w in ctx, ctx.get(w), ctx.get(w, 9), list(ctx) == [v], ctx.keys() == [v] or list(ctx.keys()) == [v])
print(list(ctx.values()), list(ctx.items()) == [(v, 2)])


def f(x):
    v.set(x)
    w.set(x * 2)
    return v.get() + w.get()


print(ctx.run(f, 10), v.get(), ctx[v], ctx[w], w.get(None))
try:
    ctx.run(lambda: ctx.run(f, 1))
except RuntimeError as e:
    print("RuntimeError", str(e).startswith("cannot enter context:"), str(e).endswith("is already entered"))
c2 = ctx.copy()
print(c2[v], c2 is not ctx, len(contextvars.Context()))
try:
    contextvars.Context()[v]
except KeyError as e:
    print("KeyError", e.args[0] is v)
try:
    ctx[1]
except TypeError as e:
    print("TypeError", e)
try:
    contextvars.ContextVar(1)
except TypeError as e:
    print("TypeError", e)
try:
    contextvars.Token()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    contextvars.Context(1)
except TypeError as e:
    print("TypeError", e)

tok = v.set(100)
ctx3 = contextvars.copy_context()
try:
    ctx3.run(v.reset, tok)
except ValueError as e:
    print("ValueError", str(e).endswith("was created in a different Context"))
v.reset(tok)

seen = []
def in_thread():
    seen.append(v.get())
    v.set(55)
    seen.append(v.get())
th = threading.Thread(target=in_thread)
th.start()
th.join()
print(seen, v.get())
print(contextvars.ContextVar[int], type(ctx).__name__, type(v).__module__)
try:
    hash(ctx)
except TypeError as e:
    print("TypeError", e)
print(hash(v) == hash(v))
