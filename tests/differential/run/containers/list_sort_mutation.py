# list modified during sort, exceptions in comparisons, and what is left afterwards
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [3, 1, 2]
def key_append(x):
    a.append(x)
    return x
attempt(lambda: a.sort(key=key_append))
print(sorted(a))

b = [3, 1, 2]
def key_clear(x):
    b.clear()
    return x
attempt(lambda: b.sort(key=key_clear))
print(b)

c = [5, 4, 3, 2, 1]
seen_len = []
def key_look(x):
    seen_len.append(len(c))
    return x
c.sort(key=key_look)
print(c, seen_len)

class Cmp:
    def __init__(self, v, lst=None):
        self.v = v
        self.lst = lst
    def __lt__(self, other):
        if self.lst is not None:
            self.lst.append(0)
        return self.v < other.v
    def __repr__(self):
        return "C%d" % self.v
d = []
d.extend([Cmp(2, d), Cmp(1, d), Cmp(3, d)])
attempt(lambda: d.sort())
print(sorted(d, key=lambda c: c.v))

class Bad:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 3 or other.v == 3:
            raise ValueError("cannot compare 3")
        return self.v < other.v
    def __repr__(self):
        return "B%d" % self.v
e = [Bad(5), Bad(1), Bad(3), Bad(2)]
attempt(lambda: e.sort())
print(sorted(e, key=lambda b: b.v))

class NoLt:
    pass
attempt(lambda: sorted([NoLt(), NoLt()]))
attempt(lambda: sorted([1, None]))
attempt(lambda: sorted([None, None]))
print(sorted([None]))

# key raising on the second item: list unchanged
f = [3, 2, 1]
def key_fail(x):
    if x == 2:
        raise KeyError(x)
    return x
attempt(lambda: f.sort(key=key_fail))
print(f)

# key returning not comparable values
attempt(lambda: sorted([1, 2], key=lambda x: [x] if x == 1 else (x,)))

# sorting a list inside its own key function
g = [2, 1]
def key_sort(x):
    g.sort()
    return x
attempt(lambda: g.sort(key=key_sort))
print(g)
print(len(g))
