# list.sort and sorted: key, reverse, stability, keyword-only arguments
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

words = ["pear", "Fig", "apple", "kiwi", "Date", "fig", "banana", "Kiwi"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w.lower())))
print(sorted(words, reverse=True))

# stability: equal keys keep their order, also with reverse=True
pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (1, "e"), (2, "f"), (0, "g")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
s = pairs[:]
s.sort(key=lambda p: -p[0])
print(s)
s.sort(key=lambda p: p[1], reverse=True)
print(s)

# multi-pass sort (secondary key first)
recs = [("bob", 30), ("amy", 25), ("cat", 30), ("dan", 25), ("eve", 35)]
recs.sort(key=lambda r: r[0])
recs.sort(key=lambda r: r[1], reverse=True)
print(recs)

# key called once per item
calls = []
def k(x):
    calls.append(x)
    return -x
nums = [3, 1, 2]
nums.sort(key=k)
print(nums, calls)

# reverse accepts ints (it is a bool-ish int)
print(sorted([1, 3, 2], reverse=1), sorted([1, 3, 2], reverse=0))
attempt(lambda: sorted([1, 2], reverse="yes"))
attempt(lambda: sorted([1, 2], reverse=None))
attempt(lambda: [1, 2].sort(lambda x: x))
attempt(lambda: sorted([1, 2], lambda x: x))
attempt(lambda: [1, 2].sort(cmp=None))
attempt(lambda: sorted())
attempt(lambda: sorted([1], key=5))
attempt(lambda: [3, "a", 1].sort())
attempt(lambda: sorted([1, 2, 3], key=lambda x: 1 / (x - 2)))
print(sorted([1, 2, 3], key=None), [2, 1].sort(key=None))
print(sorted("hello"), sorted({3: 1, 1: 2}), sorted(range(5), reverse=True))
print(sorted([True, False, 0, 1, -1.5, 2]))
print(sorted([[2], [1, 5], [1]]), sorted([(1, "b"), (1, "a")]))
nan = float("nan")
print(sorted([3, 1, 2], key=lambda x: x % 2))
l = [5, 4, 3]
print(l.sort(), l)
e = []
e.sort(key=lambda x: 1 / 0)
print(e, sorted([1], key=lambda x: "only"))
