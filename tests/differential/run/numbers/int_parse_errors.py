# int() of bad text: the ValueError message quotes the input, truncated at 200 characters.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)


for s in ['', '  ', 'abc', '12a', '0x', '0b2', '0o8', '1_', '_1', '1__2', '١٢x', '-', '+ 1', '1.5', '1e5',
          'inf', 'nan', '\x00', '12\n3', 'é', '😀', '0b', '--1', '0_', '٠x1']:
    show(f'int({s!r})', lambda: int(s))
    show(f'int({s!r}, 16)', lambda: int(s, 16))
    show(f'int({s!r}, 0)', lambda: int(s, 0))

long_bad = 'x' * 300
show('int("x" * 300)', lambda: int(long_bad))
show('int("1" * 199 + "x")', lambda: int('1' * 199 + 'x'))
show('int(b"12x")', lambda: int(b'12x'))
show('int(b"")', lambda: int(b''))
show('int(bytearray(b" 1 2 "))', lambda: int(bytearray(b' 1 2 ')))
show('int(b"\\xff")', lambda: int(b'\xff'))
show('int(memoryview(b"12"))', lambda: int(memoryview(b'12')))
show('int([1])', lambda: int([1]))
show('int(None)', lambda: int(None))
show('int(1j)', lambda: int(1j))
show('int("1", 2, 3)', lambda: int('1', 2, 3))
show('int("1", "2")', lambda: int('1', '2'))
show('int(float("inf"))', lambda: int(float('inf')))
show('int(float("-inf"))', lambda: int(float('-inf')))
show('int(float("nan"))', lambda: int(float('nan')))
show('int("\\ud800")', lambda: int('\ud800'))
show('int(" \\u3000 7 \\u2003")', lambda: int(' \u3000 7 \u2003'))
show('int("\\u00a0 5")', lambda: int('\u00a0 5'))
show('int("5\\x1c")', lambda: int('5\x1c'))
show('int("5\\x85")', lambda: int('5\x85'))


class Bad:
    def __int__(self):
        return 'no'


class BadIndex:
    def __index__(self):
        return 1.5


show('int(Bad())', lambda: int(Bad()))
show('int(BadIndex())', lambda: int(BadIndex()))
show('int(object())', lambda: int(object()))
