"""Exceptions in loops: KeyError from dicts, StopIteration from next(), a custom hierarchy, try/finally."""


class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise NotFound(key) from None


def drain(it):
    n = 0
    while True:
        try:
            n += next(it)
        except StopIteration:
            return n


def main():
    table = {i: i * 2 for i in range(0, 1000, 2)}
    total = 0
    misses = 0
    for round_ in range(300):
        for key in range(1000):
            try:
                total += lookup(table, key)
            except NotFound as e:
                misses += 1
                total += e.key & 1
            finally:
                total += 1
        total += drain(iter(range(round_ % 50)))
        try:
            raise ValueError(round_)
        except (TypeError, ValueError) as e:
            total += e.args[0]
    return total, misses


print(*main())
