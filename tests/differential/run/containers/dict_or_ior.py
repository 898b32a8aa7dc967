# dict | and |=: result types, operand order, iterables on the right of |=, errors
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a | {}, {} | a, a)
c = a
c |= b
print(c, a, c is a)
c |= [("w", 0)]
c |= (("v", -1),)
c |= {"x": 100}.items()
print(c)
attempt(lambda: {} | [("a", 1)])
attempt(lambda: [("a", 1)] | {})
attempt(lambda: {} | None)
attempt(lambda: {} | {1, 2})
def ior(d, o):
    d |= o
    return d
attempt(lambda: ior({}, [1]))
attempt(lambda: ior({}, 5))
attempt(lambda: ior({}, ["ab", "c"]))
print(ior({}, ["ab", "cd"]))

class D(dict):
    pass
r = D(a=1) | {"b": 2}
print(type(r).__name__, r)
r2 = {"b": 2} | D(a=1)
print(type(r2).__name__, r2)
d = D(q=1)
d |= {"r": 2}
print(type(d).__name__, d)

class Or(dict):
    def __or__(self, other):
        return "Or.__or__"
    def __ror__(self, other):
        return "Or.__ror__"
print({} | Or(), Or() | {})

class Mapping:
    def __ror__(self, other):
        return ("ror", other)
print({"a": 1} | Mapping())

# equal keys keep the first key object, take the last value
e = {1: "int"} | {1.0: "float"} | {True: "bool"}
print(e)
f = {1.0: "f"}
f |= {1: "i"}
print(f)
print(dict.__or__({}, []), dict.__ror__({}, []))
print({"k": [1]} | {"k": [2]})
# chained
print({1: 1} | {2: 2} | {3: 3} | {1: "one"})
