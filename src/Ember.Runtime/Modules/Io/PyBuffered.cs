using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.Io;

/// <summary>
/// <c>_io.BufferedReader</c>, <c>BufferedWriter</c> and <c>BufferedRandom</c>
/// (Modules/_io/bufferedio.c): one buffer over a raw stream. Read-ahead
/// bytes and pending writes are kept apart; the raw stream is called through
/// its methods (directly for an exact FileIO), so any raw object works.
/// </summary>
public sealed partial class PyBuffered : PyIOBase
{
    private const TypeFlags Flags = TypeFlags.BaseType | TypeFlags.HasDict | TypeFlags.HasWeakref;

    public static readonly PyType ReaderType = PyType.CreateBuiltin("BufferedReader", PyBytesIO.BufferedIOBaseType, Flags, InitReaderSlots, InitReaderMembers, module: "_io");
    public static readonly PyType WriterType = PyType.CreateBuiltin("BufferedWriter", PyBytesIO.BufferedIOBaseType, Flags, InitWriterSlots, InitWriterMembers, module: "_io");
    public static readonly PyType RandomType = PyType.CreateBuiltin("BufferedRandom", PyBytesIO.BufferedIOBaseType, Flags, InitRandomSlots, InitRandomMembers, module: "_io");

    private static readonly PyStr s_readinto = new("readinto");
    private static readonly PyStr s_readall = new("readall");
    private static readonly PyStr s_write = new("write");
    private static readonly PyStr s_seek = new("seek");
    private static readonly PyStr s_tell = new("tell");
    private static readonly PyStr s_close = new("close");
    private static readonly PyStr s_closed = new("closed");
    private static readonly PyStr s_name = new("name");
    private static readonly PyStr s_flush = new("flush");
    private static readonly PyStr s_truncate = new("truncate");

    private PyObject? _raw;
    private PyFileIO? _fastRaw;
    private bool _ok;
    private bool _detached;
    private bool _readable;
    private bool _writable;
    private long _bufferSize = IoErr.DefaultBufferSize;

    // Read-ahead: _rbuf[_rpos.._rend) not yet consumed.
    private byte[] _rbuf = [];
    private int _rpos;
    private int _rend;

    // Written but not yet passed to the raw stream.
    private byte[] _wbuf = [];
    private int _wlen;

    public PyBuffered(PyType type)
        : base(type, true)
    {
    }

    public PyObject? Raw => _raw;

    private static PyBuffered Self(PyObject o) => (PyBuffered)o;

    private int ReadAhead => _rend - _rpos;

    /// <summary>Creates a buffered object of <paramref name="type"/> over <paramref name="raw"/> as calling the class would.</summary>
    public static PyBuffered? Create(PyType type, PyObject raw, long bufferSize)
    {
        var b = new PyBuffered(type);
        return b.Init(raw, bufferSize) ? b : null;
    }

    private bool Init(PyObject raw, long bufferSize)
    {
        _ok = false;
        _detached = false;
        bool isReader = Type.IsSubtypeOf(ReaderType);
        bool isWriter = Type.IsSubtypeOf(WriterType);
        if (!isReader && !isWriter
            && PyIOBase.CheckCapability(raw, new PyStr("seekable"), "File or stream is not seekable.") is null)
        {
            return false;
        }

        if (!isWriter && PyIOBase.CheckCapability(raw, new PyStr("readable"), "File or stream is not readable.") is null)
        {
            return false;
        }

        if (!isReader && PyIOBase.CheckCapability(raw, new PyStr("writable"), "File or stream is not writable.") is null)
        {
            return false;
        }

        if (bufferSize <= 0)
        {
            PyErr.ValueError("buffer size must be strictly positive");
            return false;
        }

        _raw = raw;
        _fastRaw = ReferenceEquals(raw.Type, PyFileIO.TypeObject) ? (PyFileIO)raw : null;
        _readable = !isWriter;
        _writable = !isReader;
        _bufferSize = bufferSize;
        _rbuf = new byte[bufferSize];
        _rpos = _rend = 0;
        _wbuf = _writable ? new byte[bufferSize] : [];
        _wlen = 0;
        if (raw is PyIOBase inner)
        {
            inner.FinalizeAfter(this);
        }

        _ok = true;
        return true;
    }

    private bool CheckInitialized()
    {
        if (!_ok)
        {
            PyErr.ValueError(_detached ? "raw stream has been detached" : "I/O operation on uninitialized object");
            return false;
        }

        return true;
    }

    /// <summary>raw.closed; -1 on error.</summary>
    private int RawClosed()
    {
        if (_fastRaw is not null)
        {
            return _fastRaw.IsClosed ? 1 : 0;
        }

        var v = PyOps.GetAttr(_raw!, s_closed);
        return v is null ? -1 : PyOps.IsTrue(v);
    }

    // CHECK_CLOSED: a closed raw is an error unless a reader still has bytes buffered.
    private bool CheckClosed(string message, bool allowBuffered = false)
    {
        int closed = RawClosed();
        if (closed < 0)
        {
            return false;
        }

        if (closed > 0 && !(allowBuffered && ReadAhead > 0))
        {
            PyErr.ValueError(message);
            return false;
        }

        return true;
    }

    // One raw read into dest: count, 0 at end, -2 when it would block, -1 on error.
    private long RawRead(Span<byte> dest)
    {
        if (_fastRaw is not null)
        {
            return _fastRaw.ReadInto(dest);
        }

        var ba = new PyByteArray(new byte[dest.Length]);
        var mv = new PyMemoryView(ba);
        var res = PyCall.CallMethod(_raw!, s_readinto, [mv]);
        if (res is null)
        {
            return -1;
        }

        if (res is PyNone)
        {
            return -2;
        }

        if (!PyNumber.AsSsize(res, out long n))
        {
            return -1;
        }

        if (n < 0 || n > dest.Length)
        {
            PyErr.SetString(PyExc.OSError, $"raw readinto() returned invalid length {n} (should have been between 0 and {dest.Length})");
            return -1;
        }

        ba.AsSpan()[..(int)n].CopyTo(dest);
        return n;
    }

    // One raw write: count, -2 when it would block, -1 on error.
    private long RawWrite(ReadOnlySpan<byte> data)
    {
        if (_fastRaw is not null)
        {
            return _fastRaw.Write(data);
        }

        var res = PyCall.CallMethod(_raw!, s_write, [new PyMemoryView(PyBytes.From(data))]);
        if (res is null)
        {
            return -1;
        }

        if (res is PyNone)
        {
            return -2;
        }

        if (!PyNumber.AsSsize(res, out long n))
        {
            return -1;
        }

        if (n < 0 || n > data.Length)
        {
            PyErr.SetString(PyExc.OSError, $"raw write() returned invalid length {n} (should have been between 0 and {data.Length})");
            return -1;
        }

        return n;
    }

    private long RawTell()
    {
        PyObject? res = _fastRaw is not null ? _fastRaw.Seek(0, Posix.SEEK_CUR) : PyCall.CallMethod(_raw!, s_tell, []);
        if (res is null || !PyNumber.AsSsize(res, out long n))
        {
            return -1;
        }

        if (n < 0)
        {
            PyErr.SetString(PyExc.OSError, $"Raw stream returned invalid position {n}");
            return -1;
        }

        return n;
    }

    private long RawSeek(long target, int whence)
    {
        PyObject? res = _fastRaw is not null ? _fastRaw.Seek(target, whence) : PyCall.CallMethod(_raw!, s_seek, [PyInt.From(target), PyInt.From(whence)]);
        if (res is null || !PyNumber.AsSsize(res, out long n))
        {
            return -1;
        }

        if (n < 0)
        {
            PyErr.SetString(PyExc.OSError, $"Raw stream returned invalid position {n}");
            return -1;
        }

        return n;
    }

    /// <summary>Writes every pending byte to the raw stream.</summary>
    private bool FlushWrites()
    {
        int done = 0;
        while (done < _wlen)
        {
            long n = RawWrite(_wbuf.AsSpan(done, _wlen - done));
            if (n == -1)
            {
                Compact(done);
                return false;
            }

            if (n == -2)
            {
                Compact(done);
                PyErr.SetObject(PyExc.BlockingIOError, PyTuple.Create([PyInt.From(Posix.EAGAIN), new PyStr("write could not complete without blocking"), PyInt.Zero]));
                return false;
            }

            done += (int)n;
        }

        _wlen = 0;
        return true;
    }

    private void Compact(int done)
    {
        if (done > 0)
        {
            _wbuf.AsSpan(done, _wlen - done).CopyTo(_wbuf);
            _wlen -= done;
        }
    }

    // Before reading: pending writes go out. Before writing: read-ahead is given back to the raw position.
    private bool PrepareRead() => _wlen == 0 || FlushWrites();

    private bool DropReadAhead()
    {
        if (ReadAhead > 0 && RawSeek(-ReadAhead, Posix.SEEK_CUR) < 0)
        {
            return false;
        }

        _rpos = _rend = 0;
        return true;
    }

    /// <summary>flush: pending writes out, and for readers the read-ahead rewound (buffered_flush_and_rewind).</summary>
    private bool FlushAndRewind()
    {
        if (_writable && !FlushWrites())
        {
            return false;
        }

        return !_readable || !_writable || DropReadAhead();
    }

    // Fills the empty read buffer with one raw read: count, 0 at end, -2 would block, -1 error.
    private long Fill()
    {
        _rpos = _rend = 0;
        long n = RawRead(_rbuf);
        if (n > 0)
        {
            _rend = (int)n;
        }

        return n;
    }

    public PyObject? Read(long n)
    {
        if (!CheckInitialized())
        {
            return null;
        }

        if (n < -1)
        {
            return PyErr.ValueError("read length must be non-negative or -1");
        }

        if (!CheckClosed("read of closed file", true))
        {
            return null;
        }

        if (n == -1)
        {
            return ReadAll();
        }

        if (n <= ReadAhead)
        {
            var fast = PyBytes.From(_rbuf.AsSpan(_rpos, (int)n));
            _rpos += (int)n;
            return fast;
        }

        if (!PrepareRead())
        {
            return null;
        }

        var result = new byte[n];
        int have = ReadAhead;
        _rbuf.AsSpan(_rpos, have).CopyTo(result);
        _rpos = _rend = 0;
        int got = have;
        while (got < n)
        {
            long r;
            long remaining = n - got;
            if (remaining >= _bufferSize)
            {
                r = RawRead(result.AsSpan(got, (int)(remaining - (remaining % _bufferSize))));
                if (r > 0)
                {
                    got += (int)r;
                    continue;
                }
            }
            else
            {
                r = Fill();
                if (r > 0)
                {
                    int take = (int)Math.Min(r, remaining);
                    _rbuf.AsSpan(0, take).CopyTo(result.AsSpan(got));
                    _rpos = take;
                    got += take;
                    continue;
                }
            }

            if (r == -1)
            {
                return null;
            }

            if (r == -2 && got == 0)
            {
                return PyNone.Instance;
            }

            break;
        }

        return got == n ? new PyBytes(result) : PyBytes.From(result.AsSpan(0, got));
    }

    private PyObject? ReadAll()
    {
        if (!PrepareRead())
        {
            return null;
        }

        var data = new List<byte>(ReadAhead);
        data.AddRange(_rbuf.AsSpan(_rpos, ReadAhead));
        _rpos = _rend = 0;
        if (_fastRaw is not null || PyAttr.HasAttr(_raw!, s_readall) > 0)
        {
            var all = _fastRaw is not null ? _fastRaw.ReadAll() : PyCall.CallMethod(_raw!, s_readall, []);
            if (all is null)
            {
                return null;
            }

            if (all is PyNone)
            {
                return data.Count == 0 ? all : new PyBytes([.. data]);
            }

            if (all is not PyBytes ab)
            {
                return PyErr.TypeError("readall() should return bytes");
            }

            if (data.Count == 0)
            {
                return ab;
            }

            data.AddRange(ab.Data);
            return new PyBytes([.. data]);
        }

        var chunk = new byte[_bufferSize];
        while (true)
        {
            long r = RawRead(chunk);
            if (r == -1)
            {
                return null;
            }

            if (r == -2)
            {
                return data.Count == 0 ? PyNone.Instance : new PyBytes([.. data]);
            }

            if (r == 0)
            {
                return new PyBytes([.. data]);
            }

            data.AddRange(chunk.AsSpan(0, (int)r));
        }
    }

    public PyObject? Read1(long n)
    {
        if (!CheckInitialized())
        {
            return null;
        }

        if (n < 0)
        {
            n = _bufferSize;
        }

        if (!CheckClosed("read of closed file", true))
        {
            return null;
        }

        if (n == 0)
        {
            return PyBytes.Empty;
        }

        if (ReadAhead > 0)
        {
            int take = (int)Math.Min(ReadAhead, n);
            var res = PyBytes.From(_rbuf.AsSpan(_rpos, take));
            _rpos += take;
            return res;
        }

        if (!PrepareRead())
        {
            return null;
        }

        _rpos = _rend = 0;
        if (n > _bufferSize)
        {
            var big = new byte[n];
            long r0 = RawRead(big);
            return r0 == -1 ? null : r0 == -2 ? PyBytes.Empty : PyBytes.From(big.AsSpan(0, (int)r0));
        }

        long r = Fill();
        if (r == -1)
        {
            return null;
        }

        if (r <= 0)
        {
            return PyBytes.Empty;
        }

        int t = (int)Math.Min(r, n);
        _rpos = t;
        return PyBytes.From(_rbuf.AsSpan(0, t));
    }

    public PyObject? Peek()
    {
        if (!CheckInitialized() || !CheckClosed("peek of closed file", true))
        {
            return null;
        }

        if (ReadAhead == 0)
        {
            if (!PrepareRead())
            {
                return null;
            }

            long r = Fill();
            if (r == -1)
            {
                return null;
            }
        }

        return PyBytes.From(_rbuf.AsSpan(_rpos, ReadAhead));
    }

    private PyObject? ReadInto(PyObject buffer, bool one)
    {
        if (!CheckInitialized() || !IoErr.WritableBuffer(buffer, out var dest) || !CheckClosed("readinto of closed file", true))
        {
            return null;
        }

        int written = Math.Min(ReadAhead, dest.Length);
        _rbuf.AsSpan(_rpos, written).CopyTo(dest);
        _rpos += written;
        if (written == dest.Length)
        {
            return PyInt.From(written);
        }

        if (!PrepareRead())
        {
            return null;
        }

        _rpos = _rend = 0;
        while (written < dest.Length)
        {
            int remaining = dest.Length - written;
            long r;
            if (remaining > _bufferSize)
            {
                IoErr.WritableBuffer(buffer, out dest);
                r = RawRead(dest[written..]);
                if (r > 0)
                {
                    written += (int)r;
                }
            }
            else
            {
                r = Fill();
                if (r > 0)
                {
                    int take = (int)Math.Min(r, remaining);
                    IoErr.WritableBuffer(buffer, out dest);
                    _rbuf.AsSpan(0, take).CopyTo(dest[written..]);
                    _rpos = take;
                    written += take;
                }
            }

            if (r == -1)
            {
                return null;
            }

            if (r <= 0 || one)
            {
                if (r == -2 && written == 0)
                {
                    return PyNone.Instance;
                }

                break;
            }
        }

        return PyInt.From(written);
    }

    public PyObject? ReadLine(long limit)
    {
        if (!CheckInitialized() || !CheckClosed("readline of closed file", true))
        {
            return null;
        }

        var line = new List<byte>();
        while (limit < 0 || line.Count < limit)
        {
            if (ReadAhead == 0)
            {
                if (!PrepareRead())
                {
                    return null;
                }

                long r = Fill();
                if (r == -1)
                {
                    return null;
                }

                if (r <= 0)
                {
                    break;
                }
            }

            int avail = ReadAhead;
            if (limit >= 0)
            {
                avail = (int)Math.Min(avail, limit - line.Count);
            }

            var span = _rbuf.AsSpan(_rpos, avail);
            int nl = span.IndexOf((byte)'\n');
            int take = nl < 0 ? avail : nl + 1;
            line.AddRange(span[..take]);
            _rpos += take;
            if (nl >= 0)
            {
                break;
            }
        }

        return new PyBytes([.. line]);
    }

    public PyObject? Write(PyObject arg)
    {
        if (!CheckInitialized() || !IoErr.Buffer(arg, out var data))
        {
            return null;
        }

        if (!CheckClosed("write to closed file"))
        {
            return null;
        }

        if (_readable && ReadAhead > 0 && !DropReadAhead())
        {
            return null;
        }

        int len = data.Length;
        if (_wlen + len <= _bufferSize)
        {
            data.CopyTo(_wbuf.AsSpan(_wlen));
            _wlen += len;
            if (_wlen < _bufferSize)
            {
                return PyInt.From(len);
            }

            if (!FlushWrites())
            {
                return null;
            }

            return PyInt.From(len);
        }

        // Too much for the buffer: what is pending goes first, then the new bytes directly.
        var copy = data.ToArray();
        if (!FlushWrites())
        {
            return null;
        }

        int done = 0;
        while (copy.Length - done > _bufferSize)
        {
            long n = RawWrite(copy.AsSpan(done));
            if (n == -1)
            {
                return null;
            }

            if (n == -2)
            {
                break;
            }

            done += (int)n;
        }

        int rest = copy.Length - done;
        if (rest > _bufferSize)
        {
            rest = (int)_bufferSize;
        }

        copy.AsSpan(done, rest).CopyTo(_wbuf);
        _wlen = rest;
        return PyInt.From(len);
    }

    public PyObject? Flush()
    {
        if (!CheckInitialized() || !CheckClosed("flush of closed file"))
        {
            return null;
        }

        return FlushAndRewind() ? PyNone.Instance : null;
    }

    public PyObject? Tell()
    {
        if (!CheckInitialized())
        {
            return null;
        }

        long pos = RawTell();
        if (pos < 0)
        {
            return null;
        }

        pos = pos - ReadAhead + _wlen;
        return PyInt.From(pos < 0 ? 0 : pos);
    }

    public PyObject? Seek(PyObject targetObj, int whence)
    {
        if (!CheckInitialized())
        {
            return null;
        }

        if (whence is < 0 or > 2)
        {
            return PyErr.ValueError($"whence value {whence} unsupported");
        }

        if (!CheckClosed("seek of closed file"))
        {
            return null;
        }

        if (PyIOBase.CheckCapability(_raw!, new PyStr("seekable"), "File or stream is not seekable.") is null)
        {
            return null;
        }

        var ti = PyNumber.Index(targetObj);
        if (ti is null)
        {
            return null;
        }

        if (!ti.IsSmall)
        {
            return PyErr.OverflowError("Python int too large to convert to C long");
        }

        long target = ti.Small;
        if (whence != 2 && _wlen == 0 && ReadAhead > 0)
        {
            long current = RawTell();
            if (current < 0)
            {
                return null;
            }

            long bufStart = current - _rend;
            long pos = whence == 0 ? target : current - ReadAhead + target;
            if (pos >= bufStart && pos <= current)
            {
                _rpos = (int)(pos - bufStart);
                return PyInt.From(pos);
            }
        }

        if (_writable && !FlushWrites())
        {
            return null;
        }

        if (whence == 1)
        {
            target -= ReadAhead;
        }

        long n = RawSeek(target, whence);
        if (n < 0)
        {
            return null;
        }

        _rpos = _rend = 0;
        return PyInt.From(n);
    }

    public PyObject? Truncate(PyObject? pos)
    {
        if (!CheckInitialized() || !CheckClosed("truncate of closed file"))
        {
            return null;
        }

        if (!_writable)
        {
            return IoErr.Unsupported("truncate");
        }

        if (!FlushAndRewind())
        {
            return null;
        }

        var res = PyCall.CallMethod(_raw!, s_truncate, pos is null ? [] : [pos]);
        if (res is null)
        {
            return null;
        }

        return RawTell() < 0 ? null : res;
    }

    public PyObject? Close()
    {
        if (!CheckInitialized())
        {
            return null;
        }

        int closed = RawClosed();
        if (closed < 0)
        {
            return null;
        }

        if (closed > 0)
        {
            return PyNone.Instance;
        }

        PyBaseException? flushError = null;
        if (PyCall.CallMethod(this, s_flush, []) is null)
        {
            flushError = PyErr.Fetch();
        }

        var res = PyCall.CallMethod(_raw!, s_close, []);
        _rpos = _rend = 0;
        ReleaseFinalizer();
        if (flushError is not null)
        {
            if (res is null)
            {
                var closeError = PyErr.Fetch()!;
                closeError.Context = flushError;
                PyErr.Raise(closeError);
            }
            else
            {
                PyErr.Raise(flushError);
            }

            return null;
        }

        return res is null ? null : PyNone.Instance;
    }

    public PyObject? Detach()
    {
        if (!CheckInitialized())
        {
            return null;
        }

        if (PyCall.CallMethod(this, s_flush, []) is null)
        {
            return null;
        }

        var raw = _raw!;
        _raw = null;
        _fastRaw = null;
        _detached = true;
        _ok = false;
        ReleaseFinalizer();
        return raw;
    }

    private PyObject? Repr()
    {
        if (!CheckInitialized())
        {
            return null;
        }

        int found = PyAttr.TryGetAttr(this, s_name, out var name);
        if (found < 0)
        {
            if (!PyErr.ExceptionMatches(PyExc.ValueError))
            {
                return null;
            }

            PyErr.Clear();
        }

        if (found <= 0 || name is null)
        {
            return new PyStr($"<{Type.TpName}>");
        }

        var r = PyOps.ReprString(name);
        return r is null ? null : new PyStr($"<{Type.TpName} name={r}>");
    }
}
