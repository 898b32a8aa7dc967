# inf and nan: arithmetic, comparisons (nan is unequal even to itself), containers, repr and conversions.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)


inf, nan = float('inf'), float('nan')
vals = [inf, -inf, nan, 0.0, -0.0, 1.0, -1.0]
for a in vals:
    for b in vals:
        print(a, b, a + b, a - b, a * b, a == b, a != b, a < b, a <= b, a > b, a >= b)
for a in vals:
    for b in [inf, -inf, nan, 2.0, -2.0]:
        show(f'{a} / {b}', lambda: a / b)
        show(f'{a} // {b}', lambda: a // b)
        show(f'{a} % {b}', lambda: a % b)
        show(f'{a} ** {b}', lambda: a ** b)

print(nan == nan, nan is nan, [nan] == [nan], (nan,) == (nan,), nan in [nan], float('nan') in [nan])
print({nan: 1}.get(nan), len({nan, nan}), len({float('nan'), float('nan')}))
print(max(1.0, nan), max(nan, 1.0), min(nan, 1.0), sorted([3.0, nan, 1.0])[1:] is not None)
print(inf == 10 ** 400, inf > 10 ** 400, -inf < -(10 ** 400), nan == 10 ** 400, nan < 1, 1 < nan)
show('int(inf)', lambda: int(inf))
show('int(nan)', lambda: int(nan))
show('inf.as_integer_ratio()', lambda: inf.as_integer_ratio())
show('nan.as_integer_ratio()', lambda: nan.as_integer_ratio())
show('round(inf)', lambda: round(inf))
show('round(nan)', lambda: round(nan))
show('round(inf, 2)', lambda: round(inf, 2))
show('round(nan, 2)', lambda: round(nan, 2))
show('inf.is_integer()', lambda: inf.is_integer())
show('nan.hex()', lambda: nan.hex())
show('(-inf).hex()', lambda: (-inf).hex())
for s in ['inf', '-inf', '+inf', 'INF', 'Infinity', '-infinity', 'nan', '-nan', 'NaN', '+NAN', 'infinit', 'nanx', ' inf ', 'in f']:
    show(f'float({s!r})', lambda: float(s))
show('repr(-nan)', lambda: repr(-nan))
show('abs(-inf)', lambda: abs(-inf))
show('-(-inf)', lambda: -(-inf))
show('inf * 0', lambda: inf * 0)
show('inf - inf', lambda: inf - inf)
show('1e308 * 10', lambda: 1e308 * 10)
show('-1e308 * 10', lambda: -1e308 * 10)
show('1e308 + 1e308', lambda: 1e308 + 1e308)
show('2.0 ** 1024', lambda: 2.0 ** 1024)
show('10.0 ** 400', lambda: 10.0 ** 400)
show('(-10.0) ** 401', lambda: (-10.0) ** 401)
show('5e-324 / 2', lambda: 5e-324 / 2)
show('format(inf, "f"), format(nan, "e"), format(-inf, "+g")', lambda: (format(inf, 'f'), format(nan, 'e'), format(-inf, '+g'), format(inf, 'F'), format(nan, 'E')))
show('"%f %e %g %F" % (inf, nan, -inf, nan)', lambda: '%f %e %g %F' % (inf, nan, -inf, nan))
show('format(inf, "010")', lambda: format(inf, '010'))
show('format(nan, "=+8")', lambda: format(nan, '=+8'))
show('hash(inf), hash(-inf)', lambda: (hash(inf), hash(-inf)))
show('hash(nan) == hash(nan)', lambda: hash(nan) == hash(nan))
