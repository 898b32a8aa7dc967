import _io
D = __file__.rpartition('/')[0] or '.'
NAME = D + '/io_fileio_a.iotmp'
def clean(x):
    return str(x).replace(D + '/', '')
def show(f, *a):
    try:
        r = f(*a)
        print(clean(repr(r)))
    except Exception as e:
        print(type(e).__name__, clean(e))
try:
    f = _io.FileIO(NAME, 'w')
    print(clean(f), f.mode, f.closefd, clean(f.name), f.readable(), f.writable(), f.seekable(), f.isatty())
    print(f.write(b'hello\nworld\n'), f.tell())
    show(f.read)
    show(f.write, 'str')
    print(f.seek(0), f.seek(0, 2), f.seek(-3, 1))
    print(f.truncate(4), f.tell(), f.truncate())
    f.close(); f.close()
    print(f, f.closed)
    for m in (f.read, f.write, f.fileno, f.tell, f.seekable, f.readable, f.isatty, f.readinto):
        show(m, *( [b'x'] if m in (f.write,) else [bytearray(1)] if m == f.readinto else []))
    show(f.seek, 0)
    f = _io.FileIO(NAME, 'r+')
    print(f.mode, f.read(), f.read(), f.seek(0))
    b = bytearray(3); print(f.readinto(b), b)
    m = memoryview(bytearray(10)); print(f.readinto(m), bytes(m))
    f.seek(0); print(f.readall(), f.read(10))
    f.seek(0); print(f.readline(), f.readlines())
    f.seek(0); print(list(f))
    f.close()
    with _io.FileIO(NAME, 'a') as g:
        print(g.mode, g.tell(), g.write(b'XYZ\nabc'))
        show(g.read)
    print(g.closed)
    with _io.FileIO(NAME, 'rb') as g:
        print(g.readall())
        print(g.readlines())
    with _io.FileIO(NAME, 'a+') as g:
        print(g.mode, g.tell(), g.read(), g.seek(0), g.read())
    show(_io.FileIO, NAME, 'x')
    show(_io.FileIO, D + '/no_such_file.iotmp')
    show(_io.FileIO, D + '/.')
    show(_io.FileIO, NAME, 'rw')
    show(_io.FileIO, NAME, 'r++')
    show(_io.FileIO, NAME, 'q')
    show(_io.FileIO, NAME, '')
    show(_io.FileIO, NAME, 'rt')
    show(_io.FileIO, 1.5)
    show(_io.FileIO, -1)
    show(_io.FileIO, NAME, 'r', False)
    show(_io.FileIO, 'a\0b')
    show(_io.FileIO, [])
    show(_io.FileIO, NAME, 5)
    f = _io.FileIO(NAME)
    fd = f.fileno()
    g = _io.FileIO(fd, closefd=False)
    print(g.name == fd, g.closefd, g.read(3), repr(g).startswith('<_io.FileIO fd='))
    g.close(); print(f.read(2)); f.close()
    seen = []
    keep = []
    def opener(path, flags):
        seen.append((clean(path), flags & 3))
        keep.append(_io.FileIO(path, 'rb'))
        return keep[-1].fileno()
    with _io.FileIO(NAME, 'r', opener=opener) as h:
        print(seen, h.read(2), clean(h.name))
    print(keep[0].closed)
    show(_io.FileIO, NAME, 'r', True, lambda p, fl: 'x')
    show(_io.FileIO, NAME, 'r', True, lambda p, fl: -5)
    with _io.open_code(NAME) as oc:
        print(oc.read(4), oc.readable(), oc.writable())
    show(_io.open_code, b'x')
    print(_io.FileIO.__mro__)
    print(issubclass(_io.UnsupportedOperation, OSError), issubclass(_io.UnsupportedOperation, ValueError), _io.UnsupportedOperation.__module__)
    print(_io.DEFAULT_BUFFER_SIZE)
    class P:
        def __fspath__(self): return NAME
    with _io.FileIO(P()) as h: print(h.read(5), h.name.__class__.__name__)
    show(_io.FileIO, NAME, 'r', True, None, 1)
    show(lambda: _io.FileIO(NAME, mode="r", x=1))
finally:
    try:
        import posix
    except ImportError:
        posix = None  # Ember has no posix yet: the file stays (ignored by git)
    if posix:
        posix.remove(NAME)
