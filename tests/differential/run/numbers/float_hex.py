# float.hex and float.fromhex: normal, subnormal, rounding, signs, exponent forms and errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)


for v in [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 3.14159, 1e300, 5e-324, 2.2250738585072014e-308, 2.225073858507201e-308,
          1.7976931348623157e308, 2.0 ** 52, 2.0 ** -1022, 255.0, 1 / 3, float('inf'), float('-inf'), float('nan')]:
    h = v.hex()
    back = float.fromhex(h)
    print(repr(v), h, repr(back), back == v or v != v)

for s in ['0x1p0', '0X1P0', '1p0', '0x1', '0x.8', '0x1.', '0x1.8p1', '-0x1.8p-1', '+0xap0', ' 0x1p3 ', '0x1P+3', '0x1p-1074',
          '0x1p-1075', '0x1.0000000000001p-1075', '0x3p-1076', '0x1p1023', '0x1.fffffffffffffp1023', '0x1.fffffffffffff8p1023',
          '0x2p1023', '0x1p1024', 'inf', '-Infinity', 'nan', '0x', '0xp1', '0x1p', '0x1.g', '1.5', 'abc', '', '0x1p99999999999999999999',
          '0x1p-99999999999999999999', '0x' + '0' * 100 + '1p0', '0x1' + '0' * 30 + 'p0', '0x0.' + '0' * 40 + '1p0',
          '0x1.8000000000001p0', '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1.000000000000081p0', '0x_1p0', '0x1_0p0']:
    show(f'fromhex({s[:40]!r})', lambda: float.fromhex(s))


class MyFloat(float):
    def __repr__(self):
        return f'MyFloat({float(self)!r})'


show('MyFloat.fromhex("0x1p1")', lambda: MyFloat.fromhex('0x1p1'))
show('float.fromhex(1.0)', lambda: float.fromhex(1.0))
show('float.fromhex(b"0x1p0")', lambda: float.fromhex(b'0x1p0'))
show('float.fromhex()', lambda: float.fromhex())
show('(1.0).hex(1)', lambda: (1.0).hex(1))
show('float.hex(1)', lambda: float.hex(1))
