# SystemExit: code with 0, 1 or many args, its str/repr, how it passes handlers, and an uncaught tuple code.
import sys

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for args in [(), (0,), (1,), (None,), ('text',), (0, 1), ('a', 'b', 'c'), ((1, 2),), ([],), (True,), (2**70,)]:
    e = SystemExit(*args)
    print(len(args), repr(e.code), repr(str(e)), repr(e), e.args)

e = SystemExit(1, 2)
e.args = (7,)
show('code keeps after args set', lambda: (e.code, e.args))
e.code = 'changed'
show('code set', lambda: (e.code, e.args, str(e)))
del e.code
show('code deleted', lambda: e.code)
e.__init__(9)
show('init again', lambda: (e.code, e.args))
show('kwargs', lambda: SystemExit(code=3))

# sys.exit builds the same exception
for arg in [None, 0, 5, 'msg', (1, 2)]:
    try:
        sys.exit(arg)
    except SystemExit as x:
        print('sys.exit', repr(arg), '->', repr(x.code), x.args)
try:
    sys.exit()
except SystemExit as x:
    print('sys.exit()', repr(x.code), x.args)
show('sys.exit two', lambda: sys.exit(1, 2))

# SystemExit passes through except Exception and runs finally blocks
def nested():
    try:
        try:
            raise SystemExit(4)
        except Exception:
            print('never')
        finally:
            print('inner finally')
    except BaseException as b:
        print('outer caught', type(b).__name__, b.code)
        return b.code
show('nested', nested)

# raised from a generator, it is not turned into RuntimeError
def gen():
    yield 1
    raise SystemExit('from generator')
try:
    list(gen())
except SystemExit as x:
    print('generator', repr(x.code))

# a subclass keeps the code logic
class MyExit(SystemExit):
    def __init__(self, status):
        super().__init__(status, 'extra')
m = MyExit(3)
show('subclass', lambda: (m.code, m.args, isinstance(m, SystemExit)))
class CodeOverride(SystemExit):
    code = 'class level'
show('class attribute shadowed', lambda: CodeOverride(5).code)

# chained with a cause
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise SystemExit(2) from z
except SystemExit as x:
    print('cause', type(x.__cause__).__name__, x.__suppress_context__, x.code)

print('exiting with a tuple code', flush=True)
raise SystemExit((1, 'two'))
