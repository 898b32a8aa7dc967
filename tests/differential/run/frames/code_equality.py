def make():
    def f(x):
        return x + 1
    return f

a = make()
b = make()
print(a is b, a.__code__ is b.__code__, a.__code__ == b.__code__)

src = 'def g(x):\n    return x * 2\n'
c1 = compile(src, 'same', 'exec')
c2 = compile(src, 'same', 'exec')
print('same source equal', c1 == c2, hash(c1) == hash(c2))
c3 = compile('def g(x):\n    return x * 3\n', 'same', 'exec')
print('different consts', c1 == c3)
c4 = compile(src, 'other-file', 'exec')
print('different filename', c1 == c4)

co = a.__code__
print(co == co.replace(), co != co.replace(co_name='other'))
print(co == co.replace(co_firstlineno=co.co_firstlineno + 1))
print(co == 5, co != 'x')
try:
    co < co
except TypeError as e:
    print('TypeError', e)
d = {co: 'first'}
d[co.replace()] = 'second'
print(len(d), d[co])

# code objects of distinct functions with identical bodies but different names differ
def p(): return 1
def q(): return 1
print(p.__code__ == q.__code__)
print(p.__code__ == p.__code__.replace(co_name='q'))
