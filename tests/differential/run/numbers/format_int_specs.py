# format(int, spec): width, fill, align, sign, '#', '0', grouping, and every type; the spec errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)


specs = ['', 'd', '5', '<5', '>5', '^5', '=5', '*^9', '0>5', '+', '-', ' ', '+5', ' 5', '05', '+05', '#x', '#X', '#o', '#b',
         '#010x', '010b', 'x', 'X', 'o', 'b', 'c', 'n', ',', '_', ',d', '_x', '_b', '_o', '#_x', '012,', '012_', '=+12,',
         'e', 'E', 'f', 'F', 'g', 'G', '%', '.2f', '.3e', '.0%', ',.2f', '10.3g', '#g', '_X', 'z', '+#o']
for v in [0, 7, -7, 255, -255, 1234567, -1234567, 2 ** 64, -(2 ** 70) + 1]:
    for spec in specs:
        show(f'format({v}, {spec!r})', lambda: format(v, spec))

for spec in ['.2', '.2d', ',c', 'c,', ',x', ',o', ',b', '_c', ',n', 's', 'r', 'i', 'q', '=^5', '5=', '1,_', ',_', '__',
             ',,', '#c', '+c', '0c', 'z', 'zd', '.0c', '99999999999999999999', '.99999999999999999999f', '<<', '\x00<5',
             '5.', '.', '#', '%,', '-c']:
    show(f'format(65, {spec!r})', lambda: format(65, spec))
show('format(-1, "c")', lambda: format(-1, 'c'))
show('format(0x110000, "c")', lambda: format(0x110000, 'c'))
show('format(0x1F600, "c")', lambda: format(0x1F600, 'c'))
show('format(5, "😀^7")', lambda: format(5, '😀^7'))
show('format(5, "\\n>4")', lambda: format(5, '\n>4'))
show('format(True, "#x")', lambda: format(True, '#x'))
show('format(5, 5)', lambda: format(5, 5))
show('(5).__format__("x")', lambda: (5).__format__('x'))
show('(5).__format__(5)', lambda: (5).__format__(5))
show('int.__format__(True, "")', lambda: int.__format__(True, ''))
show('f"{5:{"x"}}"', lambda: f'{5:{"x"}}')
show('f"{255:#0{10}x}"', lambda: f'{255:#0{10}x}')
show('format(10 ** 30, ",")', lambda: format(10 ** 30, ','))
show('format(10 ** 30, "_x")', lambda: format(10 ** 30, '_x'))
show('format(12345, "020,")', lambda: format(12345, '020,'))
show('format(12345, "021,")', lambda: format(12345, '021,'))
show('format(-12345, "020_")', lambda: format(-12345, '020_'))
