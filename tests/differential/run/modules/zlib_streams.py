# zlib.Compress and zlib.Decompress: pieces in, flush modes, copies, max_length with
# unconsumed_tail, unused_data after the end, eof, flush(length), reuse after the end, errors.
import copy
import zlib


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "->", repr(r)[:120])


data = b"".join(b"line %d of some text that repeats a little\n" % i for i in range(3000))

# Compressing in pieces gives the same bytes as compress() for the same settings.
for level in [0, 1, 6, 9]:
    for chunk in [1, 7, 4096, 100000]:
        c = zlib.compressobj(level)
        out = b"".join(c.compress(data[i:i + chunk]) for i in range(0, len(data), chunk)) + c.flush()
        print(level, chunk, len(out), zlib.crc32(out), out == zlib.compress(data, level))

# Every parameter of compressobj.
for strategy in [zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED]:
    for mem in [1, 8, 9]:
        for wbits in [9, 15, -12, 31]:
            c = zlib.compressobj(6, zlib.DEFLATED, wbits, mem, strategy)
            out = c.compress(data[:20000]) + c.flush()
            print("strategy", strategy, mem, wbits, len(out), zlib.crc32(out), zlib.decompress(out, wbits) == data[:20000])

# Flush modes in the middle of a stream.
c = zlib.compressobj()
parts = [c.compress(b"first part "), c.flush(zlib.Z_SYNC_FLUSH), c.compress(b"second part "),
         c.flush(zlib.Z_FULL_FLUSH), c.compress(b"third "), c.flush(zlib.Z_PARTIAL_FLUSH),
         c.compress(b"fourth "), c.flush(zlib.Z_BLOCK), c.flush(zlib.Z_NO_FLUSH), c.flush(zlib.Z_FINISH)]
print(parts)
print(zlib.decompress(b"".join(parts)))
t("compress after finish", lambda: c.compress(b"more"))
t("flush after finish", lambda: c.flush())
t("sync after finish", lambda: c.flush(zlib.Z_SYNC_FLUSH))
t("copy after finish", lambda: c.copy())
t("no-flush after finish", lambda: c.flush(zlib.Z_NO_FLUSH))
c = zlib.compressobj()
t("flush 7", lambda: c.flush(7))
t("flush -1", lambda: c.flush(-1))
t("flush Z_TREES", lambda: c.flush(zlib.Z_TREES))
t("flush str", lambda: c.flush("a"))
t("flush 2 args", lambda: c.flush(1, 2))
t("flush kw", lambda: c.flush(mode=1))
t("compress()", lambda: c.compress())
t("compress str", lambda: c.compress("x"))
t("compress 2 args", lambda: c.compress(b"x", b"y"))
t("compress kw", lambda: c.compress(data=b"x"))

# Copies continue independently.
c = zlib.compressobj(9)
head = c.compress(data[:50000])
c2 = c.copy()
c3 = copy.copy(c)
c4 = copy.deepcopy(c)
tails = [x.compress(data[50000:]) + x.flush() for x in (c, c2, c3, c4)]
print(len(set(tails)), zlib.decompress(head + tails[1]) == data, type(c2).__name__)
t("copy arg", lambda: c2.copy(1))
t("__copy__ arg", lambda: c2.__copy__(1))
t("__deepcopy__()", lambda: c2.__deepcopy__())
t("__deepcopy__ 2", lambda: c2.__deepcopy__(1, 2))
d = zlib.decompressobj()
d.decompress(zlib.compress(b"abc")[:4])
d2 = d.copy()
print(d.decompress(zlib.compress(b"abc")[4:]), d2.decompress(zlib.compress(b"abc")[4:]), copy.copy(d).eof, copy.deepcopy(d, {}).eof)

# Decompressing in pieces.
comp = zlib.compress(data)
for chunk in [1, 3, 1000, len(comp)]:
    d = zlib.decompressobj()
    out = b"".join(d.decompress(comp[i:i + chunk]) for i in range(0, len(comp), chunk)) + d.flush()
    print("pieces", chunk, out == data, d.eof, d.unused_data, d.unconsumed_tail)

# max_length: output limited, the rest of the input kept in unconsumed_tail.
d = zlib.decompressobj()
pieces = []
chunk = d.decompress(comp, 1000)
rounds = 0
while chunk:
    pieces.append(chunk)
    rounds += 1
    if rounds < 4:
        print("tail", len(chunk), len(d.unconsumed_tail), d.eof)
    chunk = d.decompress(d.unconsumed_tail, 1000)
print(rounds, len(b"".join(pieces)), b"".join(pieces) == data, d.eof, d.unconsumed_tail, d.unused_data)
d = zlib.decompressobj()
first = d.decompress(comp, 10)
rest = d.flush()
print(len(first), len(d.unconsumed_tail), first + rest == data, d.eof, d.unconsumed_tail)
d = zlib.decompressobj()
print(d.decompress(zlib.compress(b"x" * 100), 1), len(d.unconsumed_tail), d.flush(1)[:5], d.eof)

# Data after the end of the stream.
d = zlib.decompressobj()
print(d.decompress(zlib.compress(b"payload") + b"extra"), d.eof, d.unused_data, d.unconsumed_tail)
print(d.decompress(b"more"), d.unused_data, d.eof)
print(d.flush(), d.unused_data)
t("after flush", lambda: d.decompress(b"z"))
print(d.flush(), d.eof)
d = zlib.decompressobj()
print(d.decompress(zlib.compress(b"limited") + b"junk", 3), d.unused_data, d.unconsumed_tail, d.eof)
print(d.decompress(d.unconsumed_tail), d.unused_data, d.unconsumed_tail, d.eof)
d = zlib.decompressobj()
cc = zlib.compress(b"split end")
print(d.decompress(cc[:-2]), d.eof, d.decompress(cc[-2:] + b"after"), d.eof, d.unused_data)

# Errors from a decompressor.
d = zlib.decompressobj()
t("bad header", lambda: d.decompress(b"not zlib data"))
d = zlib.decompressobj()
t("max_length -1", lambda: d.decompress(b"", -1))
t("max_length kw -1", lambda: d.decompress(b"", max_length=-1))
t("max_length big", lambda: d.decompress(b"", 2 ** 70))
t("max_length float", lambda: d.decompress(b"", 1.5))
t("decompress()", lambda: d.decompress())
t("decompress 3", lambda: d.decompress(b"", 1, 2))
t("flush 0", lambda: d.flush(0))
t("flush -3", lambda: d.flush(-3))
t("flush kw", lambda: d.flush(length=5))
t("flush 2", lambda: d.flush(1, 2))
t("truncated flush", lambda: (d.decompress(comp[:100]), d.flush())[1][:20])
d = zlib.decompressobj()
t("corrupt", lambda: d.decompress(comp[:50] + bytes(50)))
print(zlib.decompressobj().flush(), zlib.decompressobj().eof)

# Types and attributes.
c, d = zlib.compressobj(), zlib.decompressobj()
print(type(c), type(d), type(c).__module__, type(d).__qualname__)
t("new Compress", lambda: type(c)())
t("new Decompress", lambda: type(d)())
t("set eof", lambda: setattr(d, "eof", True))
t("set unused_data", lambda: setattr(d, "unused_data", b""))
t("set tail", lambda: setattr(d, "unconsumed_tail", b""))
print(sorted(n for n in dir(c) if not n.startswith("__")), sorted(n for n in dir(d) if not n.startswith("__")))

# compressobj/decompressobj arguments.
t("method 7", lambda: zlib.compressobj(method=7))
t("memLevel 0", lambda: zlib.compressobj(memLevel=0))
t("memLevel 10", lambda: zlib.compressobj(memLevel=10))
t("strategy 5", lambda: zlib.compressobj(strategy=5))
t("level 11", lambda: zlib.compressobj(level=11))
t("wbits 8", lambda: type(zlib.compressobj(wbits=8)).__name__)
t("wbits 16", lambda: zlib.compressobj(wbits=16))
t("level big", lambda: zlib.compressobj(2 ** 31))
t("7 args", lambda: zlib.compressobj(1, 2, 3, 4, 5, 6, 7))
t("bad kw", lambda: zlib.compressobj(foo=1))
t("zdict str", lambda: zlib.compressobj(zdict="abc"))
t("zdict None", lambda: zlib.compressobj(zdict=None))
t("zdict strided", lambda: zlib.compressobj(zdict=memoryview(b"abcd")[::2]))
t("d zdict str", lambda: zlib.decompressobj(zdict="abc"))
t("d zdict None", lambda: zlib.decompressobj(zdict=None))
t("d wbits 3", lambda: zlib.decompressobj(wbits=3))
t("d 3 args", lambda: zlib.decompressobj(1, 2, 3))
t("d bad kw", lambda: zlib.decompressobj(level=1))
t("d raw zdict strided", lambda: zlib.decompressobj(-15, zdict=memoryview(b"abcd")[::2]))
print(type(zlib.decompressobj(zdict=memoryview(b"abcd")[::2])).__name__)
