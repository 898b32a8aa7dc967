# compile(), exec() and eval() with bytes and str sources: decoding, BOM,
# coding declarations, invalid UTF-8, null bytes, surrogates, leading blanks.
def show(label, fn):
    try:
        r = fn()
        print(label, 'ok', repr(r) if not hasattr(r, 'co_name') else 'code ' + r.co_name)
    except Exception as e:
        print(label, type(e).__name__, e, getattr(e, 'lineno', None), getattr(e, 'offset', None))


sources = [
    b'\x00',
    b'1 +\x00 1',
    b'1 + 1',
    b'\xef\xbb\xbf1 + 2',
    b'# -*- coding: latin-1 -*-\n"\xe9"',
    b'# coding: utf-8\n"\xc3\xa9"',
    b'"\xc3\xa9"',
    b'\xff',
    b'"ok" # \xff in a comment',
    b'# coding: bogus-codec\n1',
    b'\xef\xbb\xbf# coding: latin-1\n1',
    b'  \t 3 * 3',
]
for i, src in enumerate(sources):
    show('eval %d' % i, lambda: eval(src))
    show('exec %d' % i, lambda: exec(src))
    show('compile %d' % i, lambda: compile(src, 'name', 'exec'))

for src in ('\ud800', 'x = "\udcff"', '"a" + "\ud83d"', 'ok = 1', '  \t 4'):
    show('str eval', lambda: eval(src))
    show('str exec', lambda: exec(src, {}))
    show('str compile', lambda: compile(src, 'name', 'eval'))

try:
    compile('\ud800\udfff', 'n', 'exec')
except UnicodeEncodeError as e:
    print(e.encoding, e.start, e.end, e.reason, repr(e.object))

show('exec leading', lambda: exec('  x = 1'))
show('compile leading', lambda: compile(' 1', 'n', 'eval'))
show('bytearray', lambda: eval(bytearray(b'1')))
show('memoryview', lambda: eval(memoryview(b'1')))
show('int', lambda: compile(1, 'n', 'exec'))
show('eval int', lambda: eval(1))
