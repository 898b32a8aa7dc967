# Failures that must be Python exceptions, never a crash of the process.
nested = []
for i in range(50000):
    nested = [nested]
try:
    repr(nested)
except RecursionError as e:
    print("repr:", e)

a = b = ()
for i in range(50000):
    a = (a,)
    b = (b,)
try:
    print(a == b)
except RecursionError as e:
    print("eq:", e)

try:
    [0] * (2**62)
except MemoryError as e:
    print("MemoryError", repr(e))

def f():
    f()

try:
    f()
except RecursionError as e:
    print("recursion:", e)
print("still running")

d = {}
for i in range(50000):
    d = {"k": d}
try:
    repr(d)
except RecursionError as e:
    print("dict repr:", e)
