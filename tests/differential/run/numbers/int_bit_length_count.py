# int.bit_length, int.bit_count, and how they agree with bin().
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)


vals = [0, 1, -1, 2, -2, 3, 7, 8, -8, 255, 256, -256, 2 ** 31 - 1, 2 ** 31, 2 ** 32,
        2 ** 62, 2 ** 63 - 1, -2 ** 63, 2 ** 63, 2 ** 64 - 1, 2 ** 64, -(2 ** 64), 10 ** 50, -(10 ** 50), 2 ** 1000 - 1]
for v in vals:
    bl, bc = v.bit_length(), v.bit_count()
    b = bin(v).lstrip('-0b')
    print(v if abs(v) < 10 ** 20 else 'big', bl, bc, bl == len(b) if v else bl == 0, bc == bin(v).count('1'))

print(True.bit_length(), False.bit_length(), True.bit_count())
print((2 ** 100).bit_length(), (2 ** 100 - 1).bit_count())
show('int.bit_length()', lambda: int.bit_length())
show('int.bit_length(1.0)', lambda: int.bit_length(1.0))
show('(5).bit_length(1)', lambda: (5).bit_length(1))
show('(5).bit_count(x=1)', lambda: (5).bit_count(x=1))
show('int.bit_count(-7)', lambda: int.bit_count(-7))
# 2**(n-1) <= abs(x) < 2**n
for v in [1, 5, 1000, 2 ** 90 + 1, -12345]:
    n = v.bit_length()
    print(v, n, 2 ** (n - 1) <= abs(v) < 2 ** n)


class MyInt(int):
    pass


print(MyInt(10).bit_length(), MyInt(-10).bit_count(), type(MyInt(3).bit_length()).__name__)
print(int.bit_count.__name__, int.bit_length.__qualname__)
