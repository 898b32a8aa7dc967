import sys

def hook(e):
    sys.__excepthook__(type(e), e, e.__traceback__)

sources = [
    'x = (1 +',
    'def f(:\n    pass',
    'if True:\nprint(1)',
    'a = 1\n  b = 2',
    'x = 1 +* 2',
    'return 5',
    'for x in range(3):\n    pass\nbreak',
    'f(**k, *a)',
    'x := 5',
    "print('unterminated)",
    '1 = x',
    'del f()',
    '  indented = 1',
    'class C:\npass',
    'lambda: (yield)',
]
for src in sources:
    try:
        compile(src, '<snippet>', 'exec')
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset)
        hook(e)

# exec and eval of bad source
for fn, src in [(exec, 'x ='), (eval, '1 +'), (eval, 'x = 1')]:
    try:
        fn(src)
    except SyntaxError as e:
        print(fn.__name__, type(e).__name__, e.msg)
        hook(e)

# a SyntaxError built by hand
e = SyntaxError('hand made', ('file.py', 3, 5, 'some code here\n', 3, 9))
hook(e)
e = SyntaxError('no location')
hook(e)
e = SyntaxError('none filename', (None, 1, 1, 'abc', 1, 2))
hook(e)
e = IndentationError('subclass', ('f.py', 2, 3, '    bad\n', 2, 8))
hook(e)
print('done')
compile('def g(:\n', 'final.py', 'exec')
