# int ** int: negative exponents give floats, zero to a negative power, huge results and overflows.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)


for a in [2, -2, 3, -3, 10, 1, -1, 7]:
    for e in [-1, -2, -3, -10, -52, -1074, -1075]:
        show(f'{a} ** {e}', lambda: a ** e)

show('0 ** -1', lambda: 0 ** -1)
show('0 ** -2 ** 70', lambda: 0 ** -2 ** 70)
show('0 ** 0', lambda: 0 ** 0)
show('0 ** 5', lambda: 0 ** 5)
show('(-0) ** 0', lambda: (-0) ** 0)
show('pow(0, -1)', lambda: pow(0, -1))
show('10 ** -400', lambda: 10 ** -400)
show('(10 ** 400) ** -1', lambda: (10 ** 400) ** -1)
show('2 ** -(2 ** 70)', lambda: 2 ** -(2 ** 70))
show('(-1) ** (2 ** 100)', lambda: (-1) ** (2 ** 100))
show('(-1) ** (2 ** 100 + 1)', lambda: (-1) ** (2 ** 100 + 1))
show('1 ** (2 ** 100)', lambda: 1 ** (2 ** 100))
show('(-1) ** -(2 ** 100 + 1)', lambda: (-1) ** -(2 ** 100 + 1))
show('len(str(3 ** 2000))', lambda: len(str(3 ** 2000)))
show('(2 ** 64) ** 3', lambda: (2 ** 64) ** 3)
show('(-2) ** 63', lambda: (-2) ** 63)
show('(-2) ** 64', lambda: (-2) ** 64)
show('2 ** 0.5', lambda: 2 ** 0.5)
show('(-8) ** (1 / 3)', lambda: (-8) ** (1 / 3))
show('(-2) ** 0.5', lambda: (-2) ** 0.5)
show('2 ** 1j', lambda: 2 ** 1j)
show('True ** -1', lambda: True ** -1)
show('False ** -1', lambda: False ** -1)
show('2 ** None', lambda: 2 ** None)
show('"2" ** 2', lambda: '2' ** 2)
show('(2 ** 10000) ** -1', lambda: (2 ** 10000) ** -1)
show('(10 ** 300) ** -2', lambda: (10 ** 300) ** -2)
show('(3 ** 1000) ** -1 == 0', lambda: (3 ** 1000) ** -1 == 0)
show('7 ** -1 == 1 / 7', lambda: 7 ** -1 == 1 / 7)
x = 3
x **= -2
print('x **= -2 ->', x)
x = 3
x **= 40
print('x **= 40 ->', x)
