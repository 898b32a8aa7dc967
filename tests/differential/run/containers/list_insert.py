# list.insert at every kind of index, and pop with indices
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = []
a.insert(0, "a")
a.insert(10, "z")
a.insert(-10, "first")
a.insert(-1, "before-last")
a.insert(1, "second")
print(a)
a.insert(len(a), "end")
a.insert(-len(a), "start")
print(a)
attempt(lambda: a.insert(10 ** 40, "huge"))
attempt(lambda: a.insert(-10 ** 40, "neg-huge"))
a.insert(2 ** 62, "big")
a.insert(-2 ** 62, "neg-big")
print(a)
a.insert(True, "bool")
print(a)

class I:
    def __index__(self):
        return -2
a.insert(I(), "idx")
print(a)
attempt(lambda: a.insert("1", 0))
attempt(lambda: a.insert(1.5, 0))
attempt(lambda: a.insert(None, 0))
attempt(lambda: a.insert(0))
attempt(lambda: a.insert())
attempt(lambda: a.insert(0, 1, 2))

p = list(range(10))
print(p.pop(), p.pop(0), p.pop(-1), p.pop(3), p)
attempt(lambda: p.pop(100))
attempt(lambda: p.pop(-100))
attempt(lambda: p.pop(10 ** 30))
attempt(lambda: p.pop(1.0))
attempt(lambda: p.pop(0, 1))
print(p.pop(I()), p)
q = []
attempt(lambda: q.pop())
attempt(lambda: q.pop(0))

# insert while iterating: the iterator sees the shift
r = [1, 2, 3]
seen = []
for x in r:
    seen.append(x)
    if x == 1:
        r.insert(0, 0)
    if len(seen) > 6:
        break
print(seen, r)

# insert into itself
s = [1, 2]
s.insert(1, s)
print(s, len(s))
s[1] = None
print(s)

# append / extend variants
t = []
t.append(t)
print(t)
t = [1, 2]
t.extend(t)
print(t)
t.extend("ab")
t.extend({"k": 1})
t.extend(range(2))
t.extend(iter([9]))
print(t)
attempt(lambda: t.extend(5))
attempt(lambda: t.extend(None))
attempt(lambda: t.append())
