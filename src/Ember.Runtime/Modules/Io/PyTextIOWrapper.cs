using System.Numerics;
using System.Text;
using Ember.Runtime.Codecs;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.Io;

/// <summary>
/// <c>_io.TextIOWrapper</c> (Modules/_io/textio.c): str over a buffered byte
/// stream through one of Ember's C# codecs, with universal newlines, line
/// buffering, pending writes of up to <c>_CHUNK_SIZE</c> bytes, and tell()
/// cookies packed as CPython packs them (start position, decoder flags,
/// bytes to feed, chars to skip, need-EOF).
/// </summary>
public sealed partial class PyTextIOWrapper : PyIOBase
{
    public static readonly PyType TextIOBaseType = PyType.CreateBuiltin(
        "_TextIOBase", IOBaseType, TypeFlags.BaseType | TypeFlags.HasDict | TypeFlags.HasWeakref, null, InitTextIOBaseMembers, module: "_io");

    public static readonly PyType TypeObject = PyType.CreateBuiltin(
        "TextIOWrapper", TextIOBaseType, TypeFlags.BaseType | TypeFlags.HasDict | TypeFlags.HasWeakref, InitSlots, InitMembers, module: "_io");

    /// <summary>The locale's encoding as CPython reports it under a UTF-8 locale (Ember has no locale module yet).</summary>
    public const string LocaleEncoding = "UTF-8";

    private static readonly PyStr s_read = new("read");
    private static readonly PyStr s_read1 = new("read1");
    private static readonly PyStr s_write = new("write");
    private static readonly PyStr s_flush = new("flush");
    private static readonly PyStr s_close = new("close");
    private static readonly PyStr s_closed = new("closed");
    private static readonly PyStr s_tell = new("tell");
    private static readonly PyStr s_seek = new("seek");
    private static readonly PyStr s_name = new("name");
    private static readonly PyStr s_mode = new("mode");

    private PyObject? _buffer;
    private bool _ok;
    private bool _detached;
    private string _encoding = "utf-8";
    private CodecKind _kind;
    private string _errors = "strict";
    private string? _readnl;
    private bool _readuniversal;
    private bool _readtranslate;
    private bool _writetranslate;
    private string? _writenl;
    private bool _lineBuffering;
    private bool _writeThrough;
    private TextDecoderChain? _decoder;
    private bool _writable;
    private bool _encoderStarted;
    private bool _seekable;
    private bool _telling;
    private bool _hasRead1;
    private long _chunkSize = 8192;

    private string _decoded = "";
    private int _used;
    private (long Flags, byte[] Input)? _snapshot;

    private readonly List<byte[]> _pending = [];
    private long _pendingCount;

    public PyTextIOWrapper(PyType type)
        : base(type, true)
    {
    }

    private static PyTextIOWrapper Self(PyObject o) => (PyTextIOWrapper)o;

    public PyObject? Buffer => _buffer;

    /// <summary>Creates TextIOWrapper(buffer, encoding, errors, newline, line_buffering, write_through).</summary>
    public static PyTextIOWrapper? Create(PyObject buffer, string? encoding, string? errors, string? newline, bool lineBuffering, bool writeThrough)
    {
        var t = new PyTextIOWrapper(TypeObject);
        return t.Init(buffer, encoding, errors, newline, true, lineBuffering, writeThrough) ? t : null;
    }

    internal static bool ValidNewline(string? newline)
    {
        if (newline is null or "" or "\n" or "\r" or "\r\n")
        {
            return true;
        }

        PyErr.ValueError($"illegal newline value: {newline}");
        return false;
    }

    private bool Init(PyObject buffer, string? encoding, string? errors, string? newline, bool newlineGiven, bool lineBuffering, bool writeThrough)
    {
        _ok = false;
        _detached = false;
        if (!ValidNewline(newline))
        {
            return false;
        }

        if (encoding is null or "locale")
        {
            encoding = LocaleEncoding;
        }

        var kind = CodecRegistry.Lookup(encoding);
        if (kind == CodecKind.None)
        {
            CodecErrors.UnknownEncoding(encoding);
            return false;
        }

        _buffer = buffer;
        _encoding = encoding;
        _kind = kind;
        _errors = errors ?? "strict";
        _lineBuffering = lineBuffering;
        _writeThrough = writeThrough;
        SetNewline(newline);
        _chunkSize = 8192;
        _decoded = "";
        _used = 0;
        _snapshot = null;
        _pending.Clear();
        _pendingCount = 0;

        var r = PyCall.CallMethod(buffer, new PyStr("readable"), []);
        if (r is null)
        {
            return false;
        }

        int readable = PyOps.IsTrue(r);
        if (readable < 0)
        {
            return false;
        }

        var w = PyCall.CallMethod(buffer, new PyStr("writable"), []);
        if (w is null)
        {
            return false;
        }

        int writable = PyOps.IsTrue(w);
        if (writable < 0)
        {
            return false;
        }

        _writable = writable > 0;
        _decoder = readable > 0 ? NewDecoder() : null;
        var s = PyCall.CallMethod(buffer, new PyStr("seekable"), []);
        if (s is null)
        {
            return false;
        }

        int seekable = PyOps.IsTrue(s);
        if (seekable < 0)
        {
            return false;
        }

        _seekable = _telling = seekable > 0;
        int hasRead1 = PyAttr.HasAttr(buffer, s_read1);
        if (hasRead1 < 0)
        {
            return false;
        }

        _hasRead1 = hasRead1 > 0;
        _encoderStarted = false;
        if (_seekable && _writable)
        {
            // Not at the start: no BOM (encoder.setstate(0)).
            var pos = PyCall.CallMethod(buffer, s_tell, []);
            if (pos is null)
            {
                return false;
            }

            int atStart = PyOps.RichCompareBool(pos, PyInt.Zero, Bytecode.CompareOp.Eq);
            if (atStart < 0)
            {
                return false;
            }

            _encoderStarted = atStart == 0;
        }

        if (buffer is PyIOBase inner)
        {
            inner.FinalizeAfter(this);
        }

        _ok = true;
        return true;
    }

    private void SetNewline(string? newline)
    {
        _readnl = newline;
        _readuniversal = string.IsNullOrEmpty(newline);
        _readtranslate = newline is null;
        _writetranslate = newline is null || newline.Length > 0;
        _writenl = !_readuniversal && newline != "\n" ? newline : null;
    }

    private TextDecoderChain NewDecoder() =>
        new(new ByteDecoder(_kind, _errors), _readuniversal ? new NewlineState(_readtranslate) : null);

    private bool CheckAttached()
    {
        if (!_ok)
        {
            PyErr.ValueError(_detached ? "underlying buffer has been detached" : "I/O operation on uninitialized object");
            return false;
        }

        return true;
    }

    private int BufferClosed()
    {
        if (_buffer is PyBuffered { Raw: PyFileIO f } pb && !pb.Type.IsHeapType && !f.Type.IsHeapType)
        {
            return f.IsClosed ? 1 : 0;
        }

        var v = PyOps.GetAttr(_buffer!, s_closed);
        return v is null ? -1 : PyOps.IsTrue(v);
    }

    private bool CheckClosed()
    {
        if (!CheckAttached())
        {
            return false;
        }

        int c = ReferenceEquals(Type, TypeObject) ? BufferClosed() : IoErr.IsClosedAttr(this);
        if (c > 0)
        {
            IoErr.Closed();
        }

        return c == 0;
    }

    private int Remaining => _decoded.Length - _used;

    private void SetDecoded(string s)
    {
        _decoded = s;
        _used = 0;
    }

    private bool WriteFlush()
    {
        if (_pendingCount == 0 && _pending.Count == 0)
        {
            return true;
        }

        byte[] all;
        if (_pending.Count == 1)
        {
            all = _pending[0];
        }
        else
        {
            all = new byte[_pendingCount];
            int at = 0;
            foreach (var p in _pending)
            {
                p.CopyTo(all, at);
                at += p.Length;
            }
        }

        _pending.Clear();
        _pendingCount = 0;
        var b = new PyBytes(all);
        if (_buffer is PyBuffered fast && (ReferenceEquals(fast.Type, PyBuffered.WriterType) || ReferenceEquals(fast.Type, PyBuffered.RandomType)))
        {
            return fast.Write(b) is not null;
        }

        return PyCall.CallMethod(_buffer!, s_write, [b]) is not null;
    }

    private byte[]? Encode(PyStr text)
    {
        var kind = _kind;
        if (_encoderStarted)
        {
            kind = kind switch
            {
                CodecKind.Utf16 => CodecKind.Utf16LE,
                CodecKind.Utf32 => CodecKind.Utf32LE,
                _ => kind,
            };
        }

        var r = PyCodecs.Encode(text, kind, _errors);
        if (r is not PyBytes b)
        {
            return null;
        }

        if (text.Value.Length > 0)
        {
            _encoderStarted = true;
        }

        return b.Data;
    }

    public PyObject? Write(PyObject arg)
    {
        if (!CheckAttached())
        {
            return null;
        }

        if (arg is not PyStr text)
        {
            return PyErr.TypeError($"write() argument must be str, not {arg.Type.TpName}");
        }

        if (!CheckClosed())
        {
            return null;
        }

        if (!_writable)
        {
            return IoErr.Unsupported("not writable");
        }

        long length = text.Length;
        string s = text.Value;
        bool haslf = ((_writetranslate && _writenl is not null) || _lineBuffering) && s.Contains('\n');
        if (haslf && _writetranslate && _writenl is not null)
        {
            text = new PyStr(s.Replace("\n", _writenl, StringComparison.Ordinal));
        }

        bool needflush = _lineBuffering && (haslf || s.Contains('\r'));
        var bytes = Encode(text);
        if (bytes is null)
        {
            return null;
        }

        if (_pendingCount + bytes.Length > _chunkSize && !WriteFlush())
        {
            return null;
        }

        _pending.Add(bytes);
        _pendingCount += bytes.Length;
        if (_pendingCount >= _chunkSize || needflush || _writeThrough)
        {
            if (!WriteFlush())
            {
                return null;
            }
        }

        if (needflush && PyCall.CallMethod(_buffer!, s_flush, []) is null)
        {
            return null;
        }

        SetDecoded("");
        _snapshot = null;
        _decoder?.Reset();
        return PyInt.From(length);
    }

    // textiowrapper_read_chunk: one read of the buffer, decoded; false at end of file, null on error.
    private bool? ReadChunk()
    {
        if (_decoder is null)
        {
            IoErr.Unsupported("not readable");
            return null;
        }

        (byte[] Pending, long Flags) state = ([], 0);
        if (_telling)
        {
            state = _decoder.GetState();
        }

        var chunk = PyCall.CallMethod(_buffer!, _hasRead1 ? s_read1 : s_read, [PyInt.From(_chunkSize)]);
        if (chunk is null)
        {
            return null;
        }

        if (chunk is not PyBytes bytes)
        {
            if (!IoErr.Buffer(chunk, out var view))
            {
                PyErr.Clear();
                PyErr.TypeError($"underlying {(_hasRead1 ? "read1" : "read")}() should have returned a bytes-like object, not '{chunk.Type.TpName}'");
                return null;
            }

            bytes = PyBytes.From(view);
        }

        bool eof = bytes.Length == 0;
        var decoded = _decoder.Decode(bytes.Data, eof);
        if (decoded is null)
        {
            return null;
        }

        SetDecoded(decoded);
        if (_telling)
        {
            var input = new byte[state.Pending.Length + bytes.Length];
            state.Pending.CopyTo(input, 0);
            bytes.Data.CopyTo(input, state.Pending.Length);
            _snapshot = (state.Flags, input);
        }

        return !eof;
    }

    public PyObject? Read(long n)
    {
        if (!CheckAttached() || !CheckClosed())
        {
            return null;
        }

        if (_decoder is null)
        {
            return IoErr.Unsupported("not readable");
        }

        if (!WriteFlush())
        {
            return null;
        }

        if (n < 0)
        {
            var all = PyCall.CallMethod(_buffer!, s_read, []);
            if (all is null)
            {
                return null;
            }

            if (!IoErr.Buffer(all, out var data))
            {
                return null;
            }

            var decoded = _decoder.Decode(data, true);
            if (decoded is null)
            {
                return null;
            }

            string result = _decoded[_used..] + decoded;
            SetDecoded("");
            _snapshot = null;
            return PyStr.From(result);
        }

        var sb = new StringBuilder();
        while (true)
        {
            int take = (int)Math.Min(Remaining, n - sb.Length);
            sb.Append(_decoded, _used, take);
            _used += take;
            if (sb.Length >= n)
            {
                break;
            }

            var more = ReadChunk();
            if (more is null)
            {
                return null;
            }

            if (more == false && Remaining == 0)
            {
                break;
            }
        }

        return PyStr.From(sb.ToString());
    }

    // Where the line that starts at start ends in s (index after its newline), or -1.
    private int FindLineEnd(string s, int start, bool previousCR)
    {
        if (_readtranslate)
        {
            int i = s.IndexOf('\n', start);
            return i < 0 ? -1 : i + 1;
        }

        if (_readuniversal)
        {
            int i = s.AsSpan(start).IndexOfAny('\r', '\n');
            if (i < 0)
            {
                return -1;
            }

            i += start;
            if (s[i] == '\r' && i + 1 < s.Length && s[i + 1] == '\n')
            {
                return i + 2;
            }

            return i + 1;
        }

        if (_readnl == "\r\n" && previousCR && start < s.Length && s[start] == '\n')
        {
            return start + 1;
        }

        int j = s.IndexOf(_readnl!, start, StringComparison.Ordinal);
        return j < 0 ? -1 : j + _readnl!.Length;
    }

    public PyObject? ReadLine(long limit)
    {
        if (!CheckAttached() || !CheckClosed())
        {
            return null;
        }

        if (_decoder is null)
        {
            return IoErr.Unsupported("not readable");
        }

        if (!WriteFlush())
        {
            return null;
        }

        var sb = new StringBuilder();
        while (true)
        {
            bool previousCR = sb.Length > 0 && sb[^1] == '\r';
            int end = FindLineEnd(_decoded, _used, previousCR);
            int avail = end >= 0 ? end - _used : Remaining;
            if (limit >= 0 && sb.Length + avail >= limit)
            {
                int take = (int)(limit - sb.Length);
                sb.Append(_decoded, _used, take);
                _used += take;
                break;
            }

            sb.Append(_decoded, _used, avail);
            _used += avail;
            if (end >= 0)
            {
                break;
            }

            var more = ReadChunk();
            if (more is null)
            {
                return null;
            }

            if (more == false && Remaining == 0)
            {
                _snapshot = null;
                break;
            }
        }

        return PyStr.From(sb.ToString());
    }

    public PyObject? Flush()
    {
        if (!CheckAttached() || !CheckClosed())
        {
            return null;
        }

        _telling = _seekable;
        if (!WriteFlush())
        {
            return null;
        }

        return PyCall.CallMethod(_buffer!, s_flush, []);
    }

    public PyObject? Close()
    {
        if (!CheckAttached())
        {
            return null;
        }

        int closed = BufferClosed();
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

        var res = PyCall.CallMethod(_buffer!, s_close, []);
        ReleaseFinalizer();
        if (flushError is not null)
        {
            if (res is null)
            {
                var e2 = PyErr.Fetch()!;
                e2.Context = flushError;
                PyErr.Raise(e2);
            }
            else
            {
                PyErr.Raise(flushError);
            }

            return null;
        }

        return res;
    }

    private static BigInteger Pack(long start, long flags, long feed, long skip, bool eof) =>
        new BigInteger(start) | (new BigInteger(flags) << 64) | (new BigInteger(feed) << 128) | (new BigInteger(skip) << 192) | (new BigInteger(eof ? 1 : 0) << 256);

    public PyObject? Tell()
    {
        if (!CheckAttached() || !CheckClosed())
        {
            return null;
        }

        if (!_seekable)
        {
            return IoErr.Unsupported("underlying stream is not seekable");
        }

        if (!_telling)
        {
            return PyErr.SetString(PyExc.OSError, "telling position disabled by next() call");
        }

        if (!WriteFlush() || PyCall.CallMethod(this, s_flush, []) is null)
        {
            return null;
        }

        var posobj = PyCall.CallMethod(_buffer!, s_tell, []);
        if (posobj is null)
        {
            return null;
        }

        if (_decoder is null || _snapshot is null)
        {
            return posobj;
        }

        if (!PyNumber.AsSsize(posobj, out long position))
        {
            return null;
        }

        var (decFlags, input) = _snapshot.Value;
        long startPos = position - input.Length;
        if (_used == 0)
        {
            return PyInt.From(Pack(startPos, decFlags, 0, 0, false));
        }

        long charsToSkip = _used;
        var saved = _decoder.GetState();
        try
        {
            _decoder.SetState([], decFlags);
            long cookieFlags = decFlags;
            long bytesFed = 0;
            long charsDecoded = 0;
            bool needEof = false;
            int i = 0;
            for (; i < input.Length; i++)
            {
                bytesFed++;
                var piece = _decoder.Decode(input.AsSpan(i, 1), false);
                if (piece is null)
                {
                    return null;
                }

                charsDecoded += piece.Length;
                var (buf, flags) = _decoder.GetState();
                if (buf.Length == 0 && charsDecoded <= charsToSkip)
                {
                    startPos += bytesFed;
                    charsToSkip -= charsDecoded;
                    cookieFlags = flags;
                    bytesFed = 0;
                    charsDecoded = 0;
                }

                if (charsDecoded >= charsToSkip)
                {
                    break;
                }
            }

            if (i == input.Length)
            {
                var tail = _decoder.Decode([], true);
                if (tail is null)
                {
                    return null;
                }

                charsDecoded += tail.Length;
                needEof = true;
                if (charsDecoded < charsToSkip)
                {
                    return PyErr.SetString(PyExc.OSError, "can't reconstruct logical file position");
                }
            }

            return PyInt.From(Pack(startPos, cookieFlags, bytesFed, charsToSkip, needEof));
        }
        finally
        {
            _decoder.SetState(saved.Pending, saved.Flags);
        }
    }

    public PyObject? Seek(PyObject cookieObj, int whence)
    {
        if (!CheckAttached() || !CheckClosed())
        {
            return null;
        }

        if (!_seekable)
        {
            return IoErr.Unsupported("underlying stream is not seekable");
        }

        var cookieInt = PyNumber.Index(cookieObj);
        if (cookieInt is null)
        {
            return null;
        }

        var cookie = cookieInt.ToBigInteger();
        switch (whence)
        {
            case 1:
                if (!cookie.IsZero)
                {
                    return IoErr.Unsupported("can't do nonzero cur-relative seeks");
                }

                var told = Tell();
                if (told is not PyInt ti)
                {
                    return null;
                }

                cookie = ti.ToBigInteger();
                break;
            case 2:
            {
                if (!cookie.IsZero)
                {
                    return IoErr.Unsupported("can't do nonzero end-relative seeks");
                }

                if (PyCall.CallMethod(this, s_flush, []) is null)
                {
                    return null;
                }

                SetDecoded("");
                _snapshot = null;
                _decoder?.Reset();
                var res = PyCall.CallMethod(_buffer!, s_seek, [PyInt.Zero, PyInt.From(2)]);
                if (res is null)
                {
                    return null;
                }

                int zero = PyOps.RichCompareBool(res, PyInt.Zero, Bytecode.CompareOp.Eq);
                if (zero < 0)
                {
                    return null;
                }

                _encoderStarted = zero == 0;
                return res;
            }

            case 0:
                break;
            default:
                return PyErr.ValueError($"invalid whence ({whence}, should be 0, 1 or 2)");
        }

        if (cookie.Sign < 0)
        {
            return PyErr.ValueError($"negative seek position {cookie}");
        }

        if (PyCall.CallMethod(this, s_flush, []) is null)
        {
            return null;
        }

        var mask = (BigInteger.One << 64) - 1;
        long startPos = (long)(cookie & mask);
        long decFlags = (long)((cookie >> 64) & mask);
        long bytesToFeed = (long)((cookie >> 128) & mask);
        long charsToSkip = (long)((cookie >> 192) & mask);
        bool needEof = !((cookie >> 256) & mask).IsZero;
        if (PyCall.CallMethod(_buffer!, s_seek, [PyInt.From(startPos)]) is null)
        {
            return null;
        }

        SetDecoded("");
        _snapshot = null;
        if (_decoder is not null)
        {
            if (cookie.IsZero)
            {
                _decoder.Reset();
            }
            else
            {
                _decoder.SetState([], decFlags);
            }

            _snapshot = (decFlags, []);
        }

        if (charsToSkip > 0)
        {
            var chunk = PyCall.CallMethod(_buffer!, s_read, [PyInt.From(bytesToFeed)]);
            if (chunk is null || !IoErr.Buffer(chunk, out var data))
            {
                return null;
            }

            _snapshot = (decFlags, data.ToArray());
            var decoded = _decoder!.Decode(data, needEof);
            if (decoded is null)
            {
                return null;
            }

            SetDecoded(decoded);
            if (decoded.Length < charsToSkip)
            {
                return PyErr.SetString(PyExc.OSError, "can't restore logical file position");
            }

            _used = (int)charsToSkip;
        }

        _encoderStarted = !cookie.IsZero;
        return PyInt.From(cookie);
    }

    public PyObject? Truncate(PyObject? pos)
    {
        if (!CheckAttached())
        {
            return null;
        }

        if (PyCall.CallMethod(this, s_flush, []) is null)
        {
            return null;
        }

        if (pos is null or PyNone)
        {
            pos = PyCall.CallMethod(this, s_tell, []);
            if (pos is null)
            {
                return null;
            }
        }

        return PyCall.CallMethod(_buffer!, new PyStr("truncate"), [pos]);
    }

    public PyObject? Detach()
    {
        if (!CheckAttached())
        {
            return null;
        }

        if (PyCall.CallMethod(this, s_flush, []) is null)
        {
            return null;
        }

        var b = _buffer!;
        _buffer = null;
        _ok = false;
        _detached = true;
        ReleaseFinalizer();
        return b;
    }

    private PyObject? Repr()
    {
        var sb = new StringBuilder("<").Append(Type.TpName);
        int found = PyAttr.TryGetAttr(this, s_name, out var name);
        if (found < 0)
        {
            if (!PyErr.ExceptionMatches(PyExc.ValueError))
            {
                return null;
            }

            PyErr.Clear();
        }
        else if (found > 0)
        {
            var r = PyOps.ReprString(name!);
            if (r is null)
            {
                return null;
            }

            sb.Append(" name=").Append(r);
        }

        found = PyAttr.TryGetAttr(this, s_mode, out var mode);
        if (found < 0)
        {
            return null;
        }

        if (found > 0)
        {
            var r = PyOps.ReprString(mode!);
            if (r is null)
            {
                return null;
            }

            sb.Append(" mode=").Append(r);
        }

        var e = PyOps.ReprString(new PyStr(_encoding));
        return new PyStr(sb.Append(" encoding=").Append(e).Append('>').ToString());
    }
}
