# center / ljust / rjust / zfill: odd padding, fill characters (astral too), signs in zfill, errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)


for s in ['', 'a', 'ab', 'abc', '😀', 'abcdef']:
    for w in [-1, 0, 1, 2, 4, 5, 8]:
        print(repr(s), w, repr(s.center(w)), repr(s.center(w, '*')), repr(s.ljust(w, '-')), repr(s.rjust(w, '😀')), repr(s.zfill(w)))
for s in ['42', '-42', '+42', '--4', '-', '+', '', 'abc', '-abc', '3.14', '-0.5', '١٢', '😀']:
    print(repr(s), [s.zfill(w) for w in [0, 1, 3, 5]])
show('"a".center(3, "")', lambda: 'a'.center(3, ''))
show('"a".center(3, "ab")', lambda: 'a'.center(3, 'ab'))
show('"a".center(3, 1)', lambda: 'a'.center(3, 1))
show('"a".center("3")', lambda: 'a'.center('3'))
show('"a".center(3.0)', lambda: 'a'.center(3.0))
show('"a".center()', lambda: 'a'.center())
show('"a".ljust(3, "x", "y")', lambda: 'a'.ljust(3, 'x', 'y'))
show('"a".rjust(3, b"x")', lambda: 'a'.rjust(3, b'x'))
show('"a".zfill("3")', lambda: 'a'.zfill('3'))
show('"a".zfill()', lambda: 'a'.zfill())
show('"a".zfill(2 ** 70)', lambda: 'a'.zfill(2 ** 70))
show('"a".center(-(2 ** 70))', lambda: 'a'.center(-(2 ** 70)))
show('b"ab".center(6, b"*")', lambda: b'ab'.center(6, b'*'))
show('b"ab".center(6, "*")', lambda: b'ab'.center(6, '*'))
show('b"ab".ljust(4, b"**")', lambda: b'ab'.ljust(4, b'**'))
show('b"-5".zfill(4)', lambda: b'-5'.zfill(4))
show('bytearray(b"7").rjust(3, bytearray(b"0"))', lambda: bytearray(b'7').rjust(3, bytearray(b'0')))


class S(str):
    pass


for r in [S('ab').center(2), S('ab').center(4), S('ab').zfill(1), S('ab').ljust(0)]:
    print(repr(r), type(r).__name__)
