"""Object memory: a million small instances with three attributes, a dict of a million ints, a list of a million floats."""


class Point:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z


def main():
    points = [Point(i, i * 2, i * 3) for i in range(1000000)]
    table = {i: i * 7 for i in range(1000000)}
    floats = [i * 0.5 for i in range(1000000)]
    total = 0
    for p in points[::1000]:
        total += p.x + p.y + p.z
    total += sum(table[i] for i in range(0, 1000000, 997))
    return total, sum(floats[::1001])


print(*main())
