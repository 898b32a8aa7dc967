# exec/eval/compile with globals and locals mappings, including custom mappings.
g = {'x': 1}
exec('y = x + 1', g)
print(g['y'], '__builtins__' in g)
l = {}
exec('z = x * 10', g, l)
print(l, 'z' in g)
print(eval('x + y', g), eval('x + q', g, {'q': 100}))
print(eval('1 + 2'), eval(' 3 * 3 '), eval('\n4\n'))
code = compile('a + b', '<expr>', 'eval')
print(eval(code, {'a': 1, 'b': 2}), code.co_filename, code.co_name)
code = compile('r = 1\nr += 1', '<stmts>', 'exec')
ns = {}
print(exec(code, ns), ns['r'])
single = compile('5', '<single>', 'single')
exec(single, {})

class Logging(dict):
    def __getitem__(self, k):
        print('getitem', k)
        return dict.__getitem__(self, k)
    def __setitem__(self, k, v):
        print('setitem', k, v)
        dict.__setitem__(self, k, v)
loc = Logging(base=5)
exec('w = base + 1', {}, loc)
print(dict(loc))

class Mapping:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        if k == 'magic':
            return 42
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
print(eval('magic + 1', {}, Mapping()))
mm = Mapping()
exec('val = magic * 2', {}, mm)
print(mm.d)
try:
    eval('missing', {}, Mapping())
except NameError as e:
    print('NameError', e)
class Missing(dict):
    def __missing__(self, k):
        return 'missing:' + k
print(eval('anything', {}, Missing()))
try:
    eval('anything', Missing())
except NameError as e:
    print('globals __missing__ not used: NameError', e)

for bad in [("eval('1', [])", TypeError), ("eval('1', {}, 5)", TypeError), ("exec('1', None, [])", TypeError), ("eval(5)", TypeError), ("compile('1', 'f', 'bad')", ValueError), ("eval('x +')", SyntaxError), ("exec('return 1')", SyntaxError)]:
    try:
        eval(bad[0])
    except bad[1] as e:
        print(bad[0], type(e).__name__, e.msg if isinstance(e, SyntaxError) else e)

def func_locals():
    a = 1
    exec('a = 2; b = 3')
    return a
print(func_locals())
print(eval('[k for k in range(3)]', {}), eval('(lambda: x)()', {'x': 'from globals'}))
ns = {}
exec('def f():\n    return gv\ngv = "global of exec"', ns)
print(ns['f'](), sorted(k for k in ns if k != '__builtins__'))
exec('import sys as s', ns)
print(ns['s'].__name__)
print(eval('__name__', {'__name__': 'custom'}), eval('__name__', {}) if False else 'skip')
print(eval(b'1 + 1'), exec(b'pass'))
try:
    eval('\x00')
except (SyntaxError, ValueError) as e:
    print(type(e).__name__)
