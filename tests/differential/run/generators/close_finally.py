log = []

def with_finally(name):
    try:
        log.append(name + ' start')
        yield 1
        yield 2
    finally:
        log.append(name + ' finally')

g = with_finally('a')
next(g)
print('close returns', g.close())
print(log)
log.clear()

g = with_finally('b')
print('close unstarted', g.close(), log)
print('next after close')
try:
    next(g)
except StopIteration:
    print('  StopIteration')

g = with_finally('c')
list(g)
print('close finished', g.close(), log)
log.clear()

def catches_exit():
    try:
        yield 'x'
    except GeneratorExit as e:
        log.append('GeneratorExit ' + repr(e.args))
        raise

g = catches_exit()
next(g)
g.close()
print(log)
log.clear()

stop_ignoring = False
def ignores():
    while not stop_ignoring:
        try:
            yield 'again'
        except GeneratorExit:
            log.append('ignored')

g = ignores()
next(g)
try:
    g.close()
except RuntimeError as e:
    print('RuntimeError', e)
print(log)
stop_ignoring = True
print('drained', list(g))

def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return 'swallowed'
g = returns_on_exit()
next(g)
print('close with return', g.close())

def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError('from close')
g = raises_other()
next(g)
try:
    g.close()
except ValueError as e:
    print('ValueError', e, 'context', type(e.__context__).__name__)

def nested_finally():
    try:
        try:
            yield 'inner'
        finally:
            log.append('inner finally')
    finally:
        log.append('outer finally')
log.clear()
g = nested_finally()
next(g)
g.close()
print(log)

class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        log.append('enter ' + self.name)
        return self
    def __exit__(self, t, v, tb):
        log.append('exit %s %s' % (self.name, t.__name__ if t else None))
        return False

def uses_with():
    with Resource('r1'):
        with Resource('r2'):
            yield 'inside'
log.clear()
g = uses_with()
next(g)
g.close()
print(log)

def yield_in_finally():
    try:
        yield 1
    finally:
        yield 'from finally'
g = yield_in_finally()
next(g)
try:
    g.close()
except RuntimeError as e:
    print('RuntimeError', e)

def base_exit():
    try:
        yield
    except BaseException as e:
        print('caught', type(e).__name__, isinstance(e, Exception))
        raise
g = base_exit()
next(g)
g.close()
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
print('gi_frame after close', g.gi_frame)
