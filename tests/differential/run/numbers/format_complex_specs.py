# format(complex, spec): parentheses only with no type, per-part signs, precision, alignment, and refused specs.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)


specs = ['', 'f', '.2f', 'e', '.3e', 'g', 'G', 'E', 'F', '.1', '20', '<25', '>25', '^25', '*^25.2f', '+', '+.1f', ' ', '-',
         '#', '#g', '#.0f', ',.2f', '_', 'z.1f', '.0f', '.10g', 'n']
for c in [1 + 2j, -1.5 - 0.25j, 1j, complex(0, -0.0), complex(-0.0, 0.0), 1e20 + 1e-20j, complex(float('inf'), float('nan')),
          123456.789 + 9876.54321j]:
    for spec in specs:
        show(f'format({c!r}, {spec!r})', lambda: format(c, spec))

for spec in ['d', 'x', '%', 'c', 's', '=10', '010', '010.2f', '0', '=^10', 'b']:
    show(f'format(1+2j, {spec!r})', lambda: format(1 + 2j, spec))
show('f"{1+2j!r:>12}"', lambda: f'{1 + 2j!r:>12}')
show('f"{1+2j!s:*<12}"', lambda: f'{1 + 2j!s:*<12}')
show('"{:.1f}".format(3-4j)', lambda: '{:.1f}'.format(3 - 4j))
show('(1j).__format__("")', lambda: (1j).__format__(''))
show('complex.__format__(1j, 5)', lambda: complex.__format__(1j, 5))
show('"%s %r" % (1j, 1+0j)', lambda: '%s %r' % (1j, 1 + 0j))
show('"%f" % 1j', lambda: '%f' % 1j)
show('"%d" % 1j', lambda: '%d' % 1j)
