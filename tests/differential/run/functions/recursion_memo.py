# Recursion patterns: memoization with dict defaults and attributes, mutual recursion, accumulators.
def fib(n, _cache={0: 0, 1: 1}):
    if n not in _cache:
        _cache[n] = fib(n - 1) + fib(n - 2)
    return _cache[n]
print(fib(90), len(fib.__defaults__[0]))
print(sorted(fib.__defaults__[0])[:5])
fib.__defaults__[0].clear()
fib.__defaults__[0].update({0: 0, 1: 1})
print(fib(10), len(fib.__defaults__[0]))

# a memo passed explicitly is separate
memo = {}
print(fib(5, memo) if False else 'skip', memo)

# memo on a function attribute
def collatz(n):
    if n in collatz.memo:
        return collatz.memo[n]
    steps = 0 if n == 1 else 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)
    collatz.memo[n] = steps
    return steps
collatz.memo = {}
print(collatz(27), max(range(1, 200), key=collatz), len(collatz.memo) > 100)

# a memoizing decorator built from a closure
def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args in cache:
            wrapper.hits += 1
            return cache[args]
        result = cache[args] = fn(*args)
        return result
    wrapper.hits = 0
    wrapper.cache = cache
    return wrapper
@memoize
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16), paths.hits, len(paths.cache))
try:
    paths([1], 2)
except TypeError as e:
    print(type(e).__name__, e)

# mutual recursion through nested functions and closures
def parity(n):
    def even(k):
        return True if k == 0 else odd(k - 1)
    def odd(k):
        return False if k == 0 else even(k - 1)
    return even(n), odd(n)
print(parity(10), parity(7))

# recursive generator
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, [5]]]], 6, [[7]]])))

# permutations by recursion
def perms(seq):
    if len(seq) <= 1:
        return [seq]
    out = []
    for i, ch in enumerate(seq):
        for rest in perms(seq[:i] + seq[i + 1:]):
            out.append(ch + rest)
    return out
print(perms('abc'), len(perms('abcde')))

# accumulator-passing and tail-style recursion
def total(items, acc=0):
    return acc if not items else total(items[1:], acc + items[0])
print(total(list(range(100))))

# recursion on a class method, staticmethod and through __call__
class Tree:
    def __init__(self, *kids):
        self.kids = kids
    def size(self):
        return 1 + sum(k.size() for k in self.kids)
    @staticmethod
    def count(node):
        return 1 + sum(Tree.count(k) for k in node.kids)
    def __call__(self, depth=0):
        return max([depth] + [k(depth + 1) for k in self.kids])
t = Tree(Tree(Tree(), Tree(Tree())), Tree())
print(t.size(), Tree.count(t), t())

# the default dict is shared between calls and visible on the function
def seen(x, acc=[]):
    acc.append(x)
    return len(acc)
print(seen(1), seen(2), seen(3, []), seen(4), seen.__defaults__)

# deep recursion raising RecursionError in the middle of a memoized computation
import sys
def deep(n, memo={}):
    if n == 0:
        return 0
    if n in memo:
        return memo[n]
    memo[n] = 1 + deep(n - 1)
    return memo[n]
try:
    deep(100000)
except RecursionError as e:
    print(type(e).__name__, e)
print(deep(50), len(deep.__defaults__[0]) > 50)

# which operation reaches the limit: warmed-up int/float/str comparisons feeding a branch are not counted
def store_compare(n):
    x = n == 0
    return store_compare(n + 1)
def branch_small(n):
    if n == -1:
        return
    return branch_small(n + 1)
def branch_big(n):
    if n == 2 ** 40:
        return
    return branch_big(n + 1)
def branch_str_lt(n):
    if 'x' < 'y':
        pass
    return branch_str_lt(n + 1)
def branch_float(n):
    if n * 1.0 < -1.0:
        return
    return branch_float(n + 1)
def branch_str_eq(n):
    if 'x' == 'y':
        return
    return branch_str_eq(n + 1)
for fn in (store_compare, branch_small, branch_big, branch_str_lt, branch_float, branch_str_eq):
    try:
        fn(0)
    except RecursionError as e:
        print(fn.__name__, e)
