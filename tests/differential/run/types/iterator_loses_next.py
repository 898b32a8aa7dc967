# An iterator whose class deletes __next__ while it runs: TypeError, never a crash.
def make():
    class It:
        def __iter__(self):
            return self

        def __next__(self):
            del It.__next__
            return 1
    return It


for name, use in [
    ("for", lambda it: [None for _ in it]),
    ("list", list),
    ("zip", lambda it: list(zip(it, it))),
    ("map", lambda it: list(map(str, it))),
    ("next", lambda it: (next(it), next(it))),
    ("sum", sum),
]:
    try:
        print(name, use(iter(make()())))
    except Exception as e:
        print(name, type(e).__name__, e)
