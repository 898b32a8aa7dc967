# Int and str literal forms, and operator precedence.
print(0b1010, 0o17, 0xFF, 0B11, 0O7, 0XaB, 1_000_000, 0x_FF, 0b_1_0, 00, 0_0)
print(10 ** 20, 0xFFFFFFFFFFFFFFFFFFFF, -0x80, 1e3, 1E-3, 1_0.5_0, .5, 5., 1j, 1.5J, 0e0)
for src in ['0777', '1__0', '1_', '0x', '0b2', '0o8', '09', '1e', '0_x1']:
    try:
        compile(src, '<lit>', 'eval')
        print(src, 'compiled')
    except SyntaxError as e:
        print(src, 'SyntaxError', e.msg)
print('single', "double", '''triple''', """triple2""", 'con' 'cat' "enated")
print(ascii('\x41\101\u0042\U00000043\N{LATIN SMALL LETTER D}\t|\\|\'|\"|\a\b\f\v'))
print(r'\n\t', R'\x', rb'\d', b'\x00\xff', Rb'\\', br'x')
print(len('\0'), len(r'\0'), '\
continued')
print(u'unicode prefix', type(b'').__name__, 'é😀'[1], len('😀'))
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2, 2 ** -1)
print(10 - 4 - 3, 10 - (4 - 3), 100 / 10 / 5, 2 * 3 % 4, 2 + 3 % 4, 7 // 2 * 2)
print(1 + 2 << 3, 1 << 2 + 3, 6 & 3 | 8, 6 & (3 | 8), 1 | 2 ^ 3 & 4, ~1 + 1, -~5, ~-5)
print(not 1 == 2, not (1 == 2), (not 1) == 2, 1 < 2 == True, True + True * 3)
print(1 or 2 and 0, (1 or 2) and 0, not 0 and 1, 0 or not 1, [] or {} or 'last')
print(3 if 0 else 4 + 1, (lambda: 1)() + 1, -3 % 5, -(3 % 5), 2 * -3, 5 - -3, +-+1)
print('a' + 'b' * 2, ('a' + 'b') * 2, [1] * 2 + [3], 'x' in 'xy' == True, ('x' in 'xy') == True)
print(1 if 2 < 3 < 4 else 0, 2 ** 2 ** 0, 4 ** .5, 8 % 3 ** 2, -1 ** .5)
x = 5
print(x > 3 and x < 10 or x == 0, x & 1 == 1, (x & 1) == 1, x ^ 1 << 1)
a = [1, 2, 3]
print(a[1] ** 2, -a[0], a[-1:][0], not a, ~a[0])
print(0.1 + 0.2, 1 / 3, 2 ** 0.5, 7 / 7, 1e16 + 1, 2 ** 63, -2 ** 63, 9 ** 19 // 10 ** 18)
