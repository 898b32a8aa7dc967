# SyntaxError's constructor, its fields (print_file_and_line included) and the forms of its str.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

FIELDS = ('msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line')
def fields(e):
    return tuple(getattr(e, k) for k in FIELDS)

for args in [(), ('m',), ('m', ('f.py', 1, 2, 'x = 1')), ('m', ('f.py', 1, 2, 'x = 1', 1, 4)),
             ('m', ['f.py', 1, 2, 'x']), ('m', ('f.py', 1, 2, 'x'), 'extra'), (1, 2), (None, ('f', 1, 2, 't')),
             ('m', (b'bytes.py', 1, 2, 't')), ('m', (5, 1, 2, 't')), ('m', ('f', 'one', 'two', 't')),
             ('m', ('f', 1, 2, None)), ('m', ('', 0, 0, ''))]:
    try:
        e = SyntaxError(*args)
        print(len(args), repr(str(e)), '|', repr(e), '|', fields(e))
    except Exception as err:
        print(len(args), type(err).__name__, err)

for bad in [('m', 1), ('m', 'abcd'), ('m', ()), ('m', ('f', 1, 2)), ('m', ('f', 1, 2, 't', 5)),
            ('m', ('f', 1, 2, 't', 5, 6, 7)), ('m', None), ('m', iter([1, 2, 3, 4]))]:
    label = 'bad ' + repr(bad[1]) if not hasattr(bad[1], '__next__') else 'bad iterator'
    show(label, lambda: (str(SyntaxError(*bad)), fields(SyntaxError(*bad))))
show('keyword', lambda: SyntaxError('m', lineno=3))

# str picks the parts it can: a str filename (only its base name) and an int lineno
for filename, lineno in [('dir/sub/f.py', 3), ('f.py', None), (None, 3), (None, None), (b'f.py', 3),
                         ('f.py', '3'), ('f.py', 3.0), ('', 3), ('/', 3), ('a/', 3), ('f.py', True), ('f.py', -1)]:
    e = SyntaxError('msg')
    e.filename = filename
    e.lineno = lineno
    print(repr(filename), repr(lineno), repr(str(e)))

e = SyntaxError('msg', ('f.py', 1, 2, 't'))
e.msg = 42
print(repr(str(e)), e.args)
e.msg = None
print(repr(str(e)))
e.print_file_and_line = 1
print(e.print_file_and_line, fields(e)[-1])
del e.lineno
print(e.lineno, str(e))
e.end_offset = 'anything'
print(e.end_offset)

# args keep what was passed; fields assigned later do not change args
e = SyntaxError('m', ('f.py', 1, 2, 't', 1, 3))
e.lineno = 10
print(e.args, e.lineno, str(e))
print(e.__reduce__()[1])

for cls in (IndentationError, TabError):
    e = cls('inconsistent', ('t.py', 4, 1, '\tx\n', 4, 2))
    print(cls.__name__, str(e), fields(e))

# a SyntaxError made by the compiler
try:
    compile('x = (1,\n', 'made.py', 'exec')
except SyntaxError as err:
    print(type(err).__name__, str(err), fields(err))
try:
    compile('  y = 2', 'ind.py', 'exec')
except SyntaxError as err:
    print(type(err).__name__, str(err), fields(err))
try:
    compile('if x:\n\tpass\n        pass\n', 'tab.py', 'exec')
except SyntaxError as err:
    print(type(err).__name__, str(err), fields(err))

class MySyntax(SyntaxError):
    def __init__(self, msg):
        super().__init__(msg, ('mine.py', 7, 1, 'line'))
print(str(MySyntax('custom')), fields(MySyntax('custom')))
