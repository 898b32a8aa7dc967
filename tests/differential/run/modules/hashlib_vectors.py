import _md5, _sha1, _sha256, _sha512, _sha3, _blake2
cons = [_md5.md5, _sha1.sha1, _sha256.sha224, _sha256.sha256, _sha512.sha384, _sha512.sha512,
        _sha3.sha3_224, _sha3.sha3_256, _sha3.sha3_384, _sha3.sha3_512, _blake2.blake2b, _blake2.blake2s]
data = bytes(range(256)) * 5
for c in cons:
    for n in (0, 1, 3, 55, 56, 63, 64, 65, 111, 112, 127, 128, 129, 135, 136, 137, 200, 1000, 1280):
        print(c.__name__, n, c(data[:n]).hexdigest())
    h = c()
    for i in range(0, 1280, 7):
        h.update(data[i:i+7])
    print('inc', h.hexdigest() == c(data).hexdigest())
for s in (_sha3.shake_128, _sha3.shake_256):
    for n in (0, 1, 167, 168, 169, 500):
        print(s.__name__, n, s(data[:n]).hexdigest(20), s(data[:n]).hexdigest(400)[-40:])
for C in (_blake2.blake2b, _blake2.blake2s):
    print(C(b'abc', key=b'k'*10).hexdigest())
    print(C(b'', key=b'k'*C.MAX_KEY_SIZE).hexdigest())
    print(C(data, key=b'key', salt=b'salt', person=b'me', digest_size=17, fanout=3, depth=7, leaf_size=12345, node_offset=987654, node_depth=3, inner_size=9, last_node=True).hexdigest())
    print(C(data[:C().block_size], key=b"x").hexdigest(), C(data[:C().block_size*2]).hexdigest())
# A few MB fed in uneven chunks equals the one-shot digest; copies diverge independently.
big = bytes((i * 7 + (i >> 8)) & 0xff for i in range(3 * 1024 * 1024 + 17))
for c in cons + [_sha3.shake_128, _sha3.shake_256]:
    h = c()
    i = 0
    step = 1
    while i < len(big):
        h.update(big[i:i + step])
        i += step
        step = step * 3 + 1 if step < 200000 else 1
    one = c(big)
    a = h.copy()
    a.update(b'tail')
    if c in (_sha3.shake_128, _sha3.shake_256):
        print(c.__name__, h.hexdigest(32) == one.hexdigest(32), h.hexdigest(16), a.hexdigest(16))
    else:
        print(c.__name__, h.hexdigest() == one.hexdigest(), h.hexdigest()[:32], a.hexdigest()[:32], h.digest() == one.digest())
import hashlib, hmac
print(hashlib.md5(b'abc').hexdigest(), hashlib.new('sha256', b'abc').hexdigest(), hashlib.new('blake2s', b'abc', digest_size=8).hexdigest())
print(hashlib.sha3_256(b'abc').hexdigest(), hashlib.shake_256(b'abc').hexdigest(10))
print(sorted(hashlib.algorithms_guaranteed))
print(hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', 'md5').hexdigest())
print(hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', hashlib.sha256).hexdigest())
print(hmac.digest(b'k' * 200, b'msg', 'sha512').hex())
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest('abc', 'abd'))
