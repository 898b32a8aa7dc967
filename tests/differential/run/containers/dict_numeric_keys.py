# keys that compare equal across numeric types: 1 == 1.0 == True, 0 == -0.0 == False
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d[complex(1, 0)] = "complex"
print(d)
e = {True: "t", 1: "i", 1.0: "f"}
print(e, list(e), type(list(e)[0]).__name__)
f = {0: "zero", False: "false", 0.0: "fz", -0.0: "nz", 0j: "cz"}
print(f)
print({1: 1}[True], {True: 1}[1.0], {1.5: "x"}.get(3 / 2), {2 ** 64: "big"}[float(2 ** 64)])
print(1 in {1.0}, True in {1}, 1.0 in {True}, 0 in {False}, 2 in {2.0 + 0j})
print({1, 1.0, True}, {0, 0.0, False, -0.0}, {1.0, 1}, {True, 1})
print(len({1, 1.0, True, 2, 2.0}), sorted({3, 3.0, 2.5}))
nan = float("nan")
g = {nan: 1}
g[nan] = 2
g[float("nan")] = 3
print(len(g), list(g.values()))
print(nan in g, float("nan") in g)
h = {}
h[10 ** 20] = "a"
h[float(10 ** 20)] = "b"
h[10 ** 20 + 1] = "c"
print(h)
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(-0.0) == hash(False))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-1), hash(-2), hash(0.5), hash(1.5))
print(hash(float("inf")), hash(float("-inf")), hash(complex(0, 1)), hash(1 + 0j) == hash(1))
import sys
print(hash(sys.maxsize) == hash(sys.maxsize), hash(2 ** 100) == hash(2 ** 100 % (2 ** 61 - 1)))
# set operations across numeric kinds
print({1, 2} & {1.0, 3.0}, {1.0, 2.0} & {1, 3}, {1} | {1.0}, {1.0} | {1})
# key replacement keeps the first key, value from the last
k = {1: "a"}
k.update({1.0: "b", True: "c"})
print(k)
from_keys = dict.fromkeys([1.0, 1, True])
print(from_keys)
