# list indexing and slicing, including extended slices
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = list(range(10))
print(a[2], a[-1], a[2:5], a[:3], a[7:], a[::2], a[::-1], a[-3:-1], a[8:2:-2], a[100:], a[-100:2])
attempt(lambda: a[10])
attempt(lambda: a[-11])
attempt(lambda: a["x"])
attempt(lambda: a[1.5])
attempt(lambda: a[::0])
attempt(lambda: a[2 ** 100])
attempt(lambda: a["a":])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [7, 8, 9]
print(b)
b[::3] = [0] * len(b[::3])
print(b)
del b[::2]
print(b)
del b[1:3]
print(b)
b[:] = "hey"
print(b)
c = [1, 2, 3]
c[0:1] = c
print(c)


def bad_extended():
    d = [1, 2, 3]
    d[::2] = [1, 2, 3]


def bad_iterable():
    d = [1, 2, 3]
    d[0:1] = 1


def bad_del():
    d = [1]
    del d[5]


def bad_set():
    d = [1]
    d[3] = 0


attempt(bad_extended)
attempt(bad_iterable)
attempt(bad_del)
attempt(bad_set)
e = list(range(20))
del e[-2:3:-3]
print(e)
e[::-2] = range(len(e[::-2]))
print(e)
