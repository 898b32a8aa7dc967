# dict changed during iteration: size changes, key changes, value changes allowed
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def add_during(d):
    for k in d:
        d[k + "x"] = 0
attempt(lambda: add_during({"a": 1}))

def del_during(d):
    for k in d:
        del d[k]
attempt(lambda: del_during({"a": 1, "b": 2}))

def values_during(d):
    for v in d.values():
        d["new"] = v
attempt(lambda: values_during({"a": 1}))

def items_during(d):
    for k, v in d.items():
        d.pop(k)
attempt(lambda: items_during({"a": 1, "b": 2}))

def swap_keys(d):
    seen = []
    for k in d:
        seen.append(k)
        del d[k]
        d[k + "!"] = 1
    return seen
attempt(lambda: swap_keys({"a": 1, "b": 2}))

def change_values(d):
    for k in d:
        d[k] = d[k] * 10
    return d
print(change_values({"a": 1, "b": 2}))

def pop_last_add(d):
    it = iter(d)
    first = next(it)
    d.popitem()
    d["z"] = 9
    return first, list(it)
attempt(lambda: pop_last_add({"a": 1, "b": 2, "c": 3}))

def clear_during(d):
    for k in d:
        d.clear()
attempt(lambda: clear_during({"a": 1}))

def update_same_keys(d):
    for k in d:
        d.update({k: "updated"})
    return d
print(update_same_keys({"a": 1, "b": 2}))

def setdefault_existing(d):
    for k in d:
        d.setdefault(k, 0)
    return d
print(setdefault_existing({"a": 1}))

# the error is raised once, then the iterator is exhausted
d = {"a": 1}
it = iter(d)
d["b"] = 2
attempt(lambda: next(it))
attempt(lambda: next(it))
# mutating through a list copy is fine
e = {"a": 1, "b": 2, "c": 3}
for k in list(e):
    if k != "b":
        del e[k]
print(e)
f = {i: i for i in range(5)}
for k in tuple(f.keys()):
    f[k * 10] = f.pop(k)
print(f)
# dict comprehension over itself
g = {1: 2}
print({k: v for k, v in g.items()}, g)
