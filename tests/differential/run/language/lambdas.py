# Lambdas: defaults, closures, conditional bodies, immediately called, attributes.
sq = lambda x: x * x
print(sq(4), sq.__name__, (lambda: None)())
add = lambda a, b=10, *rest, k=1, **kw: (a + b, rest, k, kw)
print(add(1), add(1, 2, 3, 4, k=5, z=6))
print((lambda *a: a)(1, 2), (lambda **k: k)(x=1), (lambda a, /, b: (a, b))(1, b=2))
print((lambda: (yield))().__class__.__name__)
pairs = [(3, 'c'), (1, 'a'), (2, 'b')]
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(list(map(lambda x: x + 1, range(3))), list(filter(lambda x: x % 2, range(6))))
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(2))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(6))
print((lambda x: (lambda y: x + y))(1)(2))
try:
    (lambda x: x)()
except TypeError as e:
    print('TypeError', e)
try:
    (lambda: 0)(1)
except TypeError as e:
    print('TypeError', e)
try:
    (lambda *, k: k)(1)
except TypeError as e:
    print('TypeError', e)
for src in ['lambda x: return x', 'lambda: x = 1', 'lambda (x): x', 'lambda x=1, y: 0', 'lambda: (yield)', 'lambda: await x']:
    try:
        compile(src, '<l>', 'eval')
        print(src, 'compiled')
    except SyntaxError as e:
        print(src, 'SyntaxError', e.msg)
l = lambda: 0
print(l.__qualname__, l.__code__.co_name, l.__defaults__, l.__doc__)
print((lambda a=[]: a)() is (lambda a=[]: a)())
x = 5
cap = lambda: x
x = 6
print(cap())
print([(lambda: i)() for i in range(3)])
print((lambda: 'a' if x > 5 else 'b')())
print((lambda: 0) if False else 'conditional picks the string')
