# keys/values/items views and iteration errors
d = {1: 10, 2: 20, 3: 30}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), 2 in k, 20 in v, (2, 20) in i, (2, 99) in i)
print(k | {9}, k & {1, 3, 7}, k - {1}, k ^ {3, 4}, {5} | k, [1, 2] & k if False else k & [1, 2])
print(i | {(9, 9)}, i - {(1, 10)}, i ^ {(1, 10), (5, 50)})
print(k == {1, 2, 3}, k < {1, 2, 3, 4}, k >= {1}, i == {(1, 10), (2, 20), (3, 30)})
print(k.isdisjoint([7, 8]), k.isdisjoint({1}), list(reversed(k)), list(reversed(v)), list(reversed(i)))
d[4] = 40
print(k, v, i)
print(v == v, v == d.values())
try:
    for key in d:
        d[key + 10] = 0
except RuntimeError as e:
    print("RuntimeError", e)
d = {1: 1, 2: 2, 3: 3}
try:
    for key in d:
        if key == 1:
            del d[1]
            d[4] = 4
except RuntimeError as e:
    print("RuntimeError", e)
it = iter({1: 2, 3: 4})
print(it.__length_hint__(), next(it), it.__length_hint__())
print(type(k).__name__, type(iter(k)).__name__, type(iter(v)).__name__, type(iter(i)).__name__, type(reversed(i)).__name__)
