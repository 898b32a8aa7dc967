# match: or-patterns, guards, binding order, evaluation order.
def classify(x):
    match x:
        case 0 | 1 | 2:
            return 'small'
        case int(n) | float(n) if n < 0:
            return 'negative %r' % n
        case [a, _] | (a, _, _):
            return 'seq with first %r' % (a,)
        case {'k': v} | {'key': v}:
            return 'mapping value %r' % v
        case str() | bytes():
            return 'text-ish'
        case _:
            return 'other'
for v in [0, 2, -5, -2.5, 10, [1, 2], (3, 4, 5), [1, 2, 3], {'k': 'a'}, {'key': 'b'}, 'x', b'y', None]:
    print(repr(v), classify(v))

# guards see the bindings and are evaluated only when the pattern matches
log = []
def guard(name, result):
    log.append(name)
    return result
match (1, 2):
    case (a, b) if guard('g1', a > b):
        print('no')
    case (a, 3) if guard('g2', True):
        print('no')
    case (a, b) if guard('g3', True):
        print('g3 matched', a, b)
print(log)

# names bound by a failing guard's pattern stay bound
match 10:
    case n if n > 100:
        pass
    case _:
        print('n after failed guard:', n)

# or-pattern alternatives are tried left to right, first success wins
def which(x):
    match x:
        case [1, y] | [y, 1]:
            return y
print(which([1, 5]), which([5, 1]), which([1, 1]), which([2, 2]))

# or-pattern with captures must bind the same names (SyntaxError otherwise)
for src in ["match x:\n case [a] | b: pass\n",
            "match x:\n case a | 1: pass\n",
            "match x:\n case (a, b) | (a, c): pass\n",
            "match x:\n case _:\n  pass\n case 1:\n  pass\n",
            "match x:\n case y:\n  pass\n case 1:\n  pass\n",
            "match x:\n case [a, a]: pass\n"]:
    try:
        compile(src, '<m>', 'exec')
        print('compiled')
    except SyntaxError as e:
        print('SyntaxError', e.msg)

# guard raising propagates
try:
    match 1:
        case x if 1 / 0:
            pass
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)

# guard with walrus binds in the enclosing scope
match [3, 4]:
    case [a, b] if (total := a + b) > 5:
        print('total', total)

# nested or-patterns inside sequences and classes
class P:
    __match_args__ = ('kind',)
    def __init__(self, kind):
        self.kind = kind
def shape(v):
    match v:
        case P('circle' | 'ellipse'):
            return 'round'
        case P(kind='square' | 'rect' as k):
            return 'angular ' + k
        case [P('circle') | P('ellipse'), *_]:
            return 'list starting round'
    return 'unknown'
for v in [P('circle'), P('ellipse'), P('rect'), [P('ellipse'), 1], P('tri')]:
    print(shape(v))

# guards evaluated even when they have side effects; the case order matters
state = []
match 'go':
    case 'stop' if state.append('a') or True:
        pass
    case 'go' if state.append('b'):
        pass
    case 'go' if state.append('c') is None:
        print('third guard', state)

# a case with or of literals and a capture at the end
def fallback(x):
    match x:
        case 'a' | 'b' | 'c':
            return 'letter'
        case other:
            return 'other ' + str(other)
print(fallback('b'), fallback('z'))

# or-pattern where one alternative is irrefutable must be last
try:
    compile("match x:\n case a | 1: pass\n", '<m>', 'exec')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    compile("match x:\n case 1 | a: pass\n", '<m>', 'exec')
except SyntaxError as e:
    print('SyntaxError', e.msg, e.lineno, e.filename)
print(compile("match x:\n case (1 as a) | (2 as a): pass\n case _: pass\n", '<m>', 'exec').co_filename)
