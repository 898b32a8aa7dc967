# Chained assignment: the value is evaluated once, targets assigned left to right.
log = []

class Rec:
    def __init__(self, name):
        self.name = name
    def __setattr__(self, k, v):
        log.append(('setattr', k, v))
        object.__setattr__(self, k, v)
    def __setitem__(self, k, v):
        log.append(('setitem', k, v))

def val(x):
    log.append(('val', x))
    return x

a = b = c = val(7)
print(a, b, c, log)
log.clear()

r = Rec('r')
log.clear()
r.x = r[0] = r.y = val('v')
print(log)
log.clear()

# the same list object goes to every target
p = q = []
p.append(1)
print(p, q, p is q)

# unpacking targets mixed with plain targets
x = (y, z) = w = (1, 2)
print(x, y, z, w)

# the subscript of a later target sees the earlier binding
i = 0
lst = [10, 20, 30]
i = lst[i] = 2
print(i, lst)
lst = [10, 20, 30]
lst[0] = i = 1
print(i, lst)

# evaluation order for a target's subscript expressions
def key(k):
    log.append(('key', k))
    return k

d = {}
d[key('a')] = d[key('b')] = val(1)
print(log, d)
log.clear()

# failure halfway: earlier targets stay assigned
t1 = t2 = None
try:
    t1 = (t2, t3) = t4 = [1, 2, 3]
except ValueError as e:
    print('ValueError', e)
print(t1, t2)
try:
    print(t4)
except NameError as e:
    print('NameError', e)

# chained assignment to attributes on a class
class K:
    pass
K.a = K.b = 'shared'
print(K.a, K.b)

# star targets in a chain
first, *rest = head, *tail = 'xyz'
print(first, rest, head, tail)

# swap and rotate
m, n, o = 1, 2, 3
m, n, o = o, m, n
print(m, n, o)
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
# swap involving an index that changes during assignment
lst = [0, 1, 2]
k = 0
k, lst[k] = 2, 'set'
print(k, lst)

# assignment expression values in a chain
aa = bb = (cc := 5) + 1
print(aa, bb, cc)

# a global chained inside a function
def g():
    global G1, G2
    G1 = G2 = 'global'
g()
print(G1, G2)
