# Augmented assignment to attributes and subscripts: which dunders run, in
# what order, how often the target expression is evaluated, and errors.
log = []


class Val:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, other):
        log.append("iadd")
        self.v += other
        return self

    def __add__(self, other):
        log.append("add")
        return Val(self.v + other)

    def __repr__(self):
        return "Val(%r)" % self.v


class Holder:
    def __init__(self):
        object.__setattr__(self, "d", {})

    def __getattr__(self, name):
        log.append("getattr " + name)
        return self.d[name]

    def __setattr__(self, name, value):
        log.append("setattr " + name)
        self.d[name] = value


class Box:
    def __init__(self):
        self.items = {}

    def __getitem__(self, k):
        log.append("getitem %r" % (k,))
        return self.items[k]

    def __setitem__(self, k, v):
        log.append("setitem %r" % (k,))
        self.items[k] = v


def obj(o, tag):
    log.append("eval " + tag)
    return o


def key(k):
    log.append("key %r" % (k,))
    return k


h = Holder()
h.d["x"] = Val(1)
obj(h, "h").x += 2
print(h.d["x"], log)
log.clear()
h.d["n"] = 5
obj(h, "h").n *= 3
print(h.d["n"], log)
log.clear()
b = Box()
b.items["k"] = Val(10)
obj(b, "b")[key("k")] += 1
print(b.items["k"], log)
log.clear()
b.items[1, 2] = 7
obj(b, "b")[key(1), key(2)] -= 1
print(b.items[1, 2], log)
log.clear()
try:
    obj(h, "h").missing += 1
except KeyError as e:
    print("KeyError", e, log)
log.clear()
try:
    obj(b, "b")[key("nope")] += 1
except KeyError as e:
    print("KeyError", e, log)
log.clear()


class NoIadd:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        log.append("add only")
        return NoIadd(self.v + other)


h.d["z"] = NoIadd(1)
before = h.d["z"]
h.z += 1
print(h.d["z"] is before, h.d["z"].v, log)
log.clear()
t = (1, [2])
try:
    t[1] += [3]
except TypeError as e:
    print("TypeError", e, t)
lst = [Val(0)]
lst[0] += 5
print(lst)
s = slice(0, 2)
data = [1, 2, 3]
data[s] += [9]
print(data)
data[::2] *= 1
print(data)
try:
    data[::2] += [0]
except ValueError as e:
    print("ValueError", e)
x = 5
x **= 2
x //= 3
x %= 5
x <<= 3
x >>= 1
x |= 1
x &= 7
x ^= 2
x @= 1 if False else x
