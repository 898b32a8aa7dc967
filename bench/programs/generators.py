"""A generator pipeline: produce, filter, map, window and reduce through chained generators."""


def numbers(n):
    for i in range(n):
        yield i


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


def squares(source):
    for x in source:
        yield x * x


def windows(source, size):
    window = []
    for x in source:
        window.append(x)
        if len(window) == size:
            yield sum(window)
            window.pop(0)


def delegate(n):
    yield from windows(squares(evens(numbers(n))), 4)


total = 0
for r in range(5):
    total += sum(x % 1000003 for x in delegate(400000))
    total += sum(y for y in (x + 1 for x in range(100000)) if y % 3)
print(total)
