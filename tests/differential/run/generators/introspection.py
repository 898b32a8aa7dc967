def gen():
    x = yield 1
    yield x

g = gen()
print(g.__name__, g.__qualname__, g.gi_code is gen.__code__)
print('created: running', g.gi_running, 'suspended', g.gi_suspended, 'frame', g.gi_frame is not None)
print('lineno before start', g.gi_frame.f_lineno, gen.__code__.co_firstlineno)
print('lasti before start', g.gi_frame.f_lasti)
next(g)
print('suspended', g.gi_suspended, 'line', g.gi_frame.f_lineno, 'yieldfrom', g.gi_yieldfrom)
g.send('v')
print('line', g.gi_frame.f_lineno)
try:
    next(g)
except StopIteration:
    pass
print('finished: frame', g.gi_frame, 'suspended', g.gi_suspended, 'running', g.gi_running)

g.__name__ = 'renamed'
g.__qualname__ = 'Q.renamed'
print(g.__name__, g.__qualname__, gen.__name__)
try:
    g.__name__ = 5
except TypeError as e:
    print('TypeError', e)
try:
    g.__qualname__ = None
except TypeError as e:
    print('TypeError', e)
try:
    g.gi_running = True
except AttributeError as e:
    print('AttributeError', e)
try:
    del g.__name__
except TypeError as e:
    print('TypeError', e)

class Owner:
    def method(self):
        yield self
    def nested(self):
        def inner():
            yield
        return inner()
print(Owner().method().__qualname__, Owner().nested().__qualname__)

def delegator():
    yield from sub()
def sub():
    yield 'sub'
d = delegator()
print(d.gi_yieldfrom)
next(d)
print(d.gi_yieldfrom.__name__, d.gi_frame.f_code.co_name, d.gi_yieldfrom.gi_frame.f_back)

# f_back of a generator frame is the resumer while running
import sys
def who():
    yield sys._getframe().f_back.f_code.co_name
def resumer():
    return next(who_g)
who_g = who()
print(resumer())
print('f_back when suspended', who_g.gi_frame.f_back)

print(type(gen()).__name__, repr(type(gen())))
print(sorted(a for a in dir(g) if not a.startswith('__')))
