import sys

print(sys.excepthook is sys.__excepthook__)

def my_hook(t, v, tb):
    print('my_hook', t.__name__, v, type(tb).__name__, file=sys.stderr)
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print('frames', names, file=sys.stderr)

sys.excepthook = my_hook
try:
    raise ValueError('caught normally')
except ValueError as e:
    sys.excepthook(type(e), e, e.__traceback__)

# the default hook with arguments that are not an exception instance
sys.__excepthook__(ValueError, 'not an instance', None)
sys.__excepthook__(TypeError, None, None)
try:
    sys.__excepthook__(1, 2)
except TypeError as e:
    print('TypeError', e)

# str() of the exception failing
class BadStr(Exception):
    def __str__(self):
        raise RuntimeError('no str')
sys.__excepthook__(BadStr, BadStr(), None)

# empty messages and module-qualified names
class Plain(Exception):
    pass
class Qualified(Exception):
    pass
Qualified.__module__ = 'package.module'
class Outer:
    class InnerError(Exception):
        pass
for exc in [Plain(), Plain(''), Plain('msg'), Qualified('q'), Outer.InnerError('nested'), KeyError(''), KeyError(), Exception(1, 2)]:
    sys.__excepthook__(type(exc), exc, None)

class NoModule(Exception):
    pass
NoModule.__module__ = None
sys.__excepthook__(NoModule, NoModule('x'), None)

def failing():
    raise LookupError('uncaught, reported by my_hook')
print('done')
failing()
