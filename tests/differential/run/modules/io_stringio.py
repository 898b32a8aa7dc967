import _io
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
s = _io.StringIO('héllo\nworld\n')
print(s.read(3), s.tell(), repr(s.readline()), repr(s.read()), repr(s.read()), s.tell())
print(s.seek(0), s.readlines(), s.seek(2), s.write('XY'), repr(s.getvalue()), s.tell())
print(s.seek(20), s.write('!'), repr(s.getvalue()))
print(s.truncate(4), repr(s.getvalue()), s.tell(), s.seek(0, 2), s.seek(0, 1))
show(s.seek, 1, 1); show(s.seek, -1); show(s.seek, 0, 3); show(s.truncate, -1); show(s.write, b'x'); show(s.read, 'x')
print(s.readable(), s.writable(), s.seekable(), s.line_buffering, s.newlines, s.closed, s.isatty())
s.seek(0); print(list(s))
s.close(); print(s.closed)
for m in ('read', 'getvalue', 'tell', 'readline', 'readable', 'truncate'):
    show(getattr(s, m))
show(s.write, 'x'); show(s.seek, 0); show(next, s)
for nl in (None, '', '\n', '\r', '\r\n'):
    s = _io.StringIO('a\nb\r\nc\rd', newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.newlines)
    s.write('\n-\r\n'); print(repr(s.getvalue()))
show(_io.StringIO, 5)
show(_io.StringIO, '', 5)
show(_io.StringIO, '', 'x')
print(_io.StringIO(initial_value='kw', newline=None).read())
show(lambda: _io.StringIO('', '\n', 1))
class S(_io.StringIO):
    pass
x = S('abc'); x.attr = 1; print(x.read(), x.attr, type(x).__name__, x.__dict__)
print(_io.StringIO('a\nb').readlines(1), _io.StringIO('ab').__getstate__())
s = _io.StringIO(); print(s.write('abc'), s.write(''), s.getvalue(), s.tell())
s = _io.StringIO('line1\nline2'); print(s.readline(2), s.readline(-1), s.readline(None) if False else '', s.readline())
with _io.StringIO('ctx') as c: print(c.read())
print(c.closed)
