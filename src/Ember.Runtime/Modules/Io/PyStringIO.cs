using System.Text;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.Io;

/// <summary>
/// <c>_io.StringIO</c> (Modules/_io/stringio.c): an in-memory text buffer.
/// Newlines are translated when written (newline=None gives "\n", "\r" or
/// "\r\n" replace "\n"), and readline splits as TextIOWrapper would.
/// </summary>
public sealed class PyStringIO : PyIOBase
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin(
        "StringIO", PyTextIOWrapper.TextIOBaseType, TypeFlags.BaseType | TypeFlags.HasDict | TypeFlags.HasWeakref, InitSlots, InitMembers, module: "_io");

    private static readonly ArgSpec s_initSpec = new("StringIO", ["initial_value", "newline"]);

    private readonly StringBuilder _buf = new();
    private int _pos;
    private bool _closed;
    private bool _ok;
    private string? _readnl;
    private bool _readuniversal;
    private bool _readtranslate;
    private string? _writenl;
    private NewlineState? _decoder;

    public PyStringIO(PyType type)
        : base(type, false)
    {
    }

    private static PyStringIO Self(PyObject o) => (PyStringIO)o;

    private bool Check()
    {
        if (!_ok)
        {
            PyErr.ValueError("I/O operation on uninitialized object");
            return false;
        }

        if (_closed)
        {
            PyErr.ValueError("I/O operation on closed file");
            return false;
        }

        return true;
    }

    private void WriteStr(string s)
    {
        if (_decoder is not null)
        {
            s = _decoder.Process(s, true);
        }

        if (_writenl is not null)
        {
            s = s.Replace("\n", _writenl, StringComparison.Ordinal);
        }

        if (s.Length == 0)
        {
            return;
        }

        if (_pos > _buf.Length)
        {
            _buf.Append('\0', _pos - _buf.Length);
        }

        int overlap = Math.Min(s.Length, _buf.Length - _pos);
        for (int i = 0; i < overlap; i++)
        {
            _buf[_pos + i] = s[i];
        }

        _buf.Append(s, overlap, s.Length - overlap);
        _pos += s.Length;
    }

    private int LineEnd(string s, int start)
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
            return s[i] == '\r' && i + 1 < s.Length && s[i + 1] == '\n' ? i + 2 : i + 1;
        }

        int j = s.IndexOf(_readnl!, start, StringComparison.Ordinal);
        return j < 0 ? -1 : j + _readnl!.Length;
    }

    private PyObject ReadLine(long limit)
    {
        if (_pos >= _buf.Length)
        {
            return PyStr.Empty;
        }

        string s = _buf.ToString();
        int end = LineEnd(s, _pos);
        if (end < 0)
        {
            end = s.Length;
        }

        if (limit >= 0 && end - _pos > limit)
        {
            end = _pos + (int)limit;
        }

        var line = s[_pos..end];
        _pos = end;
        return PyStr.From(line);
    }

    private static void InitSlots(PyType type)
    {
        type.New = static (cls, args, kw) => new PyStringIO(cls);
        type.Init = static (self, args, kw) =>
        {
            Span<PyObject?> a = [null, null];
            if (!s_initSpec.Parse(args, kw, a))
            {
                return false;
            }

            string? newline = "\n";
            if (a[1] is not null)
            {
                if (a[1] is PyNone)
                {
                    newline = null;
                }
                else if (a[1] is PyStr ns)
                {
                    newline = ns.Value;
                }
                else
                {
                    PyErr.TypeError($"newline must be str or None, not {a[1]!.Type.TpName}");
                    return false;
                }
            }

            if (newline is not (null or "" or "\n" or "\r" or "\r\n"))
            {
                PyErr.ValueError($"illegal newline value: {PyOps.ReprString(a[1]!)}");
                return false;
            }

            if (a[0] is not null and not PyNone and not PyStr)
            {
                PyErr.TypeError($"initial_value must be str or None, not {a[0]!.Type.TpName}");
                return false;
            }

            var s = Self(self);
            s._readnl = newline;
            s._readuniversal = string.IsNullOrEmpty(newline);
            s._readtranslate = newline is null;
            s._writenl = newline is "\r" or "\r\n" ? newline : null;
            s._decoder = s._readuniversal ? new NewlineState(s._readtranslate) : null;
            s._buf.Clear();
            s._pos = 0;
            s._closed = false;
            s._ok = true;
            if (a[0] is PyStr initial)
            {
                s.WriteStr(initial.Value);
                s._pos = 0;
            }

            return true;
        };
        type.Iter = static self => self;
        type.Next = static self =>
        {
            var s = Self(self);
            if (!s.Check())
            {
                return null;
            }

            var line = ReferenceEquals(self.Type, TypeObject) ? s.ReadLine(-1) : PyCall.CallMethod(self, new PyStr("readline"), []);
            if (line is null)
            {
                return null;
            }

            if (line is not PyStr ls)
            {
                return PyErr.SetString(PyExc.OSError, $"readline() should have returned a str object, not '{line.Type.TpName}'");
            }

            return ls.Value.Length == 0 ? null : line;
        };
    }

    private static void InitMembers(PyType type)
    {
        type.AddMethod("getvalue", static (self, args, kw) => Args.NoArgs(self, "getvalue", args, kw) && Self(self).Check() ? PyStr.From(Self(self)._buf.ToString()) : null);
        type.AddMethod("read", static (self, args, kw) =>
        {
            if (!Args.Positional("read", args, kw, 0, 1) || !IoErr.OptionalSize(args, 0, out long n) || !Self(self).Check())
            {
                return null;
            }

            var s = Self(self);
            int avail = Math.Max(0, s._buf.Length - s._pos);
            int take = n < 0 || n > avail ? avail : (int)n;
            if (take == 0)
            {
                return PyStr.Empty;
            }

            var r = s._buf.ToString(s._pos, take);
            s._pos += take;
            return PyStr.From(r);
        });
        type.AddMethod("readline", static (self, args, kw) =>
            Args.Positional("readline", args, kw, 0, 1) && IoErr.OptionalSize(args, 0, out long n) && Self(self).Check() ? Self(self).ReadLine(n) : null);
        type.AddMethod("write", static (self, args, kw) =>
        {
            if (!Args.ExactlyOne(self, "write", args, kw))
            {
                return null;
            }

            if (!Self(self).Check())
            {
                return null;
            }

            if (args[0] is not PyStr str)
            {
                return PyErr.TypeError($"string argument expected, got '{args[0].Type.TpName}'");
            }

            Self(self).WriteStr(str.Value);
            return PyInt.From(str.Length);
        });
        type.AddMethod("tell", static (self, args, kw) => Args.NoArgs(self, "tell", args, kw) && Self(self).Check() ? PyInt.From(Self(self)._pos) : null);
        type.AddMethod("seek", static (self, args, kw) =>
        {
            if (!Args.Positional("seek", args, kw, 1, 2) || !IoErr.Ssize(args[0], out long pos))
            {
                return null;
            }

            int whence = 0;
            if (args.Length > 1 && !IoErr.Int(args[1], out whence))
            {
                return null;
            }

            var s = Self(self);
            if (!s.Check())
            {
                return null;
            }

            if (whence is not (0 or 1 or 2))
            {
                return PyErr.ValueError($"Invalid whence ({whence}, should be 0, 1 or 2)");
            }

            if (pos < 0 && whence == 0)
            {
                return PyErr.ValueError($"Negative seek position {pos}");
            }

            if (whence != 0 && pos != 0)
            {
                return PyErr.SetString(PyExc.OSError, "Can't do nonzero cur-relative seeks");
            }

            if (whence == 1)
            {
                pos = s._pos;
            }
            else if (whence == 2)
            {
                pos = s._buf.Length;
            }

            s._pos = (int)pos;
            return PyInt.From(pos);
        });
        type.AddMethod("truncate", static (self, args, kw) =>
        {
            if (!Args.Positional("truncate", args, kw, 0, 1))
            {
                return null;
            }

            var s = Self(self);
            if (!s.Check())
            {
                return null;
            }

            long size = s._pos;
            if (args.Length > 0 && args[0] is not PyNone && !IoErr.Ssize(args[0], out size))
            {
                return null;
            }

            if (size < 0)
            {
                return PyErr.ValueError($"Negative size value {size}");
            }

            if (size < s._buf.Length)
            {
                s._buf.Length = (int)size;
            }

            return PyInt.From(size);
        });
        type.AddMethod("readable", static (self, args, kw) => Args.NoArgs(self, "readable", args, kw) && Self(self).Check() ? PyBool.True : null);
        type.AddMethod("writable", static (self, args, kw) => Args.NoArgs(self, "writable", args, kw) && Self(self).Check() ? PyBool.True : null);
        type.AddMethod("seekable", static (self, args, kw) => Args.NoArgs(self, "seekable", args, kw) && Self(self).Check() ? PyBool.True : null);
        type.AddMethod("close", static (self, args, kw) =>
        {
            if (!Args.NoArgs(self, "close", args, kw))
            {
                return null;
            }

            var s = Self(self);
            s._closed = true;
            s._buf.Clear();
            return PyNone.Instance;
        });
        type.AddMethod("__getstate__", static (self, args, kw) =>
        {
            var s = Self(self);
            if (!s.Check())
            {
                return null;
            }

            PyObject dict = s.Dict is { Count: > 0 } d ? d.Copy() : PyNone.Instance;
            PyObject nl = s._readnl is null ? PyNone.Instance : new PyStr(s._readnl);
            return PyTuple.Create([PyStr.From(s._buf.ToString()), nl, PyInt.From(s._pos), dict]);
        });
        type.AddGetter("closed", static self =>
        {
            var s = Self(self);
            if (!s._ok)
            {
                return PyErr.ValueError("I/O operation on uninitialized object");
            }

            return PyBool.From(s._closed);
        });
        type.AddGetter("line_buffering", static self => Self(self).Check() ? PyBool.False : null);
        type.AddGetter("newlines", static self => Self(self).Check() ? Self(self)._decoder?.Newlines ?? PyNone.Instance : null);
    }
}

/// <summary><c>_io.IncrementalNewlineDecoder</c>: wraps a decoder (or None for str input) with the newline step.</summary>
public sealed class PyIncrementalNewlineDecoder : PyObject, IInstanceDict
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin(
        "IncrementalNewlineDecoder", null, TypeFlags.BaseType, InitSlots, InitMembers, module: "_io");

    private static readonly ArgSpec s_initSpec = new("IncrementalNewlineDecoder", ["decoder", "translate", "errors"]);
    private static readonly ArgSpec s_decodeSpec = new("decode", ["input", "final"]);

    private PyObject? _decoder;
    private NewlineState? _state;
    private PyObject _errors = new PyStr("strict");

    public PyIncrementalNewlineDecoder(PyType type)
        : base(type)
    {
    }

    public PyDict? Dict { get; set; }

    private static PyIncrementalNewlineDecoder Self(PyObject o) => (PyIncrementalNewlineDecoder)o;

    private bool Check()
    {
        if (_state is null)
        {
            PyErr.ValueError("IncrementalNewlineDecoder.__init__() not called");
            return false;
        }

        return true;
    }

    private static void InitSlots(PyType type)
    {
        type.New = static (cls, args, kw) => new PyIncrementalNewlineDecoder(cls);
        type.Init = static (self, args, kw) =>
        {
            Span<PyObject?> a = [null, null, null];
            if (!s_initSpec.Parse(args, kw, a))
            {
                return false;
            }

            if (a[0] is null || a[1] is null)
            {
                PyErr.TypeError($"IncrementalNewlineDecoder() missing required argument '{(a[0] is null ? "decoder" : "translate")}' (pos {(a[0] is null ? 1 : 2)})");
                return false;
            }

            int translate = PyOps.IsTrue(a[1]!);
            if (translate < 0)
            {
                return false;
            }

            var d = Self(self);
            d._decoder = a[0] is PyNone ? null : a[0];
            d._state = new NewlineState(translate > 0);
            d._errors = a[2] ?? new PyStr("strict");
            return true;
        };
    }

    private static void InitMembers(PyType type)
    {
        type.AddMethod("decode", static (self, args, kw) =>
        {
            Span<PyObject?> a = [null, null];
            if (!s_decodeSpec.Parse(args, kw, a))
            {
                return null;
            }

            var d = Self(self);
            if (!d.Check())
            {
                return null;
            }

            bool final = false;
            if (a[1] is not null)
            {
                int f = PyOps.IsTrue(a[1]!);
                if (f < 0)
                {
                    return null;
                }

                final = f > 0;
            }

            PyObject? output = a[0];
            if (d._decoder is not null)
            {
                output = PyCall.CallMethod(d._decoder, "decode", [a[0]!, PyBool.From(final)]);
                if (output is null)
                {
                    return null;
                }
            }

            if (output is not PyStr s)
            {
                return PyErr.TypeError($"decoder should return a string result, not '{output!.Type.TpName}'");
            }

            return PyStr.From(d._state!.Process(s.Value, final));
        });
        type.AddMethod("getstate", static (self, args, kw) =>
        {
            var d = Self(self);
            if (!d.Check())
            {
                return null;
            }

            PyObject buffer = PyBytes.Empty;
            long flag = 0;
            if (d._decoder is not null)
            {
                var st = PyCall.CallMethod(d._decoder, "getstate", []);
                if (st is null)
                {
                    return null;
                }

                if (st is not PyTuple { Count: 2 } t || t.Items[1] is not PyInt fi)
                {
                    return PyErr.TypeError("illegal decoder state");
                }

                buffer = t.Items[0];
                flag = fi.IsSmall ? fi.Small : 0;
            }

            flag <<= 1;
            if (d._state!.PendingCR)
            {
                flag |= 1;
            }

            return PyTuple.Create([buffer, PyInt.From(flag)]);
        });
        type.AddMethod("setstate", static (self, args, kw) =>
        {
            if (!Args.ExactlyOne(self, "setstate", args, kw))
            {
                return null;
            }

            var d = Self(self);
            if (!d.Check())
            {
                return null;
            }

            if (args[0] is not PyTuple { Count: 2 } t)
            {
                return PyErr.TypeError("state argument must be a tuple");
            }

            if (!IoErr.Ssize(t.Items[1], out long flag))
            {
                return null;
            }

            d._state!.PendingCR = (flag & 1) != 0;
            if (d._decoder is not null)
            {
                return PyCall.CallMethod(d._decoder, "setstate", [PyTuple.Create([t.Items[0], PyInt.From(flag >> 1)])]);
            }

            return PyNone.Instance;
        });
        type.AddMethod("reset", static (self, args, kw) =>
        {
            var d = Self(self);
            if (!d.Check())
            {
                return null;
            }

            d._state!.SeenNL = 0;
            d._state.PendingCR = false;
            return d._decoder is not null ? PyCall.CallMethod(d._decoder, "reset", []) : PyNone.Instance;
        });
        type.AddGetter("newlines", static self => Self(self).Check() ? Self(self)._state!.Newlines : null);
    }
}
