counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)

def make():
    value = 'a'
    def change():
        nonlocal value
        value += 'b'
        return value
    return change
ch = make()
print(ch(), ch())

x = 1
del x
try:
    x
except NameError as e:
    print('NameError:', e)

lst = [1, 2, 3, 4]
del lst[0]
del lst[-1]
print(lst)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
try:
    del d['zz']
except KeyError as e:
    print('KeyError:', e)

def local_del():
    y = 5
    del y
    try:
        return y
    except UnboundLocalError as e:
        return str(e)
print(local_del())

class A:
    attr = 1
a = A()
a.x = 2
del a.x
print(hasattr(a, 'x'))
try:
    del a.x
except AttributeError as e:
    print('AttributeError:', e)

print('globals has bump', 'bump' in globals())
def show_locals(p, q=2):
    r = p + q
    return sorted(locals().items())
print(show_locals(1))
exec('z = 42')
print(z)
ns = {}
exec('w = 1 + 1', ns)
print(ns['w'])
print(eval('counter * 10'))
