a, b = 1, 2
a, b = b, a
print(a, b)
x, *y = [1, 2, 3]
print(x, y)
*x, y = 'abc'
print(x, y)
first, *middle, last = range(6)
print(first, middle, last)
(p, q), r = (1, 2), 3
print(p, q, r)
[s, t] = 'st'
print(s, t)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)
try:
    a, b = [1]
except ValueError as e:
    print('ValueError:', e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print('ValueError:', e)
try:
    a, *b, c = [1]
except ValueError as e:
    print('ValueError:', e)
try:
    a, b = 5
except TypeError as e:
    print('TypeError:', e)
try:
    a, b = iter([1])
except ValueError as e:
    print('ValueError:', e)
d = {'k': 1, 'j': 2}
k1, k2 = d
print(k1, k2)
print(*[1, 2], *'ab', sep='-')
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], 3, *(4,), x=1, **{'y': 2}))
t = 1,
print(t, type(t).__name__)
a = b = c = 'same'
print(a, b, c)
x = [0, 0]
x[0], x[1] = 'l', 'r'
print(x)
