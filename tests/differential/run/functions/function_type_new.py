# type(f)(code, globals, name=None, argdefs=None, closure=None): FunctionType's constructor.
def attempt(label, fn):
    try:
        r = fn()
        print(label, '->', r)
    except Exception as e:
        print(label, '->', type(e).__name__, e)

FunctionType = type(attempt)
print(FunctionType.__name__, FunctionType.__module__, FunctionType.__qualname__)

def src(a, b=2):
    "source doc"
    return a + b

g = {'__name__': 'fake_module'}
f = FunctionType(src.__code__, g)
print(f.__name__, f.__qualname__, f.__module__, f.__doc__, f.__defaults__)
print(f.__globals__ is g, f.__closure__, f.__kwdefaults__, f.__annotations__)
attempt('call without defaults', lambda: f(1))
print(f(1, 5))
f2 = FunctionType(src.__code__, {}, 'renamed', (40,))
print(f2.__name__, f2.__qualname__, f2.__module__, f2(2))
print(FunctionType(code=src.__code__, globals={}, name='kw', argdefs=(1, 2))())

# name/argdefs/closure may be None explicitly
f3 = FunctionType(src.__code__, {}, None, None, None)
print(f3.__name__, f3.__defaults__)

# argument checks, in CPython's order
attempt('no args', lambda: FunctionType())
attempt('one arg', lambda: FunctionType(src.__code__))
attempt('code not code', lambda: FunctionType(1, {}))
attempt('code is a function', lambda: FunctionType(src, {}))
attempt('globals list', lambda: FunctionType(src.__code__, []))
attempt('globals None', lambda: FunctionType(src.__code__, None))
attempt('name int', lambda: FunctionType(src.__code__, {}, 5))
attempt('name bytes', lambda: FunctionType(src.__code__, {}, b'n'))
attempt('argdefs list', lambda: FunctionType(src.__code__, {}, 'x', [1]))
attempt('closure for no freevars', lambda: FunctionType(src.__code__, {}, 'x', None, ()).__closure__)
attempt('too many', lambda: FunctionType(src.__code__, {}, None, None, None, 1))
attempt('bad keyword', lambda: FunctionType(src.__code__, {}, kwdefaults={}))
attempt('dup keyword', lambda: FunctionType(src.__code__, {}, code=src.__code__))
attempt('both bad', lambda: FunctionType(1, 2))

# closures
def outer():
    v = 'captured'
    w = 'other'
    def inner():
        return v, w
    return inner
inner = outer()
print(inner.__code__.co_freevars)
attempt('closure missing', lambda: FunctionType(inner.__code__, {}))
attempt('closure list', lambda: FunctionType(inner.__code__, {}, None, None, [1, 2]))
attempt('closure short', lambda: FunctionType(inner.__code__, {}, None, None, inner.__closure__[:1]))
attempt('closure non-cell', lambda: FunctionType(inner.__code__, {}, None, None, (inner.__closure__[0], 3)))
attempt('closure extra', lambda: FunctionType(src.__code__, {}, None, None, inner.__closure__))
attempt('closure bad type no frees', lambda: FunctionType(src.__code__, {}, None, None, 7))
clone = FunctionType(inner.__code__, {}, 'clone', None, inner.__closure__)
print(clone(), clone.__closure__ is inner.__closure__)
CellType = type(inner.__closure__[0])
made = FunctionType(inner.__code__, {}, None, None, (CellType('X'), CellType('Y')))
print(made())
empty = FunctionType(inner.__code__, {}, None, None, (CellType(), CellType('Y')))
attempt('empty cell', empty)

# globals decide name lookups; __builtins__ comes from globals or the caller
def reads_global():
    return some_global
fg = FunctionType(reads_global.__code__, {'some_global': 'from new globals'})
print(fg())
attempt('missing global', FunctionType(reads_global.__code__, {}))
def uses_len():
    return len('abc')
custom = FunctionType(uses_len.__code__, {'__builtins__': {'len': lambda s: 'fake len'}})
print(custom(), custom.__builtins__ == {'len': custom.__builtins__['len']})
plain = FunctionType(uses_len.__code__, {})
print(plain(), plain.__builtins__ is uses_len.__builtins__)
nob = FunctionType(uses_len.__code__, {'__builtins__': {}})
attempt('no builtins', nob)

# the docstring comes from the code's first constant
def nodoc():
    return 1
print(FunctionType(nodoc.__code__, {}).__doc__)
print(FunctionType(src.__code__, {}).__doc__)

# generator code gives a generator function
def gen(n):
    yield from range(n)
print(list(FunctionType(gen.__code__, {'range': range})(3)))

# a code object from compile()
code = compile('result = 6 * 7', 'snippet', 'exec')
ns = {}
FunctionType(code, ns)()
print(ns['result'], sorted(k for k in ns if k != '__builtins__'))

# subclassing is refused
try:
    class Sub(FunctionType):
        pass
except TypeError as e:
    print(type(e).__name__, e)
