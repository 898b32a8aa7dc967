print([x * x for x in range(6) if x % 2 == 0])
print({x: x * 2 for x in 'abc'})
print(sorted({x % 3 for x in range(10)}))
print([(i, j) for i in range(3) for j in range(i)])
print([[c for c in w] for w in ['ab', 'cd']])
print(list(x for x in range(3)))
y = 10
print([y + i for i in range(3)])
def scope():
    k = 5
    return [k * i for i in range(3)]
print(scope())
print([i for i in range(3)], 'i' in dir())
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print({k: v for k, v in zip('xyz', range(3)) if v})
print(sum(x for x in range(101)))
print([n for n in range(20) if all(n % d for d in range(2, n)) and n > 1])
print([(lambda v: v + 1)(v) for v in range(3)])
print([a for a, b in [(1, 2), (3, 4)]])
print([x for x in [1, 2, 3] if x > 1 if x < 3])
print({*range(3), *'ab'} == {0, 1, 2, 'a', 'b'})
print([*range(3), *[9]], (*'ab',), {**{'a': 1}, 'b': 2})
