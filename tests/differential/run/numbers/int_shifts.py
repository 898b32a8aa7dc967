# << and >>: big counts, negative values, 'negative shift count', overflow, bools.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)


for a in [1, -1, 3, -3, 7, -8, 2 ** 62, -(2 ** 62), 2 ** 64 + 5, -(2 ** 64) - 5, 0]:
    for n in [0, 1, 2, 31, 32, 62, 63, 64, 65, 127, 128, 129, 1000]:
        print(f'{a} << {n} = {a << n}; {a} >> {n} = {a >> n}')

for a in [5, -5, 0, 2 ** 100]:
    show(f'{a} << -1', lambda: a << -1)
    show(f'{a} >> -1', lambda: a >> -1)
    show(f'{a} >> -(2 ** 100)', lambda: a >> -(2 ** 100))
    show(f'{a} >> 2 ** 100', lambda: a >> 2 ** 100)
    show(f'{a} >> 2 ** 64', lambda: a >> 2 ** 64)

show('0 << 2 ** 100', lambda: 0 << 2 ** 100)
show('1 << 2 ** 100', lambda: 1 << 2 ** 100)
show('1 << 1.0', lambda: 1 << 1.0)
show('1.0 << 1', lambda: 1.0 << 1)
show('1 >> "a"', lambda: 1 >> 'a')
show('True << 3', lambda: True << 3)
show('5 >> True', lambda: 5 >> True)
show('False << 100', lambda: False << 100)
show('(-1) >> 10 ** 20', lambda: (-1) >> 10 ** 20)
show('(2 ** 200) >> 199', lambda: (2 ** 200) >> 199)
show('-(2 ** 200) >> 199', lambda: -(2 ** 200) >> 199)
show('-(2 ** 200) >> 200', lambda: -(2 ** 200) >> 200)
show('-(2 ** 200) >> 201', lambda: -(2 ** 200) >> 201)
show('(-(2 ** 200) - 1) >> 200', lambda: (-(2 ** 200) - 1) >> 200)

# >> floors, so it matches // by a power of two
for a in [-7, -8, -9, 7, 2 ** 70 + 3, -(2 ** 70) - 3]:
    for n in [1, 2, 3, 65]:
        assert a >> n == a // (2 ** n), (a, n)
        assert a << n == a * (2 ** n)
print('shift identities hold')
x = 1
x <<= 70
print(x)
x >>= 69
print(x)
print((1).__lshift__(3), (1).__rlshift__(3), (16).__rshift__(2), (2).__rrshift__(16))
print((1).__lshift__(1.0))
