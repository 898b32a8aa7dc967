# match: literal, capture, wildcard, value and group patterns.
import sys

def lit(x):
    match x:
        case 0:
            return 'zero'
        case 1.5:
            return 'one and a half'
        case -3:
            return 'minus three'
        case 2 + 3j:
            return 'complex'
        case -1 - 1j:
            return 'neg complex'
        case 'text':
            return 'str'
        case b'bytes':
            return 'bytes'
        case True:
            return 'True'
        case False:
            return 'False'
        case None:
            return 'None'
        case _:
            return 'other ' + repr(x)

for v in [0, 0.0, 1.5, -3, 2 + 3j, -1 - 1j, 'text', b'bytes', True, False, None, 1, 'TEXT', [], -0.0]:
    print(repr(v), '->', lit(v))

# True/False/None compare by identity: 1 does not match True
def boolish(x):
    match x:
        case True:
            return 'is True'
        case 1:
            return 'equals 1'
    return 'no'
print(boolish(1), boolish(True), boolish(1.0))

# value patterns: dotted names compared with ==
class Color:
    RED = 'red'
    GREEN = 'green'
class Codes:
    class Inner:
        DEEP = 99
def color(c):
    match c:
        case Color.RED:
            return 'is red'
        case Color.GREEN:
            return 'is green'
        case Codes.Inner.DEEP:
            return 'deep'
        case sys.maxsize:
            return 'maxsize'
        case other:
            return 'capture ' + repr(other)
for c in ['red', 'green', 99, sys.maxsize, 'blue']:
    print(color(c))

# value patterns use __eq__ of the subject
class EqAll:
    def __eq__(self, other):
        print('eq called with', other)
        return True
match EqAll():
    case Color.RED:
        print('matched RED via __eq__')

# capture binds, wildcard does not
match 42:
    case captured:
        print('captured', captured)
match 43:
    case _:
        pass
try:
    _
except NameError as e:
    print('NameError', e)

# group patterns and as-patterns
def grp(x):
    match x:
        case (1 | 2) as small:
            return 'small %d' % small
        case ((3)):
            return 'three'
        case (str() as s):
            return 'str ' + s
        case _:
            return 'nope'
for v in [1, 2, 3, 'q', 4]:
    print(grp(v))

# string literal concatenation and f-strings are not allowed as patterns, but adjacent literals are
match 'ab':
    case 'a' 'b':
        print('concatenated literal')

# the subject is evaluated once
calls = []
def subject():
    calls.append(1)
    return 5
match subject():
    case 1:
        pass
    case 2:
        pass
    case 5:
        print('five, subject calls:', len(calls))

# capture in a failing case still binds names from earlier successful subpatterns? (not guaranteed) - use a clean case
match (1, 2):
    case (a, 3):
        print('no')
    case (b, c):
        print('b c', b, c)

# no case matches: nothing happens
match 'unmatched':
    case 'x':
        print('no')
print('after unmatched match')

# floats: nan never matches itself via ==
nan = float('nan')
class N:
    NAN = nan
match nan:
    case N.NAN:
        print('nan matched')
    case _:
        print('nan did not match')

# negative zero and int/float equality
match -0.0:
    case 0:
        print('-0.0 matches 0')
match 1:
    case 1.0:
        print('1 matches 1.0')

# match as a soft keyword
match = 'still a name'
case = 'also'
print(match, case)
match [match, case]:
    case ['still a name', x]:
        print('soft keywords', x)
