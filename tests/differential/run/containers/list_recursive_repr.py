# repr of self-referencing lists, dicts and tuples
a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
b = [a]
print(b)
c = []
c.append(c)
c.append(c)
print(c)
d = [[]]
d[0].append(d)
print(d, d[0])
e = {"k": []}
e["k"].append(e)
print(e)
t = ([],)
t[0].append(t)
print(t)
f = [1]
g = [f]
f.append(g)
print(f, g)
print(len(repr(f)), "[...]" in repr(f))
h = {}
h[1] = h
print(h, [h])
s = set()
lst = [s]
print(lst)
# a list is its own element: comparisons still work by identity first
print(a == a, a[2] is a, len(a))
# recursion through a __repr__
class Node:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return "Node(%r)" % (self.children,)
n = Node()
n.children.append(n.children)
print(n)
m = Node()
m.children.append([m.children, 5])
print(m)
# str() inside format
print("%s|%r" % (a, a), f"{a}", "{}".format(c))
# nested deep but not recursive
deep = []
cur = deep
for i in range(5):
    nxt = []
    cur.append(nxt)
    cur = nxt
cur.append(deep)
print(deep)
