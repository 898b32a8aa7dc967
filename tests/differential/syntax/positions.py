# Positions: UTF-8 byte columns with non-ASCII text, tabs, form feeds, continuations.
ñame = "héllo wörld 😀" + 'ß'
def fünc(ä, b='ü', *, ç=1):
	return ä + b
class Ünïcode:
    attr: "注釈" = '値'
x = 1 + \
    2 + \
        3
y = (1 +
     2) * [3,
           4]
z = f"{ñame!r:>20}{'😀'}{x:{y}}"
w = "a" \
    "b" "c" f"{x}"
v = {'ключ': 'значение', **{'ö': 1}}
u = lambda α=1, *β, γ, **δ: (α, β, γ, δ)
t = [ü for ü in range(3) if (ë := ü)]
s = -2 ** -x ** 2
r = not a == b in c is not d
q = a if b else c if d else e
p = a[1:2:3, ..., None:, ::-1]
o = (yield)
n = await_
def g():
    return *a, b
    yield *c, d
m = 0XFF + 0o17 + 0B101 + 1_000.000_1e-1_0 + 1J + .5j
l = b'\x00\xff' rb'\d'
k = 'tab\there'
