def reenter_next():
    yield next(me)

me = reenter_next()
try:
    next(me)
except ValueError as e:
    print('next:', type(e).__name__, e)

def reenter_send():
    yield me2.send(None)
me2 = reenter_send()
try:
    next(me2)
except ValueError as e:
    print('send:', e)

def reenter_throw():
    yield me3.throw(KeyError)
me3 = reenter_throw()
try:
    next(me3)
except ValueError as e:
    print('throw:', e)

def reenter_close():
    yield me4.close()
me4 = reenter_close()
try:
    next(me4)
except ValueError as e:
    print('close:', e)

# after the failure the generator is finished
try:
    next(me)
except StopIteration:
    print('me exhausted')

# gi_running seen from inside and outside
def running():
    print('inside running', me5.gi_running)
    yield
    print('inside again', me5.gi_running)
me5 = running()
print('before', me5.gi_running)
next(me5)
print('suspended', me5.gi_running)
try:
    next(me5)
except StopIteration:
    pass
print('finished', me5.gi_running)

# a generator iterating itself through list()
def self_list():
    yield 1
    yield list(me6)
me6 = self_list()
print(next(me6))
try:
    next(me6)
except ValueError as e:
    print('list(self):', e)

# generator running another generator is fine
def inner():
    yield 'inner value'
def outer():
    i = inner()
    yield next(i)
    yield outer_gen.gi_running
outer_gen = outer()
print(list(outer_gen))

# coroutine already executing
async def coro():
    c.send(None)
c = coro()
try:
    c.send(None)
except ValueError as e:
    print('coroutine:', e)
