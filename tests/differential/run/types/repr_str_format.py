# __repr__, __str__, __format__ fallbacks and their errors.
class Plain:
    pass
p = Plain()
print(str(p) == repr(p), format(p) == str(p), format(p, '') == str(p))
try:
    format(p, 'x')
except TypeError as e:
    print(e)
try:
    format(object(), '>10')
except TypeError as e:
    print(e)
try:
    '{:d}'.format(p)
except TypeError as e:
    print(e)
try:
    f'{p:abc}'
except TypeError as e:
    print(e)

class R:
    def __repr__(self):
        return 'R!'
r = R()
print(str(r), repr(r), format(r), f'{r}', f'{r!r}', f'{r!s}', '%s %r' % (r, r), [r], (r,), {r: r})

class S:
    def __str__(self):
        return 'S-str'
s = S()
print(str(s), format(s), f'{s}', '%s' % s, [s] != [], repr(s).startswith('<__main__.S object'))

class BadStr:
    def __str__(self):
        return 42
class BadRepr:
    def __repr__(self):
        return b'x'
for f in [lambda: str(BadStr()), lambda: repr(BadRepr()), lambda: '%s' % BadStr(), lambda: f'{BadStr()}',
          lambda: format(BadStr()), lambda: print(BadStr()), lambda: [BadRepr()].__repr__(), lambda: '%r' % BadRepr(),
          lambda: str(BadRepr()), lambda: ascii(BadRepr()), lambda: f'{BadRepr()!r}']:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)

class StrSub(str):
    pass
class RetSub:
    def __str__(self):
        return StrSub('sub')
    def __repr__(self):
        return StrSub('rsub')
x = str(RetSub())
print(x, type(x).__name__, type(repr(RetSub())).__name__)

class F:
    def __format__(self, spec):
        return 'F[' + spec + ']'
print(format(F(), 'abc'), f'{F():>{3}}', '{0:xyz}'.format(F()), f'{F()!r:5}' != '')
class BadF:
    def __format__(self, spec):
        return 1
try:
    format(BadF(), '')
except TypeError as e:
    print(e)
try:
    f'{BadF()}'
except TypeError as e:
    print(e)
class FmtSpecType:
    def __format__(self, spec):
        return type(spec).__name__
print(format(FmtSpecType()), format(FmtSpecType(), 'z'))
try:
    format(F(), 5)
except TypeError as e:
    print(e)

# format on builtin subclasses with bad specs
class MyInt(int):
    pass
print(format(MyInt(255), 'x'), f'{MyInt(7):03}')
try:
    format(MyInt(1), 'q')
except ValueError as e:
    print(e)
try:
    format('s', 'd')
except ValueError as e:
    print(e)
try:
    format(1.5, 'd')
except ValueError as e:
    print(e)
try:
    format([], 'x')
except TypeError as e:
    print(e)
try:
    format(None, 's')
except TypeError as e:
    print(e)
print(format(None), format(None, ''), format([1]), format(True, 'd'), format(True))

# __str__ inherited vs __repr__
class OnlyRepr:
    def __repr__(self):
        return 'OR'
class Child(OnlyRepr):
    def __str__(self):
        return 'child-str'
print(str(Child()), repr(Child()), [Child()])
# __repr__ raising
class RaiseRepr:
    def __repr__(self):
        raise ValueError('repr fails')
try:
    print([RaiseRepr()])
except ValueError as e:
    print(e)
# object.__str__ called directly
print(object.__str__(r), object.__repr__(r) != 'R!', object.__format__(r, ''))
try:
    object.__format__(r, 's')
except TypeError as e:
    print(e)
print(str(BadStr()))
