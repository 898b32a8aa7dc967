# & | ^ ~ on ints of every sign and size, two's-complement semantics, bools, errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)


vals = [0, 1, -1, 5, -5, 255, -256, 2 ** 63 - 1, -2 ** 63, 2 ** 64, -(2 ** 64), 2 ** 100 + 12345, -(2 ** 100) - 1]
for a in vals:
    for b in vals:
        print(f'{a} {b}: & {a & b} | {a | b} ^ {a ^ b}')
    print(f'~{a} = {~a}', ~a == -a - 1)

# identities
for a in vals:
    for b in vals[:6]:
        assert (a & b) + (a | b) == a + b
        assert a ^ b == (a | b) - (a & b)
print('identities hold')

print(True & True, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
print(~True, ~False, -True)
print(True & 3, 3 | False, False ^ 5)
show('1 & 1.0', lambda: 1 & 1.0)
show('1 | "a"', lambda: 1 | 'a')
show('1 ^ None', lambda: 1 ^ None)
show('~1.5', lambda: ~1.5)
show('~"a"', lambda: ~'a')
show('[] & 1', lambda: [] & 1)
print(hex(0xF0F0 & 0x0FF0), hex(0xF0F0 | 0x0FF0), hex(0xF0F0 ^ 0x0FF0))
print(bin(-6 & 0xFF), bin(-6 & 0xFFFF), -6 & 0xFFFFFFFFFFFFFFFF)
print((2 ** 128 - 1) & -(2 ** 64), (-(2 ** 128)) | (2 ** 64 - 1))
x = 0b1010
x &= 0b0110
print(x)
x |= 0b1000
print(x)
x ^= -1
print(x)
print((3).__and__(5), (3).__or__(5), (3).__xor__(5), (3).__invert__(), (3).__rand__(5))
print((3).__and__(5.0), (3).__ror__('x'))
