# int // and % with every sign combination, divmod identities, big operands, errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)


vals = [7, -7, 1, -1, 3, -3, 0, 2 ** 64 + 1, -(2 ** 64 + 1), 10 ** 25, -10 ** 25]
divs = [2, -2, 3, -3, 7, -7, 1, -1, 2 ** 64, -(2 ** 64), 10 ** 12 + 1]
for a in vals:
    for b in divs:
        q, r = divmod(a, b)
        assert q * b + r == a
        # the remainder has the sign of the divisor
        ok = (r == 0) or ((r > 0) == (b > 0))
        print(f'{a} {b}: // {a // b} % {a % b} divmod {q, r} sign-ok {ok} |r|<|b| {abs(r) < abs(b)}')

for a in [5, -5, 0, 2 ** 100]:
    show(f'{a} // 0', lambda: a // 0)
    show(f'{a} % 0', lambda: a % 0)
    show(f'divmod({a}, 0)', lambda: divmod(a, 0))
    show(f'{a} / 0', lambda: a / 0)

show('True // 0', lambda: True // 0)
show('7 // True', lambda: 7 // True)
show('-7 % True', lambda: -7 % True)
show('divmod(-7, False)', lambda: divmod(-7, False))
show('7 // "a"', lambda: 7 // 'a')
show('7 % None', lambda: 7 % None)
show('divmod(7, [])', lambda: divmod(7, []))
show('divmod("a", 7)', lambda: divmod('a', 7))
show('divmod(7)', lambda: divmod(7))
show('divmod()', lambda: divmod())

x = 17
x //= -5
print('x //= -5 ->', x)
x %= -3
print('x %= -3 ->', x)
x = -17
x %= 5
print('-17 %= 5 ->', x)

# floor division rounds toward negative infinity, unlike int(a / b)
for a, b in [(-1, 3), (1, -3), (-9, 4), (9, -4), (-(10 ** 20), 3)]:
    print(a, b, a // b, int(a / b), -(-a // b))

# modulo with huge and tiny values
print((-1) % (2 ** 200) == 2 ** 200 - 1)
print((2 ** 200) % -3, (-(2 ** 200)) % 3)
print(divmod(2 ** 127 - 1, 2 ** 63))
print(divmod(-(2 ** 63), -1))
print((-(2 ** 63)) // -1, type((-(2 ** 63)) // -1).__name__)
print(divmod(-9223372036854775808, 1), (-9223372036854775808) % -1)
