# bytes.hex / bytearray.hex / memoryview.hex with separators and group sizes; bytes.fromhex and its errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)


data = bytes(range(0, 256, 37))
for sep, n in [(None, None), (':', None), ('-', 1), (' ', 2), ('_', 3), ('.', -2), (b'|', 4), (':', 100), (':', -100)]:
    if sep is None:
        show('hex()', lambda: data.hex())
    elif n is None:
        show(f'hex({sep!r})', lambda: data.hex(sep))
    else:
        show(f'hex({sep!r}, {n})', lambda: (data.hex(sep, n), bytearray(data).hex(sep, n), memoryview(data).hex(sep, n)))
show('b"".hex(":")', lambda: b''.hex(':'))
show('b"\\x01".hex(":", 2)', lambda: b'\x01'.hex(':', 2))
show('b"ab".hex("")', lambda: b'ab'.hex(''))
show('b"ab".hex("::")', lambda: b'ab'.hex('::'))
show('b"ab".hex("é")', lambda: b'ab'.hex('é'))
show('b"ab".hex(1)', lambda: b'ab'.hex(1))
show('b"ab".hex(":", "2")', lambda: b'ab'.hex(':', '2'))
show('b"ab".hex(sep=":", bytes_per_sep=1)', lambda: b'ab'.hex(sep=':', bytes_per_sep=1))
for s in ['', '00', 'ff', 'FF', '0a 0b', ' 01  02 ', '0', '0g', 'abc', '1 2', 'a b', '\t01\n02', '01\x0b02', 'é', '0x01', 'zz']:
    show(f'bytes.fromhex({s!r})', lambda: bytes.fromhex(s))
show('bytearray.fromhex("de ad")', lambda: bytearray.fromhex('de ad'))
show('bytes.fromhex(b"00")', lambda: bytes.fromhex(b'00'))


class B(bytes):
    pass


r = B.fromhex('4142')
print(repr(r), type(r).__name__)
for b in [b'\x00\xff', bytes(range(16)), b'hello']:
    assert bytes.fromhex(b.hex()) == b
    assert bytes.fromhex(b.hex(' ')) == b
print('round trips hold')
