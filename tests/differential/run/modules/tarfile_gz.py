# tarfile with gzip compression (w:gz / r:gz / r:* / streaming w|gz and r|gz) in a temporary
# directory: members from memory and from files, extraction, and a truncated archive.
import io
import os
import tarfile
import tempfile

payloads = {
    "a.txt": b"alpha " * 1000,
    "dir/b.bin": bytes(range(256)) * 64,
    "empty": b"",
    "c.txt": b"".join(b"line %d\n" % i for i in range(3000)),
}


def add_all(tf):
    for name, data in payloads.items():
        ti = tarfile.TarInfo(name)
        ti.size = len(data)
        ti.mtime = 1_600_000_000
        ti.mode = 0o644
        tf.addfile(ti, io.BytesIO(data))


with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "archive.tar.gz")
    with tarfile.open(path, "w:gz", compresslevel=9) as tf:
        add_all(tf)
        src = os.path.join(d, "file.txt")
        with open(src, "wb") as f:
            f.write(b"from a file\n" * 50)
        tf.add(src, arcname="file.txt")
    with open(path, "rb") as f:
        print(f.read(3).hex())
    with tarfile.open(path, "r:gz") as tf:
        print(tf.getnames())
        for m in tf.getmembers():
            print(m.name, m.size, m.isfile(), oct(m.mode) if m.name != "file.txt" else "-")
        for name, data in payloads.items():
            print(name, tf.extractfile(name).read() == data)
        print(tf.extractfile("file.txt").read()[:12])
    with tarfile.open(path) as tf:
        out = os.path.join(d, "out")
        tf.extractall(out)
    print(sorted(os.listdir(out)), sorted(os.listdir(os.path.join(out, "dir"))))
    with open(os.path.join(out, "c.txt"), "rb") as f:
        print(f.read() == payloads["c.txt"])

    stream = os.path.join(d, "stream.tgz")
    with open(stream, "wb") as raw:
        with tarfile.open(fileobj=raw, mode="w|gz") as tf:
            add_all(tf)
    with open(stream, "rb") as raw:
        with tarfile.open(fileobj=raw, mode="r|gz") as tf:
            for m in tf:
                data = tf.extractfile(m).read() if m.isfile() else None
                print("stream", m.name, len(data), data == payloads[m.name])

    with open(path, "rb") as f:
        whole = f.read()
    cut = os.path.join(d, "cut.tar.gz")
    with open(cut, "wb") as f:
        f.write(whole[: len(whole) // 2])
    try:
        with tarfile.open(cut, "r:gz") as tf:
            for m in tf.getmembers():
                tf.extractfile(m).read()
    except Exception as e:
        print(type(e).__name__, e)
    notgz = os.path.join(d, "plain.tar.gz")
    with open(notgz, "wb") as f:
        f.write(b"this is not gzip data" * 30)
    try:
        tarfile.open(notgz, "r:gz")
    except Exception as e:
        print(type(e).__name__, e)
