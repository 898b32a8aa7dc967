# float(str): whitespace, underscores, exponents, Unicode digits, bytes, and the 'could not convert' messages.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)


for s in ['1', '  1e5 ', '\t-2.5\n', '+.5', '5.', '.5e-3', '1_000.5', '1_0e1_0', '0x10', '1e', '1e+', 'e5', '.', '-.',
          '1__0', '_1', '1_', '1._5', '1.5_', '1e_5', '1.5e5.5', '١.٥', '１２.５', '1,5', '1 5', '', ' ', '+', '-',
          '--1', '1e400', '-1e400', '1e-400', '4.9e-324', '2.4703282292062328e-324', '00000.1', '0' * 50 + '1',
          '1' + '0' * 400, '.' + '0' * 400 + '1', '1.' + '0' * 400 + '1e-400', 'infinity', '1\x00', '\u2003 3.5 \u3000',
          '1e5000000000000000000000', '1e-5000000000000000000000', '0e999999', '9' * 20 + 'e-20']:
    show(f'float({s[:30]!r})', lambda: float(s))

show('float(b" 1.5 ")', lambda: float(b' 1.5 '))
show('float(bytearray(b"2e3"))', lambda: float(bytearray(b'2e3')))
show('float(b"abc")', lambda: float(b'abc'))
show('float(b"\\xff")', lambda: float(b'\xff'))
show('float(memoryview(b"7"))', lambda: float(memoryview(b'7')))
show('float([1])', lambda: float([1]))
show('float(None)', lambda: float(None))
show('float(1j)', lambda: float(1j))
show('float()', lambda: float())
show('float(x="1")', lambda: float(x='1'))
show('float("1", "2")', lambda: float('1', '2'))
show('float("x" * 300)', lambda: float('x' * 300))
show('float(2 ** 1024)', lambda: float(2 ** 1024))
show('float(2 ** 1023)', lambda: float(2 ** 1023))
show('float(-(2 ** 1024) + 2 ** 970)', lambda: float(-(2 ** 1024) + 2 ** 970))
show('float(2 ** 1024 - 2 ** 970)', lambda: float(2 ** 1024 - 2 ** 970))
show('float(2 ** 1024 - 2 ** 971)', lambda: float(2 ** 1024 - 2 ** 971))


class F:
    def __float__(self):
        return 2.5


class BadF:
    def __float__(self):
        return 'x'


class I:
    def __index__(self):
        return 7


class S(str):
    pass


show('float(F())', lambda: float(F()))
show('float(BadF())', lambda: float(BadF()))
show('float(I())', lambda: float(I()))
show('float(S("  3.25"))', lambda: float(S('  3.25')))
show('float("\\ud800")', lambda: float('\ud800'))
