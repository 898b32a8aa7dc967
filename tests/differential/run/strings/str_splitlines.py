# str.splitlines: every line boundary CPython knows, keepends, \r\n as one break, and what bytes.splitlines does differently.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)


breaks = ['\n', '\r', '\r\n', '\x0b', '\x0c', '\x1c', '\x1d', '\x1e', '\x85', '\u2028', '\u2029']
for b in breaks:
    t = 'a' + b + 'b' + b
    print(repr(b), t.splitlines(), t.splitlines(True), len(t.splitlines()))
for t in ['', '\n', '\n\n', 'a', 'a\n', '\na', 'a\r\r\nb', 'a\n\rb', 'x\r\n\r\ny', '\r\n', '\r\r', 'line\u2028sep\u2029para',
          'no break \t here', 'tab\tis\tnot']:
    show(f'{t!r}.splitlines()', lambda: t.splitlines())
    show(f'{t!r}.splitlines(keepends=True)', lambda: t.splitlines(keepends=True))
show('"a\\nb".splitlines(1)', lambda: 'a\nb'.splitlines(1))
show('"a\\nb".splitlines(0)', lambda: 'a\nb'.splitlines(0))
show('"a\\nb".splitlines("x")', lambda: 'a\nb'.splitlines('x'))
show('"a\\nb".splitlines(1.5)', lambda: 'a\nb'.splitlines(1.5))
show('"a\\nb".splitlines(True, 1)', lambda: 'a\nb'.splitlines(True, 1))
show('"a\\nb".splitlines(ends=True)', lambda: 'a\nb'.splitlines(ends=True))
for b in breaks[:8]:
    data = ('a' + b + 'b').encode('latin-1')
    print(repr(data), data.splitlines(), bytearray(data).splitlines(True))
show('"a\\x85b".encode().splitlines()', lambda: 'a\x85b'.encode().splitlines())
show('"\\n".join("a\\nb\\n".splitlines())', lambda: '\n'.join('a\nb\n'.splitlines()))
show('"a\\nb\\n".split("\\n")', lambda: 'a\nb\n'.split('\n'))
