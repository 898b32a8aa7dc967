def f(n):
    return f(n + 1)

try:
    f(0)
except RecursionError as e:
    print('caught', e)

def g(n):
    if n == 0:
        raise ValueError('bottom')
    return g(n - 1)

g(10)
