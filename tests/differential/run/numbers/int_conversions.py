# int(), str(int), repr, the digit limit, int methods and attributes.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)


for text in ['0', '12', ' 12 ', '-7', '+7', '1_000', '1__0', '_1', '0x1f', '0o17', '0b101', '010', '0', '00', '1e5', '', ' ',
             '١٢٣', '12\n', 'abc', '9' * 30, '0x', '-0b1']:
    show(f'int({text!r})', lambda: int(text))
    for base in [0, 2, 8, 16, 36]:
        show(f'int({text!r}, {base})', lambda: int(text, base))
show('int("1", 1)', lambda: int('1', 1))
show('int("1", 37)', lambda: int('1', 37))
show('int("1", base=2.0)', lambda: int('1', base=2.0))
show('int(5, 10)', lambda: int(5, 10))
show('int(x=1)', lambda: int(x=1))
show('int(1, 2, 3)', lambda: int(1, 2, 3))
show('int(base=2)', lambda: int(base=2))
show('int()', lambda: int())
show('int(None)', lambda: int(None))
show('int([])', lambda: int([]))
show('int(3.99)', lambda: int(3.99))
show('int(-3.99)', lambda: int(-3.99))
show('int(1e20)', lambda: int(1e20))
show('int(float("inf"))', lambda: int(float('inf')))
show('int(float("nan"))', lambda: int(float('nan')))
show('int(True)', lambda: int(True))
show('int(b"12")', lambda: int(b'12'))
show('int(bytearray(b"ff"), 16)', lambda: int(bytearray(b'ff'), 16))
show('int(b"x")', lambda: int(b'x'))


class WithIndex:
    def __index__(self):
        return 42


class WithInt:
    def __int__(self):
        return 7


class BadInt:
    def __int__(self):
        return 'x'


show('int(WithIndex())', lambda: int(WithIndex()))
show('int(WithInt())', lambda: int(WithInt()))
show('int(BadInt())', lambda: int(BadInt()))
show('int("1", WithIndex())', lambda: int('1', WithIndex()))

big = 10 ** 4299
show('len(str(10**4299))', lambda: len(str(big)))
show('str(10**4300)', lambda: str(big * 10))
show('int("1" * 4301)', lambda: int('1' * 4301))
show('hex(10**5000)[:10]', lambda: hex(10 ** 5000)[:10])
for v in [0, 1, -1, 255, -256, 2 ** 64, -2 ** 100]:
    print(v, repr(v), str(v), hex(v), oct(v), bin(v), v.bit_length(), v.bit_count(), v.as_integer_ratio(),
          v.real, v.imag, v.numerator, v.denominator, v.conjugate(), v.__trunc__(), v.__floor__(), v.__ceil__(),
          v.__index__(), v.__int__(), v.__float__(), v.__getnewargs__(), v.__sizeof__(), round(v), round(v, 2), round(v, -1))
for v, n in [(15, -1), (25, -1), (35, -1), (-15, -1), (-25, -1), (12345, -2), (12355, -1), (5, -1), (2 ** 70 + 5, -1), (7, -20)]:
    show(f'round({v}, {n})', lambda: round(v, n))
show('round(5, 1.0)', lambda: round(5, 1.0))
show('(5).is_integer()', lambda: (5).is_integer())
for v, n, order, signed in [(1024, 2, 'big', False), (1024, 2, 'little', False), (-1, 2, 'big', True), (127, 1, 'big', True), (128, 1, 'big', True),
                            (-128, 1, 'big', True), (-129, 1, 'big', True), (0, 0, 'big', False), (1, 0, 'big', False), (-1, 1, 'big', False),
                            (2 ** 64, 9, 'little', False), (5, 1, 'middle', False)]:
    show(f'({v}).to_bytes({n}, {order!r}, signed={signed})', lambda: v.to_bytes(n, order, signed=signed))
show('(5).to_bytes()', lambda: (5).to_bytes())
show('(5).to_bytes(-1, "big")', lambda: (5).to_bytes(-1, 'big'))
show('(5).to_bytes(1, "big", True)', lambda: (5).to_bytes(1, 'big', True))
for data, order, signed in [(b'\x01\x00', 'big', False), (b'\x01\x00', 'little', False), (b'\xff\xff', 'big', True), (b'', 'big', True),
                            ([1, 2, 3], 'big', False), ((255,), 'little', True), (bytearray(b'\x80'), 'big', True)]:
    show(f'int.from_bytes({data!r}, {order!r}, signed={signed})', lambda: int.from_bytes(data, order, signed=signed))
show('int.from_bytes("ab")', lambda: int.from_bytes('ab'))
show('int.from_bytes(1)', lambda: int.from_bytes(1))
show('int.from_bytes([256])', lambda: int.from_bytes([256]))
show('int.from_bytes()', lambda: int.from_bytes())
for v in [0, 5, -5, 255, 10 ** 20]:
    for spec in ['', 'd', 'x', 'X', '#x', 'o', '#o', 'b', '#b', ',', '_', '_x', '>10', '<10', '^10', '=+10', '010', 'c', 'e', '.2f', '%', 'n', '+', ' ']:
        show(f'format({v}, {spec!r})', lambda: format(v, spec))
show('format(5, "s")', lambda: format(5, 's'))
show('format(5, "z")', lambda: format(5, 'z'))
show('format(-1, "c")', lambda: format(-1, 'c'))
show('(5).__format__(1)', lambda: (5).__format__(1))
print('%d %5d %-5d| %x %o %e %f %g %s %r' % (42, 42, 42, 255, 8, 12345.678, 1.5, 0.0001, 7, 7))
