using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Text;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>int(x=0, /, base=10) (long_new_impl, PyNumber_Long, PyLong_FromUnicodeObject).</summary>
public partial class PyInt
{
    private static readonly ArgSpec s_newSpec = new("int", ["x", "base"], posOnly: 1);

    private static readonly PyStr s_trunc = new("__trunc__");

    public static PyObject? New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        PyObject? x, baseArg;
        if (kwnames is null && args.Length <= 1)
        {
            x = args.Length == 1 ? args[0] : null;
            baseArg = null;
        }
        else
        {
            Span<PyObject?> slots = [null, null];
            if (!s_newSpec.Parse(args, kwnames, slots))
            {
                return null;
            }

            x = slots[0];
            baseArg = slots[1];
        }

        var value = NewExact(x, baseArg);
        if (value is null || ReferenceEquals(type, TypeObject))
        {
            return value;
        }

        return new PyIntSubclass(type, value);
    }

    private static PyInt? NewExact(PyObject? x, PyObject? baseArg)
    {
        if (x is null)
        {
            if (baseArg is not null)
            {
                PyErr.TypeError("int() missing string argument");
                return null;
            }

            return Zero;
        }

        if (baseArg is null)
        {
            return FromObject(x);
        }

        if (!PyLong.AsInt(baseArg, out int radix))
        {
            if (!PyErr.ExceptionMatches(PyExc.OverflowError))
            {
                return null;
            }

            PyErr.Clear();
            radix = -1;
        }

        if ((radix != 0 && radix < 2) || radix > 36)
        {
            PyErr.ValueError("int() base must be >= 2 and <= 36, or 0");
            return null;
        }

        if (x is PyStr s)
        {
            return FromString(s.Value, radix);
        }

        if (PyLong.TryGetBytes(x, out var bytes))
        {
            return FromBytes(bytes, radix);
        }

        PyErr.TypeError("int() can't convert non-string with explicit base");
        return null;
    }

    /// <summary>
    /// int(x) for one argument (PyNumber_Long): __int__, then __index__, then
    /// __trunc__, then the text of a str or bytes-like object.
    /// </summary>
    public static PyInt? FromObject(PyObject x)
    {
        if (ReferenceEquals(x.Type, TypeObject))
        {
            return (PyInt)x;
        }

        var type = x.Type;
        if (type.Int is { } intSlot)
        {
            var r = intSlot(x);
            if (r is null)
            {
                return null;
            }

            if (r is not PyInt i)
            {
                PyErr.TypeError($"__int__ returned non-int (type {r.Type.Name})");
                return null;
            }

            return i.AsExact();
        }

        if (type.Index is not null)
        {
            return PyNumber.Index(x);
        }

        var truncated = PyCall.CallSpecial(x, s_trunc, [], out bool found);
        if (found)
        {
            if (truncated is null)
            {
                return null;
            }

            if (truncated is PyInt ti)
            {
                return ti.AsExact();
            }

            if (truncated.Type.Index is null)
            {
                PyErr.TypeError($"__trunc__ returned non-Integral (type {truncated.Type.Name})");
                return null;
            }

            return PyNumber.Index(truncated);
        }

        if (x is PyStr s)
        {
            return FromString(s.Value, 10);
        }

        if (PyLong.TryGetBytes(x, out var bytes))
        {
            return FromBytes(bytes, 10);
        }

        PyErr.TypeError($"int() argument must be a string, a bytes-like object or a real number, not '{type.Name}'");
        return null;
    }

    /// <summary>int(text, radix) with the interpreter's digit limit; ValueError with CPython's message on bad text.</summary>
    public static PyInt? FromString(string text, int radix)
    {
        if (!IntParser.TryParse(text, radix, MaxStrDigits, out var value, out var error))
        {
            error.Raise();
            return null;
        }

        return From(value);
    }

    /// <summary>int(b'...', radix): ASCII text only; the error message shows the bytes' repr.</summary>
    private static PyInt? FromBytes(ReadOnlySpan<byte> data, int radix)
    {
        var chars = new char[data.Length];
        for (int i = 0; i < data.Length; i++)
        {
            byte b = data[i];

            // A non-ASCII byte or NUL is never part of a literal; '\x01' stands in for it.
            chars[i] = b is 0 or >= 0x80 ? '\x01' : (char)b;
        }

        if (IntParser.TryParse(new string(chars), radix, MaxStrDigits, out var value, out var error))
        {
            return From(value);
        }

        if (error.Kind == TextErrorKind.ValueError && error.Message.StartsWith("invalid literal", StringComparison.Ordinal))
        {
            // CPython shows the bytes' repr, whatever the buffer's type.
            string repr = Ember.Syntax.Text.PyRepr.Bytes(data);
            PyErr.ValueError($"invalid literal for int() with base {radix}: {(repr.Length > 200 ? repr[..200] : repr)}");
            return null;
        }

        error.Raise();
        return null;
    }
}
