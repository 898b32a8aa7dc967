"""n-queens with generators: every solution by recursive generators over permutations of columns."""


def solutions(n, row=0, cols=(), diag1=frozenset(), diag2=frozenset()):
    if row == n:
        yield cols
        return
    for c in range(n):
        if c in cols or (row + c) in diag1 or (row - c) in diag2:
            continue
        yield from solutions(n, row + 1, cols + (c,), diag1 | {row + c}, diag2 | {row - c})


def checksum(n):
    count = 0
    weight = 0
    for s in solutions(n):
        count += 1
        weight += sum(i * c for i, c in enumerate(s))
    return count, weight


print(*checksum(8), *checksum(9), *checksum(10))
