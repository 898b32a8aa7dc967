# match: mapping patterns, **rest, key lookups through get.
def m(x):
    match x:
        case {'type': 'point', 'x': x0, 'y': y0}:
            return 'point %r %r' % (x0, y0)
        case {'type': 'circle', 'r': r, **rest}:
            return 'circle %r rest %r' % (r, rest)
        case {'type': str(t)}:
            return 'some type ' + t
        case {}:
            return 'any mapping'
        case _:
            return 'not a mapping'

for v in [{'type': 'point', 'x': 1, 'y': 2, 'z': 3},
          {'type': 'circle', 'r': 5, 'color': 'red', 'fill': True},
          {'type': 'circle', 'r': 1},
          {'type': 'square'},
          {'type': 7},
          {},
          [('type', 'point')],
          'type']:
    print(v, '->', m(v))

# rest is a new dict, keys in original order minus matched ones
d = {'a': 1, 'b': 2, 'c': 3, 'd': 4}
match d:
    case {'c': 3, **rest}:
        print(rest, rest is d)

# number and constant keys, value-pattern keys
class K:
    KEY = 'dotted'
match {1: 'one', None: 'none', True: 't', 'dotted': 'dv', -2: 'neg', 2.5: 'f'}:
    case {1: a, None: b, K.KEY: c, -2: e, 2.5: f}:
        print(a, b, c, e, f)

# True and 1 are the same key
match {1: 'x'}:
    case {True: v}:
        print('True finds key 1:', v)

# dict subclass with __missing__: matching uses get(), so __missing__ is not called
class Missing(dict):
    def __missing__(self, key):
        print('missing called', key)
        return 'default'
match Missing(a=1):
    case {'b': v}:
        print('no', v)
    case {'a': v}:
        print('matched a', v)

# a mapping that records get calls
class Rec(dict):
    def get(self, key, default=None):
        print('get', key)
        return dict.get(self, key, default)
match Rec(x=1, y=2):
    case {'x': 1, 'y': 3}:
        print('no')
    case {'x': 1, 'y': 2}:
        print('yes')

# extra keys are allowed; a missing key fails
match {'a': 1}:
    case {'a': 1, 'b': 2}:
        print('no')
    case {'a': _}:
        print('a exists')

# nested mapping and sequence
event = {'kind': 'click', 'pos': [10, 20], 'meta': {'button': 'left'}}
match event:
    case {'kind': 'click', 'pos': [x, y], 'meta': {'button': ('left' | 'right') as btn}}:
        print('click at', x, y, btn)

# rest after a guard that fails does not leak into the next case
match {'k': 1, 'extra': 2}:
    case {'k': 1, **others} if len(others) > 5:
        print('no')
    case {'k': v, **others2}:
        print('second case', v, others2)

# duplicate keys are a SyntaxError at compile time
try:
    compile("match x:\n case {'a': 1, 'a': 2}: pass\n", '<m>', 'exec')
except SyntaxError as e:
    print('SyntaxError', e.msg)

# **_ is not allowed
try:
    compile("match x:\n case {'a': 1, **_}: pass\n", '<m>', 'exec')
except SyntaxError as e:
    print('SyntaxError', e.msg)

# non-literal keys are rejected
try:
    compile("match x:\n case {k: 1}: pass\n", '<m>', 'exec')
except SyntaxError as e:
    print('SyntaxError', e.msg)

# values of a mapping matched against classes
def typed(x):
    match x:
        case {'n': int(n)} if n > 0:
            return 'positive int %d' % n
        case {'n': int()}:
            return 'non-positive int'
        case {'n': float() | complex()}:
            return 'other number'
        case {'n': _}:
            return 'something'
    return 'no n'
for v in [{'n': 3}, {'n': -1}, {'n': 1.5}, {'n': 1j}, {'n': 'x'}, {}]:
    print(v, typed(v))
