# Iteration: __iter__/__next__, the __getitem__ sequence protocol and its errors.
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError('done')
        return i * i
print(list(Seq()), tuple(Seq()), [x for x in Seq()], sum(Seq()), sorted(Seq(), reverse=True))
it = iter(Seq())
print(type(it).__name__, next(it), next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args)
print(list(it))
class SeqStop:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(SeqStop()))
class SeqKey:
    def __getitem__(self, i):
        raise KeyError('k%d' % i)
try:
    list(SeqKey())
except KeyError as e:
    print('KeyError', e)
class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Counter(3)), dict.fromkeys(Counter(2)), set(Counter(3)), max(Counter(4)))
a, b = Counter(2)
print(a, b)
try:
    a, b = Counter(3)
except ValueError as e:
    print(e)
try:
    a, b, c = Counter(1)
except ValueError as e:
    print(e)

def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class NonIter:
    def __iter__(self):
        return 5
class RetList:
    def __iter__(self):
        return [1, 2]
class NoNext:
    def __iter__(self):
        return self
err(lambda: iter(NonIter()))
err(lambda: list(RetList()))
err(lambda: iter(NoNext()))
err(lambda: [x for x in NonIter()])
err(lambda: next(5))
err(lambda: next([1]))
err(lambda: next(Seq()))
err(lambda: iter(5))
err(lambda: list(None))
err(lambda: tuple(1.5))
err(lambda: sorted(3))
err(lambda: iter(Seq(), 1, 2))
err(lambda: iter())
class IterNone:
    __iter__ = None
    def __getitem__(self, i):
        return i
err(lambda: iter(IterNone()))
class NextOnly:
    def __next__(self):
        return 1
err(lambda: iter(NextOnly()))
print(next(NextOnly()))
def loop():
    for x in NonIter():
        pass
err(loop)
def unpack():
    a, b = NonIter()
err(unpack)
def star():
    print(*NonIter())
err(star)
# next with default
print(next(iter([]), 'dflt'), next(Counter(0), None))
# two-argument iter with a sentinel
vals = iter([1, 2, 3, 0, 5])
print(list(iter(lambda: next(vals), 0)))
err(lambda: iter(5, 0))
class CallStop:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
print(list(iter(CallStop(), 99)))
# StopIteration with a value from __next__
class StopVal:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration('value')
print(list(StopVal()))
# __next__ raising something else inside for
class Bad:
    def __iter__(self):
        return self
    def __next__(self):
        raise RuntimeError('next broke')
err(lambda: [x for x in Bad()])
# __iter__ looked up on the type
class Inst:
    pass
i = Inst()
i.__iter__ = lambda: iter([1])
err(lambda: iter(i))
# iterating a class with __class_getitem__ only
class CG:
    def __class_getitem__(cls, k):
        return k
err(lambda: list(CG))
print(CG[3])
for x in NonIter():
    pass
