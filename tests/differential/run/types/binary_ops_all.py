# Every binary operator: forward, reflected and in-place dunders with NotImplemented fallbacks.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

ops = [('add', '+'), ('sub', '-'), ('mul', '*'), ('matmul', '@'), ('truediv', '/'),
       ('floordiv', '//'), ('mod', '%'), ('pow', '**'), ('lshift', '<<'), ('rshift', '>>'),
       ('and', '&'), ('xor', '^'), ('or', '|')]

def make_class(name, kinds):
    ns = {}
    for op, sym in ops:
        for kind in kinds:
            dunder = '__' + kind + op + '__'
            def method(self, other, dunder=dunder):
                return f'{type(self).__name__}.{dunder}({other!r})'
            ns[dunder] = method
    ns['__repr__'] = lambda self: name
    return type(name, (), ns)

Fwd = make_class('Fwd', [''])
Refl = make_class('Refl', ['r'])
Inpl = make_class('Inpl', ['i'])

for op, sym in ops:
    print(sym, eval(f'Fwd() {sym} 1'), eval(f'1 {sym} Refl()'))

for op, sym in ops:
    x = Inpl()
    ns = {'x': x}
    exec(f'x {sym}= 2', ns)
    print(sym + '=', ns['x'])

# in-place falls back to the binary forms
for op, sym in ops:
    ns = {'x': Fwd()}
    exec(f'x {sym}= 3', ns)
    ns2 = {'x': 4, 'Refl': Refl}
    exec(f'x {sym}= Refl()', ns2)
    print(sym + '= fallback', ns['x'], '|', ns2['x'])

# NotImplemented from the forward method gives the reflected one a chance
class NI:
    def __add__(self, other):
        print('NI.__add__')
        return NotImplemented
    def __radd__(self, other):
        print('NI.__radd__')
        return NotImplemented
    def __iadd__(self, other):
        print('NI.__iadd__')
        return NotImplemented
class Taker:
    def __radd__(self, other):
        return 'Taker.__radd__'
    def __add__(self, other):
        return 'Taker.__add__'
print(NI() + Taker())
print(Taker() + NI())
show(lambda: NI() + NI())
n = NI()
try:
    n += NI()
except TypeError as e:
    print('TypeError', e)
x = NI()
x += Taker()
print(x)

# pow with three arguments uses __pow__ only
class P:
    def __pow__(self, other, mod=None):
        return ('pow', other, mod)
    def __rpow__(self, other, mod=None):
        return ('rpow', other, mod)
print(pow(P(), 2), pow(P(), 2, 5), pow(2, P()), P() ** 3, 3 ** P())
show(lambda: pow(2, P(), 5))

# in-place operators returning something else rebinding the name
class Rebind:
    def __iadd__(self, other):
        return 'rebound to a str'
r = Rebind()
r += 1
print(r)

# in-place on a list element and attribute
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        self.items.append(other)
        return self
holder = [Acc()]
holder[0] += 'a'
holder[0] += 'b'
print(holder[0].items)

# reflected is not tried for the same type
class Same:
    def __add__(self, other):
        return NotImplemented
    def __radd__(self, other):
        return 'radd same'
show(lambda: Same() + Same())
print(1 + Same())

# divmod and its reflection
class DM:
    def __divmod__(self, other):
        return ('divmod', other)
    def __rdivmod__(self, other):
        return ('rdivmod', other)
print(divmod(DM(), 1), divmod(1, DM()))
