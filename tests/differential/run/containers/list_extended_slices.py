# slice assignment with steps, its size errors, and slice reads with steps
def attempt(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

def setitem(lst, key, value):
    lst[key] = value
    return lst

base = list(range(10))
print(base[::2], base[1::2], base[::-1], base[::-3], base[8:2:-2], base[2:8:-1])
print(base[-3::], base[:-3:], base[100:], base[-100:2], base[::10 ** 20])
attempt(lambda: setitem(list(range(10)), slice(None, None, 2), "abcde"))
attempt(lambda: setitem(list(range(10)), slice(None, None, -2), [0] * 5))
attempt(lambda: setitem(list(range(10)), slice(1, 8, 3), (7, 7, 7)))
attempt(lambda: setitem(list(range(6)), slice(None, None, 2), [1, 2]))
attempt(lambda: setitem(list(range(6)), slice(None, None, 2), [1, 2, 3, 4]))
attempt(lambda: setitem(list(range(6)), slice(None, None, 3), []))
attempt(lambda: setitem(list(range(6)), slice(None, None, -1), "abcdef"))
attempt(lambda: setitem(list(range(6)), slice(None, None, -1), "abc"))
attempt(lambda: setitem(list(range(6)), slice(5, 0, -2), iter([1, 2, 3])))
attempt(lambda: setitem(list(range(6)), slice(None, None, 2), 5))
attempt(lambda: setitem(list(range(6)), slice(1, 3), 5))
attempt(lambda: setitem(list(range(6)), slice(None, None, 0), [1]))
attempt(lambda: setitem(list(range(6)), slice(None, None, 1), "xy"))
attempt(lambda: setitem(list(range(6)), slice(2, 2), "xyz"))
attempt(lambda: setitem(list(range(6)), slice(4, 1), "q"))
attempt(lambda: setitem(list(range(6)), slice(-2, None), []))
attempt(lambda: setitem(list(range(6)), slice(10, 20), [1, 2]))
attempt(lambda: setitem(list(range(6)), slice(10, 20, 2), []))
attempt(lambda: setitem(list(range(6)), slice(10, 20, 2), [1]))
attempt(lambda: setitem(list(range(6)), slice("a", None), []))
attempt(lambda: setitem(list(range(6)), slice(None, None, "a"), []))

# assigning a list to a slice of itself
x = [1, 2, 3]
x[:] = x
print(x)
x[1:] = x
print(x)
x[::2] = x[1::2] + [0, 0] if len(x[::2]) == len(x[1::2]) + 2 else x[::2][::-1]
print(x)
y = [1, 2, 3, 4]
y[::-1] = y
print(y)
y[1:3] = y
print(y)

# slice with big numbers and negative steps
z = list("abcdefgh")
print(z[-10 ** 30:10 ** 30:3], z[10 ** 30:-10 ** 30:-3])
z[-10 ** 30:2] = ["S"]
print(z)
z[10 ** 30:] = ["E"]
print(z)

class Idx:
    def __index__(self):
        return 1
print(z[Idx():], z[:Idx()], z[::Idx()])
attempt(lambda: z[1.0:])
attempt(lambda: z[::0])
attempt(lambda: z["a"])
attempt(lambda: z[1, 2])
