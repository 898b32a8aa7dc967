# set changed size during iteration, and safe patterns
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def add_during(s):
    for x in s:
        s.add(x + 100)
attempt(lambda: add_during({1, 2}))

def remove_during(s):
    for x in s:
        s.discard(x)
attempt(lambda: remove_during({1, 2, 3}))

def clear_during(s):
    for x in s:
        s.clear()
attempt(lambda: clear_during({1}))

def remove_add(s):
    seen = []
    for x in s:
        seen.append(x)
        s.remove(x)
        s.add(x + 1000)
    return seen
attempt(lambda: remove_add({1, 2, 3}))

def add_existing(s):
    n = 0
    for x in s:
        s.add(x)
        n += 1
    return n
print(add_existing({1, 2, 3}))

def update_during(s):
    for x in s:
        s |= {x * 7 + 1000}
attempt(lambda: update_during({1}))

s = {1, 2}
it = iter(s)
print(next(it))
s.add(3)
attempt(lambda: next(it))
attempt(lambda: next(it))

s = {1, 2, 3, 4}
for x in list(s):
    if x % 2:
        s.remove(x)
print(s)
s = {1, 2, 3}
for x in s.copy():
    s.add(x * 10)
print(sorted(s))
f = frozenset({1, 2})
print([x for x in f], sorted({x + 1 for x in f}))
it = iter({5, 6, 7})
print(it.__length_hint__(), next(it) in {5, 6, 7}, it.__length_hint__())
print(type(it).__name__, list(it), it.__length_hint__())
s = {1}
it = iter(s)
s.pop()
s.add(2)
attempt(lambda: next(it))
