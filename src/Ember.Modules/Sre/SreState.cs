using Ember.Runtime.Codecs;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Threading;

namespace Ember.Modules.Sre;

/// <summary>A repeat in progress (sre's SRE_REPEAT): the count so far and where its item's code starts.</summary>
internal sealed class SreRepeat
{
    public int Count;
    public int Pattern;
    public int LastPtr;
    public SreRepeat? Prev;
}

/// <summary>One level of the matcher's explicit backtracking stack (sre_lib.h's match_context).</summary>
internal sealed class SreContext
{
    public int Pattern;
    public int Ptr;
    public int Count;
    public int LastMark;
    public int LastIndex;
    public uint Chr;
    public int Jump;
    public bool TopLevel;
    public SreRepeat? Rep;
}

/// <summary>
/// The matching state of sre.c (SRE_STATE): the subject and its bounds, the
/// group marks, the repeat chain, and the stacks the engine backtracks with.
/// Positions are indexes into the subject (the start of the string is 0,
/// CPython's state->beginning); a mark of -1 is unset (NULL).
/// </summary>
internal sealed class SreState
{
    public readonly PyPattern Pattern;
    public readonly uint[] Code;
    public readonly PyObject String;
    public readonly bool IsBytes;
    public readonly int Length;
    public readonly int Pos;
    public readonly int EndPos;

    public int Start;
    public int End;
    public int Ptr;
    public bool MatchAll;
    public bool MustAdvance;
    public int LastMark = -1;
    public int LastIndex = -1;
    public readonly int[] Mark;
    public SreRepeat? Repeat;

    /// <summary>False once a scanner has run out (state->start set to NULL).</summary>
    public bool Exhausted;

    internal int SigCount;
    private SreContext[] _contexts = new SreContext[16];
    private int[] _data = new int[64];
    private int _dataTop;

    private readonly string? _utf16;
    private readonly int[]? _codePoints;
    private readonly byte[]? _bytes;

    private SreState(PyPattern pattern, PyObject str, bool isBytes, int length, string? utf16, int[]? cps, byte[]? bytes, long start, long end)
    {
        Pattern = pattern;
        Code = pattern.Code;
        String = str;
        IsBytes = isBytes;
        Length = length;
        _utf16 = utf16;
        _codePoints = cps;
        _bytes = bytes;
        Mark = new int[System.Math.Max(2, pattern.Groups * 2)];
        Pos = (int)System.Math.Clamp(start, 0, length);
        EndPos = (int)System.Math.Clamp(end, 0, length);
        Start = Pos;
        End = EndPos;
    }

    /// <summary>state_init: null with TypeError pending when the subject does not fit the pattern.</summary>
    public static SreState? Create(PyPattern pattern, PyObject str, long start, long end)
    {
        if (str is PyStr s)
        {
            if (pattern.IsBytes == 1)
            {
                PyErr.TypeError("cannot use a bytes pattern on a string-like object");
                return null;
            }

            return s.IsNarrow
                ? new SreState(pattern, str, false, s.Value.Length, s.Value, null, null, start, end)
                : new SreState(pattern, str, false, s.Length, null, s.GetCodePoints(), null, start, end);
        }

        var bytes = GetBytes(str);
        if (bytes is null)
        {
            return null;
        }

        if (pattern.IsBytes == 0)
        {
            PyErr.TypeError("cannot use a string pattern on a bytes-like object");
            return null;
        }

        return new SreState(pattern, str, true, bytes.Length, null, null, bytes, start, end);
    }

    /// <summary>getstring's buffer case: the bytes of a bytes-like object, or null with CPython's TypeError.</summary>
    public static byte[]? GetBytes(PyObject o)
    {
        if (o is PyBytes b)
        {
            return b.Data;
        }

        if (BytesLike.TryGetBytes(o, out var span))
        {
            return span.ToArray();
        }

        PyErr.TypeError($"expected string or bytes-like object, got '{o.Type.TpName}'");
        return null;
    }

    /// <summary>state_reset: forget the marks and repeats of the previous attempt.</summary>
    public void Reset()
    {
        LastMark = -1;
        LastIndex = -1;
        Repeat = null;
        _dataTop = 0;
    }

    /// <summary>sre_match from <see cref="Start"/>: 1, 0, or a negative SRE error.</summary>
    public int Match()
    {
        Ptr = Start;
        if (_utf16 is not null)
        {
            return SreEngine<Utf16Text>.Match(this, new Utf16Text(_utf16), 0, true, 0);
        }

        return _codePoints is not null
            ? SreEngine<CodePointText>.Match(this, new CodePointText(_codePoints), 0, true, 0)
            : SreEngine<ByteText>.Match(this, new ByteText(_bytes!), 0, true, 0);
    }

    /// <summary>sre_search from <see cref="Start"/>: 1, 0, or a negative SRE error.</summary>
    public int Search()
    {
        Ptr = Start;
        if (_utf16 is not null)
        {
            return SreEngine<Utf16Text>.Search(this, new Utf16Text(_utf16));
        }

        return _codePoints is not null
            ? SreEngine<CodePointText>.Search(this, new CodePointText(_codePoints))
            : SreEngine<ByteText>.Search(this, new ByteText(_bytes!));
    }

    /// <summary>Runs a match or a search and turns an engine failure into the pending Python error (pattern_error); -1 on error.</summary>
    public int Run(bool search)
    {
        int status;
        try
        {
            status = search ? Search() : Match();
        }
        catch (IndexOutOfRangeException)
        {
            // Code that _sre.compile accepted but that reads past its end.
            PyErr.SetString(PyExc.RuntimeError, "invalid SRE code");
            return -1;
        }
        catch (OutOfMemoryException)
        {
            PyErr.NoMemory();
            return -1;
        }

        if (status >= 0)
        {
            return status;
        }

        switch (status)
        {
            case SreError.Interrupted:
                break;
            case SreError.RecursionLimit:
                PyErr.SetString(PyExc.RecursionError, "maximum recursion limit exceeded");
                break;
            case SreError.Memory:
                PyErr.NoMemory();
                break;
            default:
                PyErr.SetString(PyExc.RuntimeError, "internal error in regular expression engine");
                break;
        }

        return -1;
    }

    /// <summary>The context at <paramref name="depth"/> of the backtracking stack, made on first use.</summary>
    public SreContext Context(int depth)
    {
        if (depth >= _contexts.Length)
        {
            Array.Resize(ref _contexts, _contexts.Length * 2);
        }

        return _contexts[depth] ??= new SreContext();
    }

    public void DataPush(int value)
    {
        if (_dataTop == _data.Length)
        {
            Array.Resize(ref _data, _data.Length * 2);
        }

        _data[_dataTop++] = value;
    }

    public int DataPop() => _data[--_dataTop];

    /// <summary>MARK_PUSH: saves marks 0..lastmark.</summary>
    public void MarkPush(int lastmark)
    {
        if (lastmark < 0)
        {
            return;
        }

        int n = lastmark + 1;
        while (_dataTop + n > _data.Length)
        {
            Array.Resize(ref _data, _data.Length * 2);
        }

        Array.Copy(Mark, 0, _data, _dataTop, n);
        _dataTop += n;
    }

    /// <summary>MARK_POP (restore, drop), MARK_POP_KEEP (restore, keep) and MARK_POP_DISCARD (drop).</summary>
    public void MarkPop(int lastmark, bool restore, bool drop)
    {
        if (lastmark < 0)
        {
            return;
        }

        int n = lastmark + 1;
        if (restore)
        {
            Array.Copy(_data, _dataTop - n, Mark, 0, n);
        }

        if (drop)
        {
            _dataTop -= n;
        }
    }

    /// <summary>PyErr_CheckSignals for a long match: _thread.interrupt_main's (and SIGINT's) KeyboardInterrupt on the main thread.</summary>
    public static bool CheckSignals()
    {
        var ts = PyThreadState.Current;
        var interp = ts.Interpreter;
        if ((interp.Pending.Requested & PendingCalls.InterruptBit) == 0 || !ReferenceEquals(ts, interp.MainThread))
        {
            return false;
        }

        interp.Pending.Clear(PendingCalls.InterruptBit);
        PyErr.SetObject(PyExc.KeyboardInterrupt, null);
        return true;
    }

    /// <summary>state_getslice: group <paramref name="index"/>'s text, an empty slice or None when it did not match.</summary>
    public PyObject? GetGroupSlice(int index, bool empty)
    {
        int i = (index - 1) * 2;
        if (i >= LastMark || Mark[i] < 0 || Mark[i + 1] < 0)
        {
            return empty ? SreModule.GetSlice(IsBytes, String, 0, 0) : PyNone.Instance;
        }

        int b = Mark[i];
        int e = Mark[i + 1];
        if (b > e)
        {
            return PyErr.SetString(PyExc.SystemError, "The span of capturing group is wrong, please report a bug for the re module.");
        }

        return SreModule.GetSlice(IsBytes, String, b, e);
    }
}
