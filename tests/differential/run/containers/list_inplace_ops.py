# += and *= on lists: identity kept, any iterable on the right of +=, errors
def attempt(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2]
alias = a
a += (3,)
a += "xy"
a += range(2)
a += {7: 0}
a += (i * i for i in range(3))
print(a, a is alias)
a *= 2
print(a, a is alias, len(a))
a *= 1
print(len(a), a is alias)
a *= 0
print(a, a is alias)
b = [1, 2]
b *= -5
print(b)
c = [[0]] * 3
c[0].append(1)
print(c)
d = [0]
d *= True
print(d)
d *= False
print(d)

class N:
    def __index__(self):
        return 3
e = ["x"]
e *= N()
print(e, ["y"] * N(), N() * ["z"])

def imul(lst, n):
    lst *= n
    return lst
def iadd(lst, other):
    lst += other
    return lst
attempt(lambda: imul([1], 2.0))
attempt(lambda: imul([1], "a"))
attempt(lambda: imul([1], None))
attempt(lambda: imul([1], 2 ** 62))
attempt(lambda: imul([1], 2 ** 70))
attempt(lambda: imul([], 2 ** 70))
attempt(lambda: iadd([1], 5))
attempt(lambda: iadd([1], None))
attempt(lambda: [1] + (2,))
attempt(lambda: [1] + "a")
attempt(lambda: (1,) + [2])
attempt(lambda: [1] * 1.5)
attempt(lambda: [1] - [1])

# self +=
f = [1, 2]
f += f
print(f)
f *= 2
print(f)

# a class with __radd__ does not help +=; list.__iadd__ takes any iterable
class R:
    def __radd__(self, other):
        return "radd"
    def __iter__(self):
        return iter([42])
g = [0]
print(g + R())
g += R()
print(g)
attempt(lambda: [1, 2].__add__((3,)))
print([1, 2].__add__([3]), [1].__mul__(2), [1].__rmul__(3), [1].__imul__(2))
