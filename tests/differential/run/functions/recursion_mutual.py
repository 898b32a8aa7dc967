# Recursion, mutual recursion, and RecursionError caught with the program continuing.
import sys
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(10), fact(30))

def fib(n, memo={}):
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r
print(fib(80))

def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(100), is_odd(77), is_even(7))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))

def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(6, 'A', 'B', 'C', [])), hanoi(2, 'A', 'B', 'C', []))

def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print('RecursionError', e)
print('continuing after the first RecursionError')

def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
try:
    ping(0)
except RecursionError as e:
    print('RecursionError', e)

# recursion through methods and __repr__
class Node:
    def __init__(self, child=None):
        self.child = child
    def depth(self):
        return 1 + (self.child.depth() if self.child else 0)
n = None
for _ in range(50):
    n = Node(n)
print(n.depth())

# recursive data structures with repr protection
lst = [1]
lst.append(lst)
print(lst)
d = {}
d['self'] = d
print(d)

# the limit can be changed and restored
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
def count(n):
    try:
        return count(n + 1)
    except RecursionError:
        return n
print(count(0) < 200)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print('ValueError', e)
print('done', fact(5))
