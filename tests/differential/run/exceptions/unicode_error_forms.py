# Unicode error str forms: one bad character or a range, positions out of range, fields set afterwards.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

# encode: one character shows its escape, sized to the code point
for ch in ['\x00', '\x7f', '\xff', '\u0100', '\uffff', '\U00010000', '\U0010ffff', 'a']:
    print(repr(ch), str(UnicodeEncodeError('enc', 'x' + ch + 'y', 1, 2, 'why')))
# translate: the same escapes
for ch in ['\xe9', '\u20ac', '\U0001f600']:
    print(repr(ch), str(UnicodeTranslateError(ch, 0, 1, 'no map')))
# decode: one byte is \xhh
for b in [b'\x00', b'\x80', b'\xff', b'a']:
    print(repr(b), str(UnicodeDecodeError('dec', b, 0, 1, 'why')))

# ranges and odd positions
for start, end in [(0, 2), (1, 3), (0, 0), (2, 1), (0, 10), (5, 6), (-1, 1), (-5, 2), (3, 3), (0, -1)]:
    e = UnicodeEncodeError('enc', 'abc', start, end, 'r')
    d = UnicodeDecodeError('dec', b'abc', start, end, 'r')
    t = UnicodeTranslateError('abc', start, end, 'r')
    print((start, end), '|', str(e), (e.start, e.end), '|', str(d), (d.start, d.end), '|', str(t))
# empty object
print(str(UnicodeEncodeError('enc', '', 0, 1, 'r')), UnicodeEncodeError('enc', '', 0, 1, 'r').start)
print(str(UnicodeDecodeError('dec', b'', 0, 0, 'r')))

# fields are writable with type checks; str follows them
e = UnicodeEncodeError('ascii', 'h\xe9llo', 1, 2, 'ordinal not in range(128)')
print(str(e))
e.start, e.end = 0, 5
print(str(e))
e.reason = 'changed'
print(str(e), e.args)
show('reason int', lambda: setattr(e, 'reason', 5))
show('start str', lambda: setattr(e, 'start', 'x'))
show('end float', lambda: setattr(e, 'end', 1.0))
show('encoding set', lambda: setattr(e, 'encoding', 'latin-1') or e.encoding)
show('encoding int', lambda: setattr(e, 'encoding', 1))
show('object set', lambda: setattr(e, 'object', 'new object') or str(e))
show('object bytes', lambda: setattr(e, 'object', b'x'))
show('del reason', lambda: delattr(e, 'reason'))
show('del start', lambda: delattr(e, 'start'))
e.start = True
show('start bool', lambda: e.start)
show('end big', lambda: setattr(e, 'end', 2**70))
print('after failed sets', e.start, e.end)

d = UnicodeDecodeError('utf-8', b'\xc3(', 0, 1, 'invalid continuation byte')
print(str(d), d.args)
show('decode object str', lambda: setattr(d, 'object', 'text'))
show('decode object set', lambda: setattr(d, 'object', b'\xe9\xe9') or str(d))
t = UnicodeTranslateError('\u1234x', 0, 1, 'no mapping')
print(t.encoding, t.args, str(t))
show('translate encoding', lambda: t.encoding)

# argument checks, one per field
show('encode reason', lambda: UnicodeEncodeError('a', 'b', 0, 1, b'r'))
show('encode start', lambda: UnicodeEncodeError('a', 'b', 0.0, 1, 'r'))
show('encode end', lambda: UnicodeEncodeError('a', 'b', 0, None, 'r'))
show('encode encoding', lambda: UnicodeEncodeError(b'a', 'b', 0, 1, 'r'))
show('encode too many', lambda: UnicodeEncodeError('a', 'b', 0, 1, 'r', 6))
show('decode memoryview', lambda: UnicodeDecodeError('a', memoryview(b'xy'), 0, 1, 'r').object)
show('decode bytearray str', lambda: str(UnicodeDecodeError('a', bytearray(b'\xff'), 0, 1, 'r')))
show('translate too few', lambda: UnicodeTranslateError('a', 0))
show('translate bytes', lambda: UnicodeTranslateError(b'a', 0, 1, 'r'))
show('start index', lambda: UnicodeEncodeError('a', 'b', True, 1, 'r').start)
show('start big', lambda: UnicodeEncodeError('a', 'b', 2**70, 1, 'r'))

# a bare UnicodeError is a plain exception
u = UnicodeError('plain', 1)
print(str(u), u.args, hasattr(u, 'encoding'))
# the subclasses made without arguments (possible through __new__)
n = UnicodeEncodeError.__new__(UnicodeEncodeError)
print(repr(str(n)), n.args)
show('new encoding', lambda: n.encoding)
raise UnicodeDecodeError('utf-8', b'ab\xffcd', 2, 3, 'invalid start byte')
