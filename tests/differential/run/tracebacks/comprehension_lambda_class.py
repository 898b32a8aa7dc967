import sys

def hook(e):
    sys.__excepthook__(type(e), e, e.__traceback__)

def run(fn):
    try:
        fn()
    except Exception as e:
        hook(e)

run(lambda: [1 / x for x in [2, 1, 0]])
run(lambda: {k: v.upper() for k, v in [('a', 'b'), ('c', 3)]})
run(lambda: {int(s) for s in ['1', 'two']})
run(lambda: [[y for y in x] for x in [[1], 5]])

f = lambda x: x.nope
run(lambda: f(1))
compose = lambda f, g: lambda x: f(g(x))
run(lambda: compose(abs, str)(-1))

def make_class():
    class Broken:
        a = 1
        b = a + 'x'
    return Broken
run(make_class)

def nested_class():
    class Outer:
        class Inner:
            value = undefined_name
    return Outer
run(nested_class)

def decorator(fn):
    raise RuntimeError('decorator refuses ' + fn.__name__)
def decorated():
    @decorator
    def victim():
        pass
run(decorated)

class Meta(type):
    def __new__(mcls, name, bases, ns):
        raise TypeError('metaclass refuses ' + name)
def with_meta():
    class X(metaclass=Meta):
        pass
run(with_meta)

def default_arg():
    def g(a=1 / 0):
        pass
run(default_arg)

print('done')
class Final:
    items = [1, 2]
    total = sum(i for i in items) + len(None)
