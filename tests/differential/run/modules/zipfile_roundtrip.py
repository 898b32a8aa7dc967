# zipfile over zlib (ZIP_DEFLATED and ZIP_STORED) in memory and in a temporary directory:
# writestr with fixed dates, levels, streaming open() for writing and reading, CRC checks,
# appending, testzip, and the errors for a corrupt member.
import io
import os
import tempfile
import zipfile
import zlib

text = b"".join(b"zip entry line %d, words words words\n" % i for i in range(4000))


def info(name, method=zipfile.ZIP_DEFLATED):
    zi = zipfile.ZipInfo(name, date_time=(2020, 1, 2, 3, 4, 6))
    zi.compress_type = method
    return zi


buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as zf:
    zf.writestr(info("deflated.txt"), text)
    zf.writestr(info("stored.txt", zipfile.ZIP_STORED), text[:500])
    zf.writestr(info("empty.txt"), b"")
    zf.writestr(info("dir/nested.bin"), bytes(range(256)) * 50)
    for level in [1, 9]:
        zf.writestr(info("level%d.txt" % level), text, compresslevel=level)
data = buf.getvalue()
print(len(data), zlib.crc32(data))
with zipfile.ZipFile(io.BytesIO(data)) as zf:
    for zi in zf.infolist():
        print(zi.filename, zi.compress_type, zi.file_size, zi.compress_size, hex(zi.CRC), zi.date_time)
    print(zf.read("deflated.txt") == text, zf.read("stored.txt") == text[:500], zf.read("empty.txt"))
    print(zf.read("dir/nested.bin")[:8], zf.testzip())
    with zf.open("level9.txt") as f:
        print(f.read(12), f.readline(), len(f.read()))
    with zf.open("deflated.txt") as f:
        f.seek(70000)
        print(f.read(30), f.tell())

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "archive.zip")
    src = os.path.join(d, "source.txt")
    with open(src, "wb") as f:
        f.write(text * 3)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        zf.write(src, "source.txt")
        with zf.open(info("streamed.txt"), "w") as w:
            for i in range(0, len(text), 1000):
                w.write(text[i:i + 1000])
    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr(info("appended.txt"), b"appended" * 100)
    with zipfile.ZipFile(path) as zf:
        print(zf.namelist(), zf.testzip())
        print(zf.read("source.txt") == text * 3, zf.read("streamed.txt") == text, zf.read("appended.txt")[:16])
        out = os.path.join(d, "out")
        zf.extractall(out)
    print(sorted(os.listdir(out)), os.path.getsize(os.path.join(out, "streamed.txt")))

# A damaged member: the CRC or the deflate stream no longer match.
raw = bytearray(data)
start = raw.find(b"deflated.txt") + len("deflated.txt") + 200
raw[start:start + 4] = b"\xff\xff\xff\xff"
with zipfile.ZipFile(io.BytesIO(bytes(raw))) as zf:
    try:
        zf.read("deflated.txt")
    except Exception as e:
        print(type(e).__name__, e)
    try:
        print(zf.testzip())
    except zlib.error as e:
        print("testzip", e)
raw = bytearray(data)
pos = raw.find(b"stored.txt") + len("stored.txt") + 10
raw[pos] ^= 0xFF
with zipfile.ZipFile(io.BytesIO(bytes(raw))) as zf:
    try:
        zf.read("stored.txt")
    except Exception as e:
        print(type(e).__name__, e)
