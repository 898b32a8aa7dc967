# zlib one-shot API: compress/decompress with levels and wbits, crc32/adler32 with running values,
# the constants, zlib.error, and the argument errors with CPython's messages.
import zlib


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "->", repr(r)[:120])


samples = [b"", b"a", b"hello world", b"abc" * 1000, bytes(range(256)) * 20,
           bytearray(b"bytearray data" * 10), memoryview(b"memoryview data" * 10)]
for i, data in enumerate(samples):
    for level in [-1, 0, 1, 6, 9]:
        c = zlib.compress(data, level)
        print(i, level, len(c), zlib.crc32(c), zlib.decompress(c) == bytes(data))
    print(i, "adler", zlib.adler32(data), "crc", zlib.crc32(data))

print(zlib.compress(b"hello"), zlib.compress(b"hello", 9), zlib.compress(b"hello", level=0))
print(zlib.compress(b"hello", wbits=9), zlib.compress(b"hello", wbits=-15), zlib.compress(b"hello", 1, 31)[10:])
print(zlib.decompress(zlib.compress(b"hello", wbits=-9), -9), zlib.decompress(zlib.compress(b"hi", wbits=25), 31))
print(zlib.decompress(zlib.compress(b"auto zlib"), 47), zlib.decompress(zlib.compress(b"auto gzip", wbits=31), 32 + 15))
print(zlib.decompress(zlib.compress(b"x" * 100000), bufsize=1) == b"x" * 100000)
print(zlib.decompress(zlib.compress(b"x" * 100), bufsize=0), zlib.decompress(zlib.compress(b"y"), 15, 10 ** 6))
t("data kw", lambda: zlib.decompress(data=zlib.compress(b"kw")))
print(zlib.decompress(zlib.compress(b"hello") + b"trailing garbage"))

# Running checksums: continuing from a value equals checksumming the concatenation.
a, b = b"The quick brown fox ", b"jumps over the lazy dog"
print(zlib.crc32(b, zlib.crc32(a)) == zlib.crc32(a + b), zlib.adler32(b, zlib.adler32(a)) == zlib.adler32(a + b))
print(zlib.crc32(b"abc", 0xffffffff), zlib.crc32(b"abc", -1), zlib.crc32(b"abc", 2 ** 40 + 7), zlib.crc32(b"abc", -2 ** 70))
print(zlib.adler32(b"abc", 0), zlib.adler32(b"abc", 0xffffffff), zlib.adler32(b"", 0xffffffff), zlib.adler32(b"", 5), zlib.crc32(b"", 5))
print(zlib.crc32(b"abc", True), zlib.adler32(bytearray(b"abc")), zlib.crc32(memoryview(b"xabcx")[1:4]))
big = bytes(range(251)) * 400
print(zlib.crc32(big), zlib.adler32(big), zlib.crc32(big[7000:], zlib.crc32(big[:7000])) == zlib.crc32(big))

for name in ["MAX_WBITS", "DEFLATED", "DEF_MEM_LEVEL", "DEF_BUF_SIZE", "Z_NO_COMPRESSION", "Z_BEST_SPEED",
             "Z_BEST_COMPRESSION", "Z_DEFAULT_COMPRESSION", "Z_FILTERED", "Z_HUFFMAN_ONLY", "Z_RLE", "Z_FIXED",
             "Z_DEFAULT_STRATEGY", "Z_NO_FLUSH", "Z_PARTIAL_FLUSH", "Z_SYNC_FLUSH", "Z_FULL_FLUSH", "Z_FINISH",
             "Z_BLOCK", "Z_TREES"]:
    print(name, getattr(zlib, name))
print(zlib.__version__, type(zlib.ZLIB_VERSION), zlib.ZLIB_RUNTIME_VERSION.startswith("1."), zlib.ZLIB_VERSION[0])
print(sorted(n for n in dir(zlib) if not n.startswith("__")))
print(zlib.error, zlib.error.__mro__, zlib.error.__module__, zlib.__name__)

t("no args", lambda: zlib.compress())
t("str", lambda: zlib.compress("abc"))
t("int", lambda: zlib.compress(1))
t("None", lambda: zlib.decompress(None))
t("level 10", lambda: zlib.compress(b"abc", 10))
t("level -2", lambda: zlib.compress(b"abc", -2))
t("level float", lambda: zlib.compress(b"abc", 1.5))
t("level str", lambda: zlib.compress(b"abc", "x"))
t("level big", lambda: zlib.compress(b"abc", 2 ** 40))
t("wbits 8", lambda: zlib.compress(b"abc", wbits=8))
t("wbits 7", lambda: zlib.compress(b"abc", wbits=7))
t("wbits 40", lambda: zlib.compress(b"abc", wbits=40))
t("wbits -8", lambda: zlib.compress(b"abc", wbits=-8))
t("data kw", lambda: zlib.compress(data=b"abc"))
t("4 args", lambda: zlib.compress(b"abc", 1, 15, 3))
t("bad kw", lambda: zlib.compress(b"abc", foo=3))
t("strided", lambda: zlib.compress(memoryview(b"abcdef")[::2]))
m = memoryview(b"abc")
m.release()
t("released", lambda: zlib.compress(m))
t("bad header", lambda: zlib.decompress(b"abc"))
t("empty", lambda: zlib.decompress(b""))
t("one byte", lambda: zlib.decompress(b"x"))
t("truncated", lambda: zlib.decompress(zlib.compress(b"hello")[:-1]))
t("corrupt", lambda: zlib.decompress(zlib.compress(b"hello world")[:5] + b"\xff\xff\xff\xff"))
t("bufsize -1", lambda: zlib.decompress(zlib.compress(b"hello"), bufsize=-1))
t("bufsize big", lambda: zlib.decompress(b"", bufsize=2 ** 70))
t("bufsize float", lambda: zlib.decompress(zlib.compress(b"hello"), 15, 1.0))
t("wbits 0", lambda: zlib.decompress(zlib.compress(b"hello"), wbits=0))
t("wbits 7", lambda: zlib.decompress(zlib.compress(b"hello"), wbits=7))
t("wbits 100", lambda: zlib.decompress(zlib.compress(b"hello"), wbits=100))
t("raw of zlib", lambda: zlib.decompress(zlib.compress(b"hello"), wbits=-15))
t("gzip of zlib", lambda: zlib.decompress(zlib.compress(b"hello"), wbits=31))
t("zlib of gzip", lambda: zlib.decompress(zlib.compress(b"hello", wbits=31)))
t("small window", lambda: zlib.decompress(zlib.compress(bytes(range(256)) * 200), wbits=9))
t("crc32()", lambda: zlib.crc32())
t("crc32 str", lambda: zlib.crc32("a"))
t("crc32 float", lambda: zlib.crc32(b"a", 1.0))
t("crc32 str value", lambda: zlib.crc32(b"abc", "1"))
t("crc32 kw", lambda: zlib.crc32(b"a", value=1))
t("crc32 3 args", lambda: zlib.crc32(b"a", 1, 2))
t("adler32()", lambda: zlib.adler32())
t("adler32 kw", lambda: zlib.adler32(data=b"a"))
t("adler32 strided", lambda: zlib.adler32(memoryview(b"abcdef")[::2]))
