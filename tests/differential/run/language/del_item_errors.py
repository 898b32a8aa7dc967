# The two messages CPython gives for deleting an item that cannot be deleted.
class A:
    pass

class B(int):
    pass

cases = [
    ((1, 2), 0), ((1, 2), 'a'), ('ab', 0), (range(3), 0), (b'x', 0), (None, 0), ({1}, 0),
    (frozenset(), 0), (A(), 0), (A(), 'a'), (B(), 0), (lambda: 0, 0), ({}.keys(), 0),
    (1.5, 0), (type, 0), (5, True),
]
for obj, key in cases:
    try:
        del obj[key]
    except TypeError as e:
        print(type(obj).__name__, repr(key)[:12], '->', e)
try:
    del (1,)[2 ** 80]
except IndexError as e:
    print('IndexError', e)
for obj in [(1,), 'ab', None, A()]:
    try:
        obj[0] = 1
    except TypeError as e:
        print(e)
