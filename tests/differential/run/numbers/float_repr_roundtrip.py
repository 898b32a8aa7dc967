# repr(float) is the shortest string that round-trips; str() is the same; switch to exponent at 1e16 and 1e-4.
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.0001, 0.00001234,
        5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 9007199254740993.0, 2.0 ** 53, 2.0 ** 63,
        2.0 ** -1074, 1.5, -0.0, 0.0, 100.0, 1e22, 1e23, 9.999999999999999e22, 0.3, 4.35, 2.675, 1.1, 3.14159,
        123.456, 1e100, 1.0000000000000002, 0.9999999999999999, 4503599627370496.5, 12345678901234567890.0]
for v in vals:
    r = repr(v)
    print(r, str(v), float(r) == v, len(r))

# neighbours of a value
x = 1.0
for _ in range(3):
    x = x + 2.220446049250313e-16
    print(repr(x))
print(repr(0.1 * 3), repr(0.7 + 0.1), repr(1.1 * 1.1), repr(100 * 1.1))
print([repr(i / 10) for i in range(11)])
print([repr(10.0 ** e) for e in range(-6, 18, 3)])
print([repr(2.0 ** e) for e in range(50, 70, 4)])
print(repr(float('1.' + '0' * 30 + '1')), repr(float('0.' + '9' * 20)))
print(f'{0.1}', f'{0.1!r}', '%r' % 0.1, '%s' % 0.1, str([0.1, -0.0]), repr((1e16,)))
print(repr(float(2 ** 53 + 1)), repr(float(2 ** 64)), repr(float(10 ** 17)), repr(float(-(10 ** 16))))
