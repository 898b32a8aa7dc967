# match: sequence patterns, star patterns, what counts as a sequence.
def seq(x):
    match x:
        case []:
            return 'empty'
        case [a]:
            return 'one %r' % (a,)
        case [a, b]:
            return 'two %r %r' % (a, b)
        case [first, *middle, last] if len(middle) > 2:
            return 'long %r..%r (%d in middle)' % (first, last, len(middle))
        case [first, *rest]:
            return 'first %r rest %r' % (first, rest)
        case _:
            return 'not a sequence: %s' % type(x).__name__

for v in [[], (), [1], (1,), [1, 2], (1, 2, 3), list(range(7)), 'ab', b'ab', bytearray(b'x'),
          {1: 2}, {1, 2}, range(3), range(0), 42, iter([1]), memoryview(b'mv')]:
    print(type(v).__name__, '->', seq(v))

# star at the beginning and middle
def star_pos(x):
    match x:
        case [*init, 'end']:
            return 'init %r' % init
        case ['start', *mid, 'stop']:
            return 'mid %r' % mid
        case [*_]:
            return 'any sequence'
    return 'none'
print(star_pos(['a', 'b', 'end']))
print(star_pos(['start', 1, 2, 'stop']))
print(star_pos(['start', 'stop']))
print(star_pos([1, 2]))
print(star_pos('str'))

# nested sequences and mixed brackets
def nested(x):
    match x:
        case [(a, b), [c, *d]]:
            return (a, b, c, d)
        case ((a, b), c):
            return 'pair-then', a, b, c
    return None
print(nested([(1, 2), [3, 4, 5]]))
print(nested(((1, 2), 9)))
print(nested([[1, 2], (3,)]))

# star captures are always lists
match (1, 2, 3):
    case (x, *ys):
        print(type(ys).__name__, ys)
match range(5):
    case [0, *ys]:
        print('range rest', ys)

# a custom Sequence subclass via collections.abc is not importable here; use a registered list subclass
class MyList(list):
    pass
match MyList([1, 2]):
    case [a, b]:
        print('list subclass', a, b)

class MyTuple(tuple):
    pass
match MyTuple((3, 4, 5)):
    case (a, *b):
        print('tuple subclass', a, b)

# str subclasses are not sequences for matching
class MyStr(str):
    pass
match MyStr('ab'):
    case [a, b]:
        print('no')
    case str():
        print('str subclass is not a sequence pattern target')

# len is checked before items are read
class Noisy(list):
    def __getitem__(self, i):
        print('getitem', i)
        return list.__getitem__(self, i)
    def __len__(self):
        print('len')
        return list.__len__(self)
match Noisy([1, 2, 3]):
    case [a, b]:
        print('no')
    case [a, *b, c]:
        print('matched', a, b, c)

# literals inside sequences
def cmd(x):
    match x:
        case ['go', ('north' | 'south') as d]:
            return 'going ' + d
        case ['pick', 'up', item]:
            return 'picked ' + item
        case ['drop', *items] if items:
            return 'dropped ' + ','.join(items)
        case ['drop']:
            return 'drop what?'
    return 'unknown'
for c in [['go', 'north'], ['go', 'east'], ['pick', 'up', 'key'], ['drop', 'a', 'b'], ['drop'], []]:
    print(c, cmd(c))

# a wildcard star with bound names on both sides
match list(range(10)):
    case [a, b, *_, y, z]:
        print(a, b, y, z)

# dict views and deques are not sequences
match {1: 2}.keys():
    case [k]:
        print('no')
    case _:
        print('dict_keys is not a sequence')
