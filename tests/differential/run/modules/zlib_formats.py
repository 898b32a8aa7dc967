# zlib container formats and dictionaries: zlib (9..15), raw deflate (-9..-15), gzip (25..31),
# automatic detection (40..47), zdict for compressor and decompressor (Z_NEED_DICT), large data,
# and compressors used from several threads.
import threading
import zlib


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "->", repr(r)[:120])


text = b"".join(b"%d: the quick brown fox jumps over the lazy dog\n" % (i * i) for i in range(2000))
for wbits in [9, 12, 15, -9, -15, 25, 31]:
    c = zlib.compress(text, 6, wbits)
    print(wbits, len(c), c[:2].hex() if wbits > 0 else "raw", zlib.decompress(c, wbits) == text)
    if wbits > 0:
        print("  auto", zlib.decompress(c, 32 + 15) == text, zlib.decompress(c, 0 if wbits < 16 else 47) == text)
    d = zlib.decompressobj(wbits)
    print("  obj", d.decompress(c) == text, d.eof)
t("raw as zlib", lambda: zlib.decompress(zlib.compress(text, wbits=-15)))
t("gzip as raw", lambda: zlib.decompress(zlib.compress(text, wbits=31), -15))
t("window too small", lambda: zlib.decompress(zlib.compress(text, wbits=15), 9))
gz = zlib.compress(b"gzip member", wbits=31)
print(gz[:3].hex(), gz[3], gz[8], gz[-8:].hex(), len(gz))
t("bad gzip crc", lambda: zlib.decompress(gz[:-8] + b"\0\0\0\0" + gz[-4:], 31))
t("bad gzip length", lambda: zlib.decompress(gz[:-4] + b"\1\0\0\0", 31))
d = zlib.decompressobj(31)
print(d.decompress(gz + gz), d.eof, d.unused_data == gz)

# Dictionaries.
zdict = b"the quick brown fox jumps over the lazy dog"
c = zlib.compressobj(zdict=zdict)
withdict = c.compress(text) + c.flush()
print(len(withdict), len(zlib.compress(text)), withdict[:6].hex())
t("no dict", lambda: zlib.decompress(withdict))
t("decompressobj no dict", lambda: zlib.decompressobj().decompress(withdict))
print(zlib.decompressobj(zdict=zdict).decompress(withdict) == text)
print(zlib.decompressobj(zdict=bytearray(zdict)).decompress(withdict) == text)
print(zlib.decompressobj(zdict=memoryview(zdict)).decompress(withdict) == text)
t("wrong dict", lambda: zlib.decompressobj(zdict=b"another dictionary").decompress(withdict))
d = zlib.decompressobj(zdict=zdict)
print(d.decompress(withdict[:3]), len(d.decompress(withdict[3:])), d.eof)
c = zlib.compressobj(wbits=-15, zdict=zdict)
raw = c.compress(text[:500]) + c.flush()
print(len(raw), zlib.decompressobj(-15, zdict=zdict).decompress(raw) == text[:500])
t("raw without dict", lambda: zlib.decompressobj(-15).decompress(raw))
t("strided dict", lambda: zlib.decompressobj(zdict=memoryview(zdict)[::2]).decompress(withdict))
c = zlib.compressobj(zdict=b"")
print(c.compress(b"empty dictionary") + c.flush())
t("gzip with dict", lambda: zlib.compressobj(9, zlib.DEFLATED, 31, 9, zlib.Z_DEFAULT_STRATEGY, zdict))

# Large data: tens of megabytes through every interface.
big = bytes(range(256)) * 4096 * 20 + text * 50
comp = zlib.compress(big, 1)
print(len(big), len(comp), zlib.crc32(comp), zlib.decompress(comp) == big)
c = zlib.compressobj(1)
parts = [c.compress(big[i:i + 3_000_000]) for i in range(0, len(big), 3_000_000)]
print(b"".join(parts) + c.flush() == comp)
d = zlib.decompressobj()
out = d.decompress(comp, 5_000_000)
print(len(out), len(d.unconsumed_tail), out == big[:5_000_000])
out += d.decompress(d.unconsumed_tail)
print(len(out), out == big, d.eof)
print(zlib.decompress(zlib.compress(big, 0), bufsize=len(big)) == big, len(zlib.compress(big, 0)))
print(zlib.crc32(big), zlib.adler32(big))
incompressible = bytes((i * 7919 + (i >> 8) * 31) & 0xFF for i in range(200_000))
print(len(zlib.compress(incompressible, 9)), zlib.decompress(zlib.compress(incompressible)) == incompressible)

# Threads: each compressor on its own thread, and one decompressor shared under its own lock.
results = {}


def work(n):
    payload = (b"thread %d " % n) * 200_000
    results[n] = (zlib.compress(payload) == zlib.compress(payload), zlib.decompress(zlib.compress(payload)) == payload)


threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(sorted(results.items()))
shared = zlib.compressobj()
chunks = [b"chunk %d " % i * 1000 for i in range(40)]
outs = []
lock = threading.Lock()


def feed(items):
    for item in items:
        with lock:
            outs.append(shared.compress(item))


threads = [threading.Thread(target=feed, args=(chunks[i::4],)) for i in range(4)]
for th in threads:
    th.start()
for th in threads:
    th.join()
outs.append(shared.flush())
print(len(zlib.decompress(b"".join(outs))) == sum(map(len, chunks)))
