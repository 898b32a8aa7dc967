using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.Io;

public sealed partial class PyTextIOWrapper
{
    private static readonly ArgSpec s_initSpec = new("TextIOWrapper", ["buffer", "encoding", "errors", "newline", "line_buffering", "write_through"]);
    private static readonly ArgSpec s_reconfigureSpec = new("reconfigure", ["encoding", "errors", "newline", "line_buffering", "write_through"], maxPositional: 0);

    /// <summary>A str-or-None argument; false with CPython's clinic TypeError.</summary>
    internal static bool StrOrNone(string func, string arg, PyObject? o, out string? value)
    {
        value = null;
        if (o is null or PyNone)
        {
            return true;
        }

        if (o is PyStr s)
        {
            if (s.Value.Contains('\0'))
            {
                PyErr.ValueError("embedded null character");
                return false;
            }

            value = s.Value;
            return true;
        }

        PyErr.TypeError($"{func}() argument '{arg}' must be str or None, not {o.Type.TpName}");
        return false;
    }

    private static bool Flag(PyObject? o, bool fallback, out bool value)
    {
        value = fallback;
        if (o is null or PyNone)
        {
            return true;
        }

        int t = PyOps.IsTrue(o);
        value = t > 0;
        return t >= 0;
    }

    private static void InitSlots(PyType type)
    {
        type.New = static (cls, args, kw) => new PyTextIOWrapper(cls);
        type.Init = static (self, args, kw) =>
        {
            Span<PyObject?> a = [null, null, null, null, null, null];
            if (!s_initSpec.Parse(args, kw, a))
            {
                return false;
            }

            if (!StrOrNone("TextIOWrapper", "encoding", a[1], out var encoding)
                || !StrOrNone("TextIOWrapper", "errors", a[2], out var errors)
                || !StrOrNone("TextIOWrapper", "newline", a[3], out var newline))
            {
                return false;
            }

            if (!Flag(a[4], false, out bool lb) || !Flag(a[5], false, out bool wt))
            {
                return false;
            }

            return Self(self).Init(a[0]!, encoding, errors, newline, true, lb, wt);
        };
        type.Repr = static self => Self(self).Repr();
        type.Iter = static self => Self(self).CheckClosed() ? self : null;
        type.Next = static self =>
        {
            var t = Self(self);
            if (!t.CheckAttached())
            {
                return null;
            }

            t._telling = false;
            var line = ReferenceEquals(self.Type, TypeObject) ? t.ReadLine(-1) : PyCall.CallMethod(self, new PyStr("readline"), []);
            if (line is null)
            {
                return null;
            }

            if (line is not PyStr s)
            {
                return PyErr.SetString(PyExc.OSError, $"readline() should have returned a str object, not '{line.Type.TpName}'");
            }

            if (s.Value.Length == 0)
            {
                t._snapshot = null;
                t._telling = t._seekable;
                return null;
            }

            return line;
        };
    }

    private static PyObject? Forward(PyObject self, string name)
    {
        var t = Self(self);
        return t.CheckAttached() ? PyCall.CallMethod(t._buffer!, name, []) : null;
    }

    private static void InitMembers(PyType type)
    {
        type.AddMethod("detach", static (self, args, kw) => Args.NoArgs(self, "detach", args, kw) ? Self(self).Detach() : null);
        type.AddMethod("reconfigure", Reconfigure);
        type.AddMethod("write", static (self, args, kw) => Args.ExactlyOne(self, "write", args, kw) ? Self(self).Write(args[0]) : null);
        type.AddMethod("read", static (self, args, kw) =>
            Args.Positional("read", args, kw, 0, 1) && IoErr.OptionalSize(args, 0, out long n) ? Self(self).Read(n) : null);
        type.AddMethod("readline", static (self, args, kw) =>
        {
            if (!Args.Positional("readline", args, kw, 0, 1))
            {
                return null;
            }

            long n = -1;
            if (args.Length > 0 && !IoErr.Ssize(args[0], out n))
            {
                return null;
            }

            return Self(self).ReadLine(n);
        });
        type.AddMethod("flush", static (self, args, kw) => Args.NoArgs(self, "flush", args, kw) ? Self(self).Flush() : null);
        type.AddMethod("close", static (self, args, kw) => Args.NoArgs(self, "close", args, kw) ? Self(self).Close() : null);
        type.AddMethod("fileno", static (self, args, kw) => Args.NoArgs(self, "fileno", args, kw) ? Forward(self, "fileno") : null);
        type.AddMethod("seekable", static (self, args, kw) => Args.NoArgs(self, "seekable", args, kw) ? Forward(self, "seekable") : null);
        type.AddMethod("readable", static (self, args, kw) => Args.NoArgs(self, "readable", args, kw) ? Forward(self, "readable") : null);
        type.AddMethod("writable", static (self, args, kw) => Args.NoArgs(self, "writable", args, kw) ? Forward(self, "writable") : null);
        type.AddMethod("isatty", static (self, args, kw) => Args.NoArgs(self, "isatty", args, kw) ? Forward(self, "isatty") : null);
        type.AddMethod("seek", static (self, args, kw) =>
        {
            if (!Args.Positional("seek", args, kw, 1, 2))
            {
                return null;
            }

            int whence = 0;
            return args.Length > 1 && !IoErr.Int(args[1], out whence) ? null : Self(self).Seek(args[0], whence);
        });
        type.AddMethod("tell", static (self, args, kw) => Args.NoArgs(self, "tell", args, kw) ? Self(self).Tell() : null);
        type.AddMethod("truncate", static (self, args, kw) =>
            Args.Positional("truncate", args, kw, 0, 1) ? Self(self).Truncate(args.Length > 0 ? args[0] : null) : null);
        type.AddMethod("__getstate__", static (self, args, kw) => PyErr.TypeError($"cannot pickle '{self.Type.TpName}' object"));
        type.AddReadonlyMember("encoding", static self => new PyStr(Self(self)._encoding));
        type.AddReadonlyMember("buffer", static self => Self(self)._buffer ?? PyNone.Instance);
        type.AddReadonlyMember("line_buffering", static self => PyBool.From(Self(self)._lineBuffering));
        type.AddReadonlyMember("write_through", static self => PyBool.From(Self(self)._writeThrough));
        type.AddGetter("errors", static self => Self(self).CheckAttached() ? new PyStr(Self(self)._errors) : null);
        type.AddGetter("name", static self => Self(self).CheckAttached() ? PyOps.GetAttr(Self(self)._buffer!, s_name) : null);
        type.AddGetter("closed", static self => Self(self).CheckAttached() ? PyOps.GetAttr(Self(self)._buffer!, s_closed) : null);
        type.AddGetter("newlines", static self =>
        {
            var t = Self(self);
            if (!t.CheckAttached())
            {
                return null;
            }

            return t._decoder?.Newlines?.Newlines ?? PyNone.Instance;
        });
        type.AddGetter("_CHUNK_SIZE", static self => PyInt.From(Self(self)._chunkSize), static (self, value) =>
        {
            if (value is null)
            {
                PyErr.AttributeError("cannot delete attribute");
                return false;
            }

            if (!IoErr.Ssize(value, out long n))
            {
                return false;
            }

            if (n <= 0)
            {
                PyErr.ValueError("a strictly positive integer is required");
                return false;
            }

            Self(self)._chunkSize = n;
            return true;
        });
    }

    private static PyObject? Reconfigure(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = [null, null, null, null, null];
        if (!s_reconfigureSpec.Parse(args, kw, a))
        {
            return null;
        }

        var t = Self(self);
        if (!t.CheckAttached())
        {
            return null;
        }

        if (!StrOrNone("reconfigure", "encoding", a[0], out var encoding)
            || !StrOrNone("reconfigure", "errors", a[1], out var errors))
        {
            return null;
        }

        bool newlineGiven = a[2] is not null;
        string? newline = null;
        if (newlineGiven && !StrOrNone("reconfigure", "newline", a[2], out newline))
        {
            return null;
        }

        if (newlineGiven && !ValidNewline(newline))
        {
            return null;
        }

        if (t._decoder is not null && (encoding is not null || errors is not null || newlineGiven) && (t.Remaining > 0 || t._snapshot is not null))
        {
            return IoErr.Unsupported("It is not possible to set the encoding or newline of stream after the first read");
        }

        if (PyCall.CallMethod(self, s_flush, []) is null)
        {
            return null;
        }

        if (encoding is not null || errors is not null)
        {
            string enc = encoding ?? t._encoding;
            if (enc == "locale")
            {
                enc = LocaleEncoding;
            }

            var kind = Ember.Runtime.Codecs.CodecRegistry.Lookup(enc);
            if (kind == Ember.Runtime.Codecs.CodecKind.None)
            {
                return Ember.Runtime.Codecs.CodecErrors.UnknownEncoding(enc);
            }

            t._encoding = enc;
            t._kind = kind;
            t._errors = errors ?? (encoding is not null ? "strict" : t._errors);
        }

        if (newlineGiven)
        {
            t.SetNewline(newline);
        }

        if (encoding is not null || errors is not null || newlineGiven)
        {
            if (t._decoder is not null)
            {
                t._decoder = t.NewDecoder();
            }
        }

        if (!Flag(a[3], t._lineBuffering, out t._lineBuffering) || !Flag(a[4], t._writeThrough, out t._writeThrough))
        {
            return null;
        }

        return PyNone.Instance;
    }

    private static void InitTextIOBaseMembers(PyType type)
    {
        type.AddMethod("detach", static (self, args, kw) => IoErr.Unsupported("detach"));
        type.AddMethod("read", static (self, args, kw) => IoErr.Unsupported("read"));
        type.AddMethod("readline", static (self, args, kw) => IoErr.Unsupported("readline"));
        type.AddMethod("write", static (self, args, kw) => IoErr.Unsupported("write"));
        type.AddGetter("encoding", static self => PyNone.Instance);
        type.AddGetter("newlines", static self => PyNone.Instance);
        type.AddGetter("errors", static self => PyNone.Instance);
    }
}
