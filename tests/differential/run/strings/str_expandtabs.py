# expandtabs: default 8, other sizes, zero and negative, columns reset by \n and \r, bytes too.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)


for s in ['\t', 'a\tb', 'ab\tc', 'abcdefgh\ti', '\t\t', 'a\nb\tc', 'abc\r\td', '12345\t6\n\t7', '😀\tx', 'no tabs', '', 'a\x0b\tb', 'a\x85\tb']:
    print(repr(s), [s.expandtabs(n) for n in [8, 4, 1, 0, -1, 3]], repr(s.expandtabs()))
show('"a\\tb".expandtabs(tabsize=2)', lambda: 'a\tb'.expandtabs(tabsize=2))
show('"a\\tb".expandtabs("2")', lambda: 'a\tb'.expandtabs('2'))
show('"a\\tb".expandtabs(2.0)', lambda: 'a\tb'.expandtabs(2.0))
show('"a\\tb".expandtabs(2, 3)', lambda: 'a\tb'.expandtabs(2, 3))
show('"a\\tb".expandtabs(size=2)', lambda: 'a\tb'.expandtabs(size=2))
show('b"a\\tb".expandtabs(4)', lambda: b'a\tb'.expandtabs(4))
show('bytearray(b"ab\\tc\\nd\\te").expandtabs(3)', lambda: bytearray(b'ab\tc\nd\te').expandtabs(3))
show('b"\\t".expandtabs(tabsize=-5)', lambda: b'\t'.expandtabs(tabsize=-5))
