# float(): strings, bytes, __float__ and __index__; fromhex, hex, __getformat__, format.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)


for text in ['1.5', ' 1.5 ', '-0', '+1e5', '1_000.5', '1__0', '.5', '5.', 'inf', '-Infinity', 'nan', '-nan', 'NaN', '1e500', '-1e500', '1e-400',
             '', ' ', 'x', '1.5.2', '١٢', '0x10', '1e', 'infinit', '12\n']:
    show(f'float({text!r})', lambda: float(text))
show('float()', lambda: float())
show('float(x=1)', lambda: float(x=1))
show('float(1, 2)', lambda: float(1, 2))
show('float(None)', lambda: float(None))
show('float([])', lambda: float([]))
show('float(b"2.5")', lambda: float(b'2.5'))
show('float(bytearray(b"x"))', lambda: float(bytearray(b'x')))
show('float(10**400)', lambda: float(10 ** 400))
show('float(2**53 + 1)', lambda: float(2 ** 53 + 1))
show('float(True)', lambda: float(True))


class WithFloat:
    def __float__(self):
        return 2.5


class WithIndex:
    def __index__(self):
        return 3


class BadFloat:
    def __float__(self):
        return 1


show('float(WithFloat())', lambda: float(WithFloat()))
show('float(WithIndex())', lambda: float(WithIndex()))
show('float(BadFloat())', lambda: float(BadFloat()))
for text in ['0x1p0', '0x1.8p1', '-0x1p-1074', '0x1p-1075', '0x1p1024', '0x1.fffffffffffff8p1023', 'inf', 'nan', ' 0x10 ', '1', 'x', '0x', '0x1p']:
    show(f'float.fromhex({text!r})', lambda: float.fromhex(text))
show('float.fromhex(1)', lambda: float.fromhex(1))
show('float.__getformat__("double")', lambda: float.__getformat__('double'))
show('float.__getformat__("float")', lambda: float.__getformat__('float'))
show('float.__getformat__("x")', lambda: float.__getformat__('x'))
for v in [0.0, -0.0, 1.5, -1.5, 1234.5678, 1e20, 1e-7, float('inf'), float('nan'), 2.5, 0.125]:
    for spec in ['', 'f', '.2f', '.0f', 'e', '.3e', 'g', '.3g', '%', '.1%', ',', '_.2f', '>12', '<12', '^12', '+', ' ', '012.3f', 'z.1f', '#g', 'n', 'E', 'G', 'F']:
        show(f'format({v!r}, {spec!r})', lambda: format(v, spec))
show('format(1.5, "d")', lambda: format(1.5, 'd'))
show('(1.5).__format__(2)', lambda: (1.5).__format__(2))
print(f'{3.14159:.3f} {2.5:10.1f}| {1e10:g} {0.000123:e}')
