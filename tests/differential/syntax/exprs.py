x = a if b else c
y = [i for i in range(10) if i if not i for j in i]
z = {k: v for k, v in d.items()}
s = {a, *b}
t = (*a, b)
g = (x for x in y)
f(x for x in y)
f(a, *b, c=1, **d, e=2)
f(*a, *b, **c, **d)
a[1:2, ::3, ...]
a[*b]
a[b, *c]
a[:]
a[::]
a[b:=1]
(w := 10)
print(w := 5)
[y := f(x), y**2]
x = y = z = 1
x += 1; x //= 2; x @= m; x **= 2; x >>= 1; x <<= 1; x ^= 1; x |= 1; x &= 1; x %= 1
a, *b = c
[a, b] = c
(a, b), c = d
del a, (b), [c, d], e.f, g[h]
del (a, b)
del [a]
not a and b or c
a < b <= c == d != e > f >= g is h is not i in j not in k
-a + +b - ~c * d / e // f % g @ h ** -i
a | b ^ c & d << e >> f
await_ = 1
x = 1_000_000 + 0x_ff + 0o17 + 0b1010 + 1e10 + 1.5j + .5 + 5. + 1E-5
y = "a" 'b' """c""" r"\\n"
bb = b"x" rb"y" Br"z"
u = u"x" "y"
raise X from Y
raise
assert x, "msg"
import a.b.c as d, e
from . import x
from .. import (y, z,)
from ...pkg.mod import *
from .mod import a as b
global q, r
nonlocal_ = 1
with (open(x) as f, open(y) as g):
    pass
with (a, b):
    pass
with (a):
    pass
with (yield):
    pass
for x, in y: pass
else: pass
while 1:
    break
    continue
else:
    pass
if a: pass
elif b: pass
elif c: pass
else: pass
x = ...
print(f"{x!r:>{width}} {y=} {z = !s:10} {{literal}} {a['b']} {'nested' + f'{q}'}")
print(f"""multi
{line}
""")
x = [
    1,
    2,
]
if True:
	pass
x = \
    5
