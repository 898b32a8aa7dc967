# del on list items and slices, including extended slices
def attempt(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

def delete(lst, key):
    del lst[key]
    return lst

for key in [slice(None), slice(2), slice(2, None), slice(1, 5), slice(-3, None),
            slice(None, None, 2), slice(1, None, 2), slice(None, None, -1),
            slice(None, None, -2), slice(8, 1, -3), slice(1, 8, 3), slice(5, 2),
            slice(100, 200), slice(-100, 2), slice(None, None, 100), slice(3, 4, -1)]:
    print(key, delete(list(range(10)), key))

attempt(lambda: delete([1, 2, 3], 5))
attempt(lambda: delete([1, 2, 3], -4))
attempt(lambda: delete([], 0))
attempt(lambda: delete([1, 2, 3], "a"))
attempt(lambda: delete([1, 2, 3], 1.5))
attempt(lambda: delete([1, 2, 3], slice(None, None, 0)))
attempt(lambda: delete([1, 2, 3], -1))
attempt(lambda: delete([1, 2, 3], 10 ** 30))

a = list(range(20))
del a[::3]
print(a)
del a[-1::-4]
print(a)
del a[:]
print(a, len(a))

b = [1, 2, 3, 4, 5]
del b[1], b[1]
print(b)
c = [[1, 2], [3, 4]]
del c[0][1], c[1][:]
print(c)

# del in a loop, from the front
d = list(range(8))
while d:
    del d[0]
    print(d)
    if len(d) < 5:
        break

# del of a slice while an iterator is live
e = list(range(6))
it = iter(e)
print(next(it), next(it))
del e[:3]
print(list(it), e)
