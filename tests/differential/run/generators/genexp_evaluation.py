# the first iterable of a generator expression is evaluated at once
def source(name, items):
    print('  evaluating', name)
    return items

g = (x for x in source('first', [1, 2]) for y in source('second', 'ab'))
print('created')
print(list(g))

try:
    g = (x for x in 5)
except TypeError as e:
    print('TypeError at creation:', e)

def later():
    return (y for x in [1] for y in 5)
g = later()
print('second iterable error is lazy')
try:
    next(g)
except TypeError as e:
    print('TypeError on next:', e)

# conditions and element expressions are lazy
g = (1 / x for x in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)

# late binding of names other than the first iterable
n = 10
g = (x + n for x in range(3))
n = 100
print(list(g))
data = [1, 2]
g = (x for x in data)
data = [7, 8]
print(list(g))

# class scope: only the first iterable sees class names
class C:
    values = [1, 2, 3]
    doubled = list(v * 2 for v in values)
    try:
        bad = list(v for v in values if v in values)
    except NameError as e:
        error = str(e)
print(C.doubled, C.error)

# genexp objects
g = (i for i in range(3))
print(type(g).__name__, g.__name__, g.__qualname__, g.gi_code.co_name)
print(iter(g) is g, next(g), g.send(None), list(g))
try:
    g.send(5)
except StopIteration:
    print('send to finished genexp: StopIteration')

# genexp as the only argument needs no extra parentheses
print(sum(x * x for x in range(4)), max(len(w) for w in ['a', 'bcd', 'ef']))
try:
    eval('sum(x for x in range(3), 1)')
except SyntaxError as e:
    print('SyntaxError', e.msg)

# nested genexps
matrix = [[1, 2], [3, 4]]
g = (sum(v for v in row) for row in matrix)
print(list(g))
print(list((a, b) for a in range(2) for b in range(a, 3) if a != b))

# throw and close on a genexp
g = (x for x in range(5))
next(g)
try:
    g.throw(ValueError('into genexp'))
except ValueError as e:
    print('ValueError', e)
print(list(g))
g = (x for x in range(5))
g.close()
print(list(g))

# the iterator of the first iterable is created eagerly
class Iterable:
    def __iter__(self):
        print('  __iter__ called')
        return iter([1])
g = (x for x in Iterable())
print('after creation')
print(list(g))
