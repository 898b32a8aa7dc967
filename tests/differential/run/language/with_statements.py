class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, typ, value, tb):
        print('exit', self.name, typ.__name__ if typ else None, value)
        return self.swallow

with CM('a') as a:
    print('inside', a.name)

with CM('b', swallow=True):
    raise ValueError('swallowed')
print('after b')

try:
    with CM('c'):
        raise KeyError('propagates')
except KeyError as e:
    print('caught', e)

with CM('outer'), CM('inner'):
    print('both')

def ret():
    with CM('r'):
        return 'returned'
print(ret())

for i in range(2):
    with CM(f'loop{i}'):
        if i == 0:
            continue
        break

try:
    with 5:
        pass
except TypeError as e:
    print('TypeError:', e)

class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except TypeError as e:
    print('TypeError:', e)

class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        raise RuntimeError('from exit')
try:
    with ExitRaises():
        raise ValueError('body')
except RuntimeError as e:
    print('RuntimeError', e, type(e.__context__).__name__)
