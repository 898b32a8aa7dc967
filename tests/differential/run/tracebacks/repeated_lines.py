import sys

def hook(e):
    sys.__excepthook__(type(e), e, e.__traceback__)

def down(n):
    if n == 0:
        raise ValueError('bottom')
    down(n - 1)

for n in [2, 3, 4, 5, 10]:
    try:
        down(n)
    except ValueError as e:
        print('depth', n)
        hook(e)

# mutual recursion is not folded (lines alternate)
def ping(n):
    if n == 0:
        raise KeyError('ping')
    pong(n - 1)
def pong(n):
    ping(n)
try:
    ping(6)
except KeyError as e:
    hook(e)

# the same function from different lines is not folded
def twice(n):
    if n == 0:
        raise TypeError('twice')
    if n % 2:
        twice(n - 1)
    else:
        twice(n - 1)
try:
    twice(6)
except TypeError as e:
    hook(e)

# recursion in a generator chain
def gen(n):
    if n == 0:
        raise IndexError('gen bottom')
    yield from gen(n - 1)
try:
    list(gen(6))
except IndexError as e:
    hook(e)

# RecursionError shows the repeated frame
def forever():
    return forever()
sys.setrecursionlimit(60)
try:
    forever()
except RecursionError as e:
    print('RecursionError', e)
sys.setrecursionlimit(1000)
print('done')
down(25)
