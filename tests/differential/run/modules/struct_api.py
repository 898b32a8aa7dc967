# _struct: Struct objects, pack_into/unpack_from/iter_unpack, the cache, and the error messages.
import _struct as s

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

print(sorted(n for n in dir(s) if not n.startswith('__')))
print(sorted(dir(s.Struct)))
print(s.error.__module__, s.error.__name__, s.error.__mro__[1:])
print(s.Struct.__module__, s.Struct.__name__)

# range errors, native and standard
for f in ['b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'P']:
    for order in ['', '<', '>', '=']:
        if order and f in 'nNP':
            continue
        for v in (2**64, -2**63 - 1, -1, 2**32, 2**31, 2**16, 2**15, 256, 128, -129):
            show(order + f + ' ' + str(v), lambda: s.pack(order + f, v))
for v in (3.0, 'x', None, b'1'):
    show('i ' + repr(v), lambda: s.pack('i', v))
show('c', lambda: s.pack('c', b'ab'))
show('c str', lambda: s.pack('c', 'a'))
show('c int', lambda: s.pack('c', 1))
show('s str', lambda: s.pack('s', 'x'))
show('p int', lambda: s.pack('p', 1))
show('d str', lambda: s.pack('d', 'x'))
show('e str', lambda: s.pack('e', None))

# format errors
for f in ['3x2', 'xz', '4', 'i4', '<n', '>P', '=N', 'iZ', '3 i', '999999999999999999999', '99999999999999999q', '9223372036854775807x', '9223372036854775807xb', '@@i', 'i<']:
    show('calcsize ' + repr(f), lambda: s.calcsize(f))
show('calcsize bytes', lambda: s.calcsize(b'<iq'))
show('calcsize int', lambda: s.calcsize(3))
show('calcsize list', lambda: s.calcsize([1]))
show('calcsize non-ascii', lambda: s.calcsize('ié'))
show('calcsize nul', lambda: s.calcsize('i\0q'))
show('calcsize none', lambda: s.calcsize())

# item counts and arguments
show('pack too many', lambda: s.pack('i', 1, 2))
show('pack too few', lambda: s.pack('2i', 1))
show('pack none', lambda: s.pack())
show('pack kw', lambda: s.pack('i', x=1))
show('unpack size', lambda: s.unpack('i', b'abc'))
show('unpack size 2', lambda: s.unpack('<q', b'abcdefghi'))
show('unpack str', lambda: s.unpack('i', 'abcd'))
show('unpack args', lambda: s.unpack('i'))
show('unpack bytearray', lambda: s.unpack('<i', bytearray(b'\x01\x02\x03\x04')))
show('unpack memoryview', lambda: s.unpack('<h', memoryview(b'xx\x01\x02')[2:]))

# unpack_from
show('unpack_from', lambda: s.unpack_from('<h', b'\x01\x02\x03\x04', 2))
show('unpack_from kw', lambda: s.unpack_from('<h', buffer=b'\x01\x02\x03\x04', offset=1))
show('unpack_from neg', lambda: s.unpack_from('<h', b'\x01\x02\x03\x04', -2))
show('unpack_from short', lambda: s.unpack_from('i', b'abc', 1))
show('unpack_from range', lambda: s.unpack_from('i', b'abc', -5))
show('unpack_from neg short', lambda: s.unpack_from('i', b'abcdef', -3))
show('unpack_from offset str', lambda: s.unpack_from('i', b'abcd', 'x'))
show('unpack_from missing', lambda: s.unpack_from('i'))
show('unpack_from extra', lambda: s.unpack_from('i', b'abcd', 0, 1))
show('unpack_from bad kw', lambda: s.unpack_from('i', b'abcd', off=1))

# pack_into
buf = bytearray(8)
show('pack_into', lambda: (s.pack_into('<hh', buf, 2, 1, -1), bytes(buf)))
show('pack_into neg', lambda: (s.pack_into('<h', buf, -2, 0x4142), bytes(buf)))
show('pack_into memoryview', lambda: (s.pack_into('b', memoryview(buf), 0, 5), bytes(buf)))
show('pack_into bytes', lambda: s.pack_into('i', b'abcd', 0, 1))
show('pack_into str', lambda: s.pack_into('i', 'abcd', 0, 1))
show('pack_into small', lambda: s.pack_into('i', bytearray(3), 0, 1))
show('pack_into at', lambda: s.pack_into('i', bytearray(6), 4, 1))
show('pack_into range', lambda: s.pack_into('i', bytearray(3), -5, 1))
show('pack_into no space', lambda: s.pack_into('i', bytearray(8), -2, 1))
show('pack_into no buffer', lambda: s.pack_into('i'))
show('pack_into no offset', lambda: s.pack_into('i', bytearray(4)))
show('pack_into count', lambda: s.pack_into('i', bytearray(4), 0))
show('pack_into offset str', lambda: s.pack_into('i', bytearray(4), 'x', 1))
show('pack_into none', lambda: s.pack_into())
buf2 = bytearray(b'\xff' * 8)
show('pack_into partial', lambda: s.pack_into('<hhh', buf2, 0, 1, 'x', 3))
print('after partial', bytes(buf2))

# iter_unpack
show('iter_unpack', lambda: list(s.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')))
it = s.iter_unpack('<bb', b'abcdef')
print(type(it).__name__, type(it).__module__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
show('iter next end', lambda: next(it))
show('iter_unpack empty', lambda: list(s.iter_unpack('i', b'')))
show('iter_unpack zero', lambda: s.iter_unpack('', b''))
show('iter_unpack x0', lambda: s.iter_unpack('0i', b'abc'))
show('iter_unpack multiple', lambda: s.iter_unpack('i', b'12345'))
show('iter_unpack str', lambda: s.iter_unpack('i', 'abcd'))
show('iter_unpack args', lambda: s.iter_unpack('i'))
show('unpack_iterator()', lambda: type(it)())
print('iter is iter', iter(it) is it)

# Struct objects
st = s.Struct('<hi')
print(st.format, st.size, st.pack(1, 2), st.unpack(b'\x01\x00\x02\x00\x00\x00'))
print(st.unpack_from(b'xx\x01\x00\x02\x00\x00\x00', 2), st.unpack_from(buffer=b'\x01\x00\x02\x00\x00\x00\x00'[:6]))
print(list(st.iter_unpack(b'\x01\x00\x02\x00\x00\x00' * 2)))
b = bytearray(6)
st.pack_into(b, 0, -1, -2)
print(bytes(b))
show('Struct pack count', lambda: st.pack(1))
show('Struct pack_into none', lambda: st.pack_into())
show('Struct pack_into one', lambda: st.pack_into(b))
show('Struct pack_into count', lambda: st.pack_into(b, 0, 1))
show('Struct unpack none', lambda: st.unpack())
show('Struct unpack_from none', lambda: st.unpack_from())
show('Struct pack kw', lambda: st.pack(1, x=2))
print(s.Struct(b'=q').format, s.Struct(format='3s').size, s.Struct('').size, s.Struct('').pack(), s.Struct('').unpack(b''))
print(s.Struct('i').__sizeof__(), s.Struct('3s4i').__sizeof__(), s.Struct('').__sizeof__(), s.Struct('bhb').__sizeof__())
show('Struct()', lambda: s.Struct())
show('Struct(3)', lambda: s.Struct(3))
show('Struct 2 args', lambda: s.Struct('i', 'j'))
show('Struct bad', lambda: s.Struct('iz'))
show('Struct bytearray', lambda: s.Struct(bytearray(b'i')))
st2 = s.Struct('i')
st2.__init__('>h')
print('reinit', st2.format, st2.size, st2.pack(1))

class Sub(s.Struct):
    def __init__(self, fmt, tag):
        super().__init__(fmt)
        self.tag = tag

sub = Sub('<H', 'x')
print(type(sub).__name__, sub.tag, sub.size, sub.pack(513), isinstance(sub, s.Struct), sub.__dict__)
print(s.pack(Sub('<b', 1).format, 3))

# the module-level cache
s._clearcache()
print(s.calcsize('i'), s.calcsize('i'), s.pack('i', 1) == s.Struct('i').pack(1))
for i in range(150):
    s.calcsize('%dx' % i)
print(s.calcsize('149x'))
show('_clearcache arg', lambda: s._clearcache(1))
try:
    s.pack('h', 99999)
except s.error as e:
    print('caught', type(e).__name__, e.args)
