def flat(*items):
    for item in items:
        yield from item

print(list(flat([1, 2], (3,), 'ab', range(2), {'k': 1, 'j': 2})))
print(list(flat(iter([9]), (x * x for x in range(3)), b'AB')))
print(list(flat({5: None, 3: None}.keys(), {1: 'a'}.values(), {1: 'a'}.items())))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1

print(list(flat(Countdown(3))))

class OldStyle:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(flat(OldStyle())))

class Manual:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration
        return 'm%d' % self.i
print(list(flat(Manual())))

def bad(x):
    yield from x

for obj in [1, None, 3.5, object()]:
    g = bad(obj)
    try:
        next(g)
    except TypeError as e:
        print('TypeError', e)

class BadIter:
    def __iter__(self):
        return 42
try:
    next(bad(BadIter()))
except TypeError as e:
    print('TypeError', e)

# the iterable is evaluated when yield from runs, not when the generator is created
def lazy():
    print('  before yield from')
    yield from []
    print('  after empty yield from')
    yield 'end'
g = lazy()
print('created')
print(next(g))

# yield from an exhausted iterator yields nothing
it = iter([1])
next(it)
print(list(bad(it)))

# the value of yield from over a non-generator iterable is None
def value_of():
    v = yield from [1, 2]
    yield ('value', v)
print(list(value_of()))

# a StopIteration with a value from a custom iterator is the result
class WithValue:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration('custom value')
def take():
    v = yield from WithValue()
    yield v
print(list(take()))

# exception from __next__ propagates
class Boom:
    def __iter__(self):
        return self
    def __next__(self):
        raise RuntimeError('boom in next')
try:
    list(bad(Boom()))
except RuntimeError as e:
    print('RuntimeError', e)

# nested yield from of strings: characters
def chars(words):
    for w in words:
        yield from w
        yield '|'
print(''.join(chars(['ab', 'cde', ''])))
