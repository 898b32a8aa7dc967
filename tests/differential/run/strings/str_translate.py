# str.maketrans in its three forms, translate with dicts, None deletions, long replacements, lookup errors; bytes.translate.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)


t1 = str.maketrans('abc', 'xyz')
print(sorted(t1.items()))
t2 = str.maketrans('abc', 'xyz', 'd😀')
print(sorted(t2.items()))
t3 = str.maketrans({'a': 'A', 98: 'BB', 'c': None, '😀': 'smile', 'é': 101})
print(sorted(t3.items()))
for s in ['abcd', 'aabbccdd😀', '', 'zzz', 'é😀é']:
    print(repr(s), s.translate(t1), s.translate(t2), s.translate(t3))
print('abc'.translate({97: None, 98: 'xyz', 99: 0x1F600}))
print('abc'.translate({}))
print('abc'.translate([None, 'x'] * 60))
print('hello'.translate(str.maketrans('', '', 'l')))


class Missing(dict):
    def __missing__(self, key):
        return key + 1


class Raising:
    def __getitem__(self, key):
        if key == ord('b'):
            raise LookupError('no b')
        if key == ord('c'):
            raise ValueError('bad c')
        return 'X'


print('abc'.translate(Missing()))
show('"ab".translate(Raising())', lambda: 'ab'.translate(Raising()))
show('"ac".translate(Raising())', lambda: 'ac'.translate(Raising()))
show('"a".translate({97: 1.5})', lambda: 'a'.translate({97: 1.5}))
show('"a".translate({97: -1})', lambda: 'a'.translate({97: -1}))
show('"a".translate({97: 0x110000})', lambda: 'a'.translate({97: 0x110000}))
show('"a".translate({97: b"x"})', lambda: 'a'.translate({97: b'x'}))
show('"a".translate(5)', lambda: 'a'.translate(5))
show('"a".translate()', lambda: 'a'.translate())
show('str.maketrans("ab", "x")', lambda: str.maketrans('ab', 'x'))
show('str.maketrans("ab")', lambda: str.maketrans('ab'))
show('str.maketrans({"ab": "x"})', lambda: str.maketrans({'ab': 'x'}))
show('str.maketrans({1.5: "x"})', lambda: str.maketrans({1.5: 'x'}))
show('str.maketrans({"": "x"})', lambda: str.maketrans({'': 'x'}))
show('str.maketrans(1, "x")', lambda: str.maketrans(1, 'x'))
show('str.maketrans("a", "b", 1)', lambda: str.maketrans('a', 'b', 1))
show('str.maketrans({}, "b")', lambda: str.maketrans({}, 'b'))
show('str.maketrans()', lambda: str.maketrans())
show('"abc".maketrans("a", "b")', lambda: 'abc'.maketrans('a', 'b'))

bt = bytes.maketrans(b'abc', b'ABC')
print(len(bt), bt[97:100], b'abcdef'.translate(bt), b'abcdef'.translate(bt, b'de'), b'abcdef'.translate(None, b'ace'))
print(bytearray(b'hello').translate(None, b'l'), bytearray.maketrans(b'l', b'L')[105:110])
show('bytes.maketrans(b"ab", b"c")', lambda: bytes.maketrans(b'ab', b'c'))
show('bytes.maketrans("a", "b")', lambda: bytes.maketrans('a', 'b'))
show('b"a".translate(b"short")', lambda: b'a'.translate(b'short'))
show('b"a".translate("x" * 256)', lambda: b'a'.translate('x' * 256))
show('b"abc".translate(None, delete=b"a")', lambda: b'abc'.translate(None, delete=b'a'))
