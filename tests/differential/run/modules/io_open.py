import _io
D = __file__.rpartition('/')[0] or '.'
NAME = D + '/io_open_a.iotmp'
def clean(x):
    return str(x).replace(D + '/', '')
def show(f, *a, **k):
    try:
        print(clean(repr(f(*a, **k))))
    except Exception as e:
        print(type(e).__name__, clean(e))
try:
    print(open is _io.open)
    with open(NAME, 'w') as f:
        print(clean(f), type(f).__name__, type(f.buffer).__name__, type(f.buffer.raw).__name__)
        print(f.encoding, f.errors, f.line_buffering, f.write_through, f.newlines, f.mode, f.readable(), f.writable(), f.seekable())
        print(f.write('héllo\nwörld\n'), f.tell())
        f.write('third line\r\nfourth\rfifth')
        show(f.read)
    print(f.closed, f.buffer.closed)
    show(f.write, 'x')
    with open(NAME) as f:
        print(repr(f.read()))
        print(f.newlines)
    with open(NAME, newline='') as f:
        print(f.readlines(), f.newlines)
    with open(NAME, newline='\r') as f:
        print(f.readlines())
    with open(NAME, newline='\r\n') as f:
        print(f.readlines())
    with open(NAME, 'rb') as f:
        print(clean(f), f.read())
    with open(NAME) as f:
        print(f.readline(), f.tell())
        p = f.tell()
        print(repr(f.read(3)), f.tell())
        q = f.tell()
        print(repr(f.readline()))
        f.seek(p); print(repr(f.readline()))
        f.seek(q); print(repr(f.read(4)))
        f.seek(0); print(repr(f.readline(3)), repr(f.readline(0)))
        print(f.seek(0, 2), repr(f.read()))
        show(f.seek, 1, 1); show(f.seek, -1, 2); show(f.seek, 0, 5); show(f.seek, -1)
        f.seek(0)
        for line in f:
            print(repr(line))
            show(f.tell)
            break
    with open(NAME, 'r+') as f:
        f.seek(0, 2); f.write('\nappended'); f.seek(0)
        print(repr(f.read()))
    with open(NAME, 'a') as f:
        print(f.tell(), f.write('!'))
    with open(NAME, 'rb') as f:
        print(f.read()[-12:])
    with open(NAME, 'wb') as f:
        print(clean(f), f.write(b'abc\ndef\n'), f.tell(), f.raw.tell())
        f.flush(); print(f.raw.tell())
    with open(NAME, 'rb') as f:
        print(f.peek(2)[:8], f.read1(2), f.read(1), f.readline(), f.tell(), f.read(), f.read())
        f.seek(1); b = bytearray(3); print(f.readinto(b), b, f.readinto1(b), b)
        f.seek(0); print(list(f))
    with open(NAME, 'rb+') as f:
        print(f.read(2), f.write(b'XY'), f.tell(), f.seek(0), f.read())
        f.truncate(3); f.seek(0); print(f.read())
    with open(NAME, 'rb', buffering=0) as f:
        print(type(f).__name__, f.read())
    with open(NAME, 'w', encoding='latin-1', newline='\r\n') as f:
        f.write('a\nb\xe9\n')
    with open(NAME, 'rb') as f: print(f.read())
    with open(NAME, encoding='latin-1') as f: print(repr(f.read()), f.encoding)
    with open(NAME, 'w', encoding='utf-16') as f:
        f.write('ab'); f.write('c')
    with open(NAME, 'rb') as f: print(f.read())
    with open(NAME, encoding='utf-16') as f: print(repr(f.read()))
    with open(NAME, 'w', encoding='ascii') as f:
        show(f.write, 'é')
    with open(NAME, 'w', encoding='ascii', errors='replace') as f:
        f.write('é!')
    with open(NAME, 'rb') as f: print(f.read())
    with open(NAME, 'wb') as f: f.write(b'ok\xff\xfe\n')
    with open(NAME) as f: show(f.read)
    with open(NAME, errors='surrogateescape') as f: print(ascii(f.read()))
    with open(NAME, errors='replace') as f: print(ascii(f.read()))
    show(open, NAME, 'rw')
    show(open, NAME, 'rtb')
    show(open, NAME, 'rr')
    show(open, NAME, 'q')
    show(open, NAME, '')
    show(open, NAME, 'b')
    show(open, NAME, '+')
    show(open, NAME, 'rb', encoding='utf-8')
    show(open, NAME, 'rb', errors='strict')
    show(open, NAME, 'rb', newline='')
    show(open, NAME, 'r', 0)
    show(open, NAME, newline='x')
    show(open, NAME, encoding='nope')
    show(open, NAME, encoding=5)
    show(open, NAME, mode=5)
    show(open, NAME, buffering='x')
    show(open, [])
    show(open, 1.5)
    show(open, D + '/missing.iotmp')
    show(open)
    with open(NAME, 'w', buffering=1) as f:
        print(f.line_buffering)
    with open(NAME, 'w') as f:
        f.write('x' * 10)
        with open(NAME) as g: print(repr(g.read()))
        f.flush()
        with open(NAME) as g: print(repr(g.read()))
    f = open(NAME, 'w'); b = f.detach(); print(type(b).__name__); show(f.write, 'x'); show(lambda: f.buffer); b.close()
    f = open(NAME, 'r'); f.reconfigure(newline=''); f.reconfigure(line_buffering=True); print(f.line_buffering); f.read(); show(f.reconfigure, encoding='ascii'); f.close()
    with open(NAME, 'x' if False else 'w') as f: pass
    show(open, NAME, 'x')
    print(_io.text_encoding(None), _io.text_encoding('utf-8'))
    t = _io.TextIOWrapper(_io.BytesIO(b'one\ntwo\r\nthree'), encoding='utf-8')
    print(t.readlines(), t.newlines)
    t = _io.TextIOWrapper(_io.BytesIO(), encoding='utf-8', newline='\r\n')
    t.write('a\nb'); t.flush(); print(t.buffer.getvalue())
    show(_io.TextIOWrapper, _io.BytesIO(), newline=4)
    show(_io.TextIOWrapper, _io.BytesIO(), errors=4)
    r = _io.BufferedReader(_io.BytesIO(b'xyz\n123'))
    print(clean(r), r.read(2), r.peek(1)[:1], r.readline(), r.read())
    show(_io.BufferedReader, _io.BytesIO(), 0)
    w = _io.BufferedWriter(_io.BytesIO(), 4)
    print(w.write(b'ab'), w.raw.getvalue(), w.write(b'cdef'), w.raw.getvalue()); w.flush(); print(w.raw.getvalue())
    p = _io.BufferedRWPair(_io.BytesIO(b'in'), _io.BytesIO())
    print(p.read(), p.write(b'out'), p.readable(), p.writable(), p.closed)
    print(_io.BufferedRandom.__mro__, _io.TextIOWrapper.__mro__, _io.StringIO.__mro__)
    d = _io.IncrementalNewlineDecoder(None, True)
    print(repr(d.decode('a\r')), repr(d.decode('\nb\r', final=True)), d.newlines, d.getstate())
    d = _io.IncrementalNewlineDecoder(None, False)
    print(repr(d.decode('a\r')), d.getstate(), repr(d.decode('')), repr(d.decode('x\n'))); print(d.newlines); d.reset(); print(d.newlines)
finally:
    try:
        import posix
    except ImportError:
        posix = None
    if posix:
        posix.remove(NAME)
