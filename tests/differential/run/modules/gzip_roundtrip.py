# gzip over zlib: compress/decompress in memory (fixed mtime, so the bytes are stable),
# GzipFile reading and writing in a temporary directory, multiple members, levels,
# text mode, seeking, peek/readline, and the errors for bad or truncated data.
import gzip
import io
import os
import tempfile
import zlib

text = b"".join(b"gzip line %d with some repeated words words words\n" % i for i in range(5000))

for level in [0, 1, 6, 9]:
    c = gzip.compress(text, compresslevel=level, mtime=0)
    print(level, len(c), c[:10].hex(), zlib.crc32(c), gzip.decompress(c) == text)
print(gzip.compress(b"", mtime=0).hex(), gzip.decompress(gzip.compress(b"", mtime=0)))
print(gzip.compress(b"small", mtime=123456789).hex())
two = gzip.compress(b"first ", mtime=0) + gzip.compress(b"second", mtime=0)
print(gzip.decompress(two))
print(gzip.decompress(two + b"\0" * 8))

buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="named.txt") as f:
    f.write(text[:1000])
    f.write(memoryview(text[1000:2000]))
    print("written", f.tell())
raw = buf.getvalue()
print(len(raw), raw[:10].hex(), raw[10:20], zlib.crc32(raw))
with gzip.GzipFile(fileobj=io.BytesIO(raw)) as f:
    print(f.read(10), f.peek(5)[:5], f.readline(), f.tell())
    f.seek(1500)
    print(f.read(20), f.tell())
    f.seek(100)
    print(f.read(5), f.name if hasattr(f, "name") else None)
    print(len(f.read()), f.read())

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "data.txt.gz")
    with gzip.open(path, "wb", compresslevel=9) as f:
        for i in range(0, len(text), 4096):
            f.write(text[i:i + 4096])
    with gzip.open(path, "rb") as f:
        back = f.read()
    print(back == text, os.path.getsize(path) < len(text) // 5)
    with gzip.open(path, "ab") as f:
        f.write(b"appended member\n")
    with gzip.open(path) as f:
        lines = f.readlines()
    print(len(lines), lines[0], lines[-1])
    tpath = os.path.join(d, "text.gz")
    with gzip.open(tpath, "wt", encoding="utf-8", newline="") as f:
        f.write("héllo wörld\nsecond line\r\n")
    with gzip.open(tpath, "rt", encoding="utf-8", newline="") as f:
        print(repr(f.read()))
    with open(path, "rb") as f:
        head = f.read(4)
    print(head[:2].hex(), head[2], head[3] & 8 != 0)
    bad = os.path.join(d, "bad.gz")
    with open(bad, "wb") as f:
        f.write(b"not gzip at all")
    try:
        with gzip.open(bad) as f:
            f.read()
    except Exception as e:
        print(type(e).__name__, e)

for label, data in [("truncated", gzip.compress(text, mtime=0)[:-20]),
                    ("bad crc", gzip.compress(b"abc", mtime=0)[:-8] + b"\0\0\0\0" + gzip.compress(b"abc", mtime=0)[-4:]),
                    ("bad magic", b"\x1f\x8c" + bytes(20)),
                    ("bad method", b"\x1f\x8b\x07" + bytes(20)),
                    ("corrupt", gzip.compress(text, mtime=0)[:30] + bytes(40))]:
    try:
        gzip.decompress(data)
    except Exception as e:
        print(label, type(e).__name__, e)
try:
    gzip.GzipFile(fileobj=io.BytesIO(), mode="wb", compresslevel=10)
except Exception as e:
    print(type(e).__name__, e)
