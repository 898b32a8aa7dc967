# int(str, base): bases 0, 2, 8, 16, 36, prefixes, underscores, whitespace, Unicode digits.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)


cases = [
    ('0', 0), ('00', 0), ('0_0', 0), ('10', 0), ('0x1f', 0), ('0X1F', 0), ('0o17', 0), ('0O17', 0), ('0b101', 0),
    ('0B101', 0), ('-0x1f', 0), ('+0b1', 0), ('1_000_000', 0), ('0x_ff', 0), ('0b_1_0', 0), ('010', 0),
    ('  42  ', 0), ('\t-7\n', 0), ('1__0', 0), ('_1', 0), ('1_', 0), ('0x', 0), ('0_x1', 0),
    ('101', 2), ('0b101', 2), ('-0b101', 2), ('2', 2), ('1_0_1', 2),
    ('777', 8), ('0o777', 8), ('8', 8),
    ('ff', 16), ('FF', 16), ('0xff', 16), ('0XfF', 16), ('g', 16), ('dead_beef', 16), ('0x_dead', 16),
    ('z', 36), ('Z', 36), ('zz', 36), ('hello', 36), ('0x10', 36), ('0b1', 36),
    ('10', 3), ('21', 3), ('3', 3), ('aa', 11), ('b', 11),
    ('١٢٣', 10), ('１２３', 10), ('٣', 0), ('१२', 16), ('  ١_٢  ', 10),
    ('', 10), (' ', 10), ('+', 10), ('-', 10), ('+-1', 10), ('1 2', 10), ('1.0', 10), ('1e3', 10),
]
for s, base in cases:
    show(f'int({s!r}, {base})', lambda: int(s, base))

for base in [-1, 1, 37, 100, 2 ** 70]:
    show(f'int("1", {base})', lambda: int('1', base))
show('int("1", base=1.0)', lambda: int('1', base=1.0))
show('int(12, 10)', lambda: int(12, 10))
show('int(12.5, 0)', lambda: int(12.5, 0))
show('int(b"ff", 16)', lambda: int(b'ff', 16))
show('int(bytearray(b"0x10"), 0)', lambda: int(bytearray(b'0x10'), 0))
show('int(b"\\xff", 16)', lambda: int(b'\xff', 16))
show('int(base=16)', lambda: int(base=16))
show('int("10", base=True)', lambda: int('10', base=True))
show('int(x="10")', lambda: int(x='10'))
show('int("10", 0x10)', lambda: int('10', 0x10))
show('int("Z" * 30, 36)', lambda: int('Z' * 30, 36))
show('int("1" * 100, 2)', lambda: int('1' * 100, 2))
show('int("-" + "f" * 40, 16)', lambda: int('-' + 'f' * 40, 16))
show('int("\\u0661\\u0662", 0)', lambda: int('\u0661\u0662', 0))
show('int("0x\\u0661", 16)', lambda: int('0x\u0661', 16))
show('int("12\\x00", 10)', lambda: int('12\x00', 10))


class S(str):
    pass


show('int(S("0x1a"), 16)', lambda: int(S('0x1a'), 16))
for v in [0, 5, 255, -255, 2 ** 70, 36 ** 5 - 1]:
    for base in [2, 3, 7, 16, 36]:
        digits = '0123456789abcdefghijklmnopqrstuvwxyz'
        n, out = abs(v), ''
        while n:
            n, d = divmod(n, base)
            out = digits[d] + out
        out = ('-' if v < 0 else '') + (out or '0')
        assert int(out, base) == v and int(out.upper(), base) == v
print('base round trips hold')
