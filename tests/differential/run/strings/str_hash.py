# str and bytes hashes are CPython's SipHash-1-3 (this program's expected output
# was made with PYTHONHASHSEED=0, as every differential program's is).
samples = ['', 'a', 'ab', 'hello world!', 'abcdefgh', 'abcdefghi', 'é', 'ÿ' * 9,
           'Ā', 'ĀĀ', '€uro', '😀', '😀x', 'a😀', '\ud800', '\udfff', 'x\ud800',
           '\ud800\udc00', '\U0010ffff', 'A' * 100, 'ä' * 300, '日本語テキスト']
for s in samples:
    print(ascii(s)[:40], hash(s))

for b in [b'', b'a', b'abc', b'abcdefgh', b'\x00' * 7, b'\xff' * 17, bytes(range(256))]:
    print(b[:10], hash(b), hash(bytearray(b).decode('latin-1')) == hash(b))

print(hash(memoryview(b'abc')) == hash(b'abc'))
# Equal strs built different ways hash the same.
print(hash('ab' + 'cd') == hash('abcd'), hash(''.join(['x', 'y'])) == hash('xy'))
print(hash(chr(0xd800) + chr(0xdc00)) == hash('\ud800\udc00'))
print(hash('\ud800\udc00') == hash('\U00010000'))

# Sets of strs iterate in hash order, as CPython's do.
words = 'the quick brown fox jumps over the lazy dog again and again'.split()
print(list(set(words)))
print(list({'alpha', 'beta', 'gamma', 'delta', 'epsilon'}))
print(sorted(set(words)) == sorted(dict.fromkeys(words)))
print(list(frozenset(['x', 'y', 'z', 'w'])))
s = set()
for i in range(40):
    s.add('k%d' % i)
print(list(s))
for i in range(0, 40, 3):
    s.discard('k%d' % i)
print(list(s))
print(list({b'one', b'two', b'three', b'four'}))
