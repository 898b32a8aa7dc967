# bool: arithmetic gives ints, & | ^ keep bools, repr/str/format, comparisons, bool() of numbers, constructor.
def show(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, '!', type(e).__name__, e)


for a in [True, False]:
    for b in [True, False]:
        print(a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a == b, a < b, a > b, a ** b, type(a + b).__name__, type(a & b).__name__)
    print(a, -a, +a, ~a, abs(a), int(a), float(a), complex(a), str(a), repr(a), hash(a))

show('True / False', lambda: True / False)
show('True // False', lambda: True // False)
show('True % False', lambda: True % False)
show('True / True', lambda: True / True)
show('True // True', lambda: True // True)
show('divmod(True, True)', lambda: divmod(True, True))
show('True & 1', lambda: True & 1)
show('True | 2', lambda: True | 2)
show('True + 1.5', lambda: True + 1.5)
show('True + 1j', lambda: True + 1j)
show('True * "ab"', lambda: True * 'ab')
show('False * [1]', lambda: False * [1])
show('sum([True, True, False])', lambda: sum([True, True, False]))
show('True << 10', lambda: True << 10)
show('True == 1', lambda: True == 1)
show('True is (1 == 1)', lambda: True is (1 == 1))
show('True == 1.0', lambda: True == 1.0)
show('False == 0j', lambda: False == 0j)
show('{True: "a", 1: "b", 1.0: "c"}', lambda: {True: 'a', 1: 'b', 1.0: 'c'})
show('format(True)', lambda: format(True))
show('format(True, "")', lambda: format(True, ''))
show('format(True, "d")', lambda: format(True, 'd'))
show('format(True, "^6")', lambda: format(True, '^6'))
show('format(True, "5")', lambda: format(True, '5'))
show('format(False, ".2f")', lambda: format(False, '.2f'))
show('format(True, "s")', lambda: format(True, 's'))
show('f"{True!r:>6}"', lambda: f'{True!r:>6}')
show('"%s %d %r" % (True, True, False)', lambda: '%s %d %r' % (True, True, False))
show('"%.1f" % True', lambda: '%.1f' % True)
for v in [0, 1, -1, 0.0, -0.0, float('nan'), 0j, 1j, '', 'a', b'', [], [0], (), None, 2 ** 100]:
    print(repr(v), bool(v))
show('bool()', lambda: bool())
show('bool(1, 2)', lambda: bool(1, 2))
show('bool(x=1)', lambda: bool(x=1))
show('type(True)(5)', lambda: type(True)(5))


class Bad:
    def __bool__(self):
        return 1


class Len:
    def __len__(self):
        return -1


show('bool(Bad())', lambda: bool(Bad()))
show('bool(Len())', lambda: bool(Len()))
show('class B(bool)', lambda: type('B', (bool,), {}))
show('True.real, True.imag', lambda: (True.real, True.imag, type(True.real).__name__))
show('True.__and__(1)', lambda: True.__and__(1))
show('True.__or__(False)', lambda: True.__or__(False))
show('bool.__xor__(True, True)', lambda: bool.__xor__(True, True))
show('True.__rand__(0)', lambda: True.__rand__(0))
show('bool.__new__(bool, 7)', lambda: bool.__new__(bool, 7))
show('bool.__new__(int, 7)', lambda: bool.__new__(int, 7))
show('int.__repr__(True)', lambda: int.__repr__(True))
show('bool.__repr__(1)', lambda: bool.__repr__(1))
