def describe(x):
    match x:
        case 0:
            return 'zero'
        case 1 | 2:
            return 'small'
        case int(n) if n < 0:
            return f'negative {n}'
        case str() as s:
            return f'string {s!r}'
        case [a, b]:
            return f'pair {a} {b}'
        case [first, *rest]:
            return f'list starting {first} with {len(rest)} more'
        case {'type': 'point', 'x': px, **others}:
            return f'point {px} {others}'
        case {'k': _}:
            return 'has k'
        case (1, 2, 3):
            return 'tuple 123'
        case None:
            return 'none'
        case True:
            return 'true'
        case float():
            return 'float'
        case _:
            return 'other'

for v in [0, 2, -5, 'hi', [1, 2], [1, 2, 3], {'type': 'point', 'x': 1, 'y': 2}, {'k': 0}, (1, 2, 3), None, True, 1.5, object]:
    print(describe(v))

class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y

def where(p):
    match p:
        case Point(0, 0):
            return 'origin'
        case Point(x=0, y=y):
            return f'on y axis at {y}'
        case Point(x, 0):
            return f'on x axis at {x}'
        case Point():
            return 'somewhere'
    return 'not a point'

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), 'x']:
    print(where(p))

match 'abc':
    case 'xyz':
        print('no')
    case 'abc':
        print('literal match')

import_ok = True
match [1, [2, 3]]:
    case [1, [2, c]]:
        print('nested', c)

try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print('TypeError:', e)

try:
    match 5:
        case Point.nope:
            pass
except AttributeError as e:
    print('AttributeError:', e)

class Color:
    RED = 1
    GREEN = 2

match 2:
    case Color.RED:
        print('red')
    case Color.GREEN:
        print('green')
