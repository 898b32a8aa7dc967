# assert with messages; del of names, attributes, subscripts and slices with their errors.
try:
    assert 1 == 2, 'one is not two'
except AssertionError as e:
    print('AssertionError', e, e.args)
try:
    assert False
except AssertionError as e:
    print('AssertionError', repr(e), e.args)
try:
    assert [], ['msg', 'list']
except AssertionError as e:
    print('AssertionError', e.args)
calls = []
def msg():
    calls.append(1)
    return 'lazy'
assert True, msg()
print('message not evaluated', calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)
print(__debug__)

x = 1
del x
try:
    x
except NameError as e:
    print('NameError', e)
try:
    del x
except NameError as e:
    print('NameError', e)

def local_del():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return 'UnboundLocalError ' + str(e)
print(local_del())

def del_unbound():
    try:
        del z
    except UnboundLocalError as e:
        return 'UnboundLocalError ' + str(e)
    z = 1
print(del_unbound())

def del_free():
    v = 1
    def inner():
        return v
    del v
    try:
        inner()
    except NameError as e:
        return 'NameError ' + str(e)
print(del_free())

class O:
    cls_attr = 1
o = O()
o.a = 1
del o.a
try:
    del o.a
except AttributeError as e:
    print('AttributeError', e)
try:
    del o.cls_attr
except AttributeError as e:
    print('AttributeError', e)
del O.cls_attr
print(hasattr(O, 'cls_attr'))

lst = list(range(10))
del lst[0]
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
try:
    del lst[10]
except IndexError as e:
    print('IndexError', e)
d = {'a': 1, 'b': 2}
del d['a']
try:
    del d['a']
except KeyError as e:
    print('KeyError', e)
try:
    del (1, 2)[0]
except TypeError as e:
    print('TypeError', e)
try:
    del 'abc'[0]
except TypeError as e:
    print('TypeError', e)
a, b, c = 1, 2, [3, 4]
del a, c[0]
print(b, c)
(e1, e2) = 1, 2
del (e1, e2)
print('e1' in dir(), 'e2' in dir())
[f1] = [1]
del [f1]
print('f1' in globals())

class Noisy:
    def __delitem__(self, k):
        print('delitem', k)
    def __delattr__(self, n):
        print('delattr', n)
n = Noisy()
del n[1:2], n['k'], n.attr
for i in range(3):
    pass
del i
print('i' in globals())
for src in ['del f()', 'del 1', 'del (a, 1)', 'del a + b', 'del *a', 'del [a, *b]']:
    try:
        compile(src, '<d>', 'exec')
        print(src, 'compiled')
    except SyntaxError as e:
        print(src, 'SyntaxError', e.msg)
