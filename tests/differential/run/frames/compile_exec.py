src = 'total = 0\nfor i in range(4):\n    total += i\n'
code = compile(src, 'loop.py', 'exec')
print(type(code).__name__, code.co_filename, code.co_name)
ns = {}
print(exec(code, ns), ns['total'])

ev = compile('1 + 2 * 3', 'expr', 'eval')
print(eval(ev), ev.co_consts)
single = compile('x = 5', 'single', 'single')
ns2 = {}
exec(single, ns2)
print(ns2['x'])

# compile accepts bytes
print(eval(compile(b'40 + 2', 'b', 'eval')))

for args in [('x', 'f', 'bogus'), (5, 'f', 'exec'), ('x', 'f')]:
    try:
        compile(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    eval(compile('x = 1', 'f', 'exec'))
    print('eval of exec code returns None')
except Exception as e:
    print(type(e).__name__, e)

# nested code objects in co_consts
mod = compile('def f(a):\n    return a + 1\nclass K:\n    pass\n', 'nested', 'exec')
inner = [c for c in mod.co_consts if type(c).__name__ == 'code']
print([c.co_name for c in inner], [c.co_filename for c in inner])
print([c.co_firstlineno for c in inner])

# exec in a function does not create locals
def try_exec():
    exec('hidden = 1')
    try:
        return hidden
    except NameError as e:
        return 'NameError ' + str(e)
print(try_exec())

# exec returns None, eval returns the value
print(exec('1 + 1'), eval('1 + 1'))
print(eval('a * b', {'a': 3}, {'b': 4}))
try:
    eval('a', {})
except NameError as e:
    print('NameError', e)
try:
    exec(123)
except TypeError as e:
    print('TypeError', e)

# dont_inherit and flags arguments are accepted
print(eval(compile('7', 'f', 'eval', 0, True)))
# co_consts of simple functions
def simple():
    return 'constant', 3.5, None
print(simple.__code__.co_consts)
def docstring():
    'the doc'
    return 1
print(docstring.__code__.co_consts, docstring.__doc__)
def tuple_const():
    return (1, 2, (3, 4))
print(tuple_const.__code__.co_consts)
