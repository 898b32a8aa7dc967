# format(float, spec): precision, the e/f/g/%/n types, '#', 'z', grouping, signs, alignment, defaults, errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)


specs = ['', 'f', 'F', 'e', 'E', 'g', 'G', '%', 'n', '.0f', '.1f', '.10f', '.0e', '.3e', '.0g', '.1g', '.3g', '.17g', '.30g',
         '#.0f', '#.0e', '#g', '#.3g', '#', '.3', '.0', '10.2f', '<10.2f', '^10.2f', '=+10.2f', '*>12.3e', '010.2f', '+.2f',
         ' .2f', ',.2f', '_.3f', ',', '_', '012,.1f', 'z.1f', 'z.0f', 'z', '+z.2e', '.2%', ',.0%', '.20e', '.50f']
vals = [0.0, -0.0, 1.5, -1.5, 0.125, 2.5, 1234567.891, -0.000123456, 1e16, 1e-5, 123456789012345680.0, 1e300, 5e-324,
        float('inf'), float('nan'), -1e-10]
for v in vals:
    for spec in specs:
        show(f'format({v!r}, {spec!r})', lambda: format(v, spec))

for spec in ['d', 'x', 'c', 'b', 's', '#x', ',d', ',_', '.f', '.-1f', 'ff', '=', '0=', '.2n,', ',n', '_n']:
    show(f'format(1.5, {spec!r})', lambda: format(1.5, spec))
show('format(1.5, "")', lambda: format(1.5, ''))
show('str(1e16) vs format', lambda: (str(1e16), format(1e16, ''), format(1e16, '.0'), format(1e15, '')))
show('(1.5).__format__(".1f")', lambda: (1.5).__format__('.1f'))
show('float.__format__(1, "f")', lambda: float.__format__(1, 'f'))
show('format(1, "f")', lambda: format(1, 'f'))
show('format(1, ".3")', lambda: format(1, '.3'))
show('format(12345678, ".3")', lambda: format(12345678, '.3'))
show('format(2 ** 80, "e")', lambda: format(2 ** 80, 'e'))
show('f"{3.14159:.{3}f}"', lambda: f'{3.14159:.{3}f}')
show('f"{3.14159:{10}.{2}}"', lambda: f'{3.14159:{10}.{2}}')
show('f"{-0.0:z}"', lambda: f'{-0.0:z}')
show('f"{-0.0001:z.2f}"', lambda: f'{-0.0001:z.2f}')
show('f"{0.5:.0f} {1.5:.0f} {2.5:.0f}"', lambda: f'{0.5:.0f} {1.5:.0f} {2.5:.0f}')
show('f"{0.125:.2f} {0.375:.2f} {2.675:.2f}"', lambda: f'{0.125:.2f} {0.375:.2f} {2.675:.2f}')
