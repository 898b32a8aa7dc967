using System.Numerics;
using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>int's named methods and attributes (long_methods and long_getset in Objects/longobject.c).</summary>
public partial class PyInt
{
    private static void AddMembers(PyType type)
    {
        type.AddMethod("conjugate", static (self, args, kw) => Args.NoArgs("int.conjugate", args, kw) ? ((PyInt)self).AsExact() : null);
        type.AddMethod("bit_length", BitLength);
        type.AddMethod("bit_count", BitCount);
        type.AddMethod("as_integer_ratio", static (self, args, kw) =>
            Args.NoArgs("int.as_integer_ratio", args, kw) ? PyTuple.Create(((PyInt)self).AsExact(), One) : null);
        type.AddMethod("__trunc__", static (self, args, kw) => Args.NoArgs("int.__trunc__", args, kw) ? ((PyInt)self).AsExact() : null);
        type.AddMethod("__floor__", static (self, args, kw) => Args.NoArgs("int.__floor__", args, kw) ? ((PyInt)self).AsExact() : null);
        type.AddMethod("__ceil__", static (self, args, kw) => Args.NoArgs("int.__ceil__", args, kw) ? ((PyInt)self).AsExact() : null);
        type.AddMethod("__round__", RoundMethod);
        type.AddMethod("__getnewargs__", static (self, args, kw) =>
            Args.NoArgs("int.__getnewargs__", args, kw) ? PyTuple.Create(((PyInt)self).AsExact()) : null);
        type.AddMethod("__sizeof__", static (self, args, kw) => Args.NoArgs("int.__sizeof__", args, kw) ? From(((PyInt)self).SizeOf()) : null);
        type.AddMethod("__format__", FormatMethod);
        type.AddMethod("to_bytes", ToBytesMethod);
        type.AddClassMethod("from_bytes", FromBytesMethod);
        type.AddGetter("real", static self => ((PyInt)self).AsExact());
        type.AddGetter("imag", static self => Zero);
        type.AddGetter("numerator", static self => ((PyInt)self).AsExact());
        type.AddGetter("denominator", static self => One);
    }

    /// <summary>The number of bits of |x| (int.bit_length()).</summary>
    public long BitLength()
    {
        if (Big is { } big)
        {
            return (long)BigInteger.Abs(big).GetBitLength();
        }

        ulong magnitude = Small < 0 ? (ulong)-(Small + 1) + 1 : (ulong)Small;
        return 64 - BitOperations.LeadingZeroCount(magnitude);
    }

    private static PyObject? BitLength(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        Args.NoArgs("int.bit_length", args, kwnames) ? From(((PyInt)self).BitLength()) : null;

    private static PyObject? BitCount(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.NoArgs("int.bit_count", args, kwnames))
        {
            return null;
        }

        var x = (PyInt)self;
        if (x.Big is null)
        {
            ulong magnitude = x.Small < 0 ? (ulong)-(x.Small + 1) + 1 : (ulong)x.Small;
            return From(BitOperations.PopCount(magnitude));
        }

        long count = 0;
        foreach (byte b in BigInteger.Abs(x.Big.Value).ToByteArray(isUnsigned: true))
        {
            count += BitOperations.PopCount(b);
        }

        return From(count);
    }

    /// <summary>int.__sizeof__(): CPython's layout, a 24-byte header and 30-bit digits (at least one).</summary>
    public long SizeOf()
    {
        long digits = (BitLength() + 29) / 30;
        return 24 + (4 * Math.Max(digits, 1));
    }

    private static PyObject? FormatMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.ExactlyOne("int.__format__", args, kwnames))
        {
            return null;
        }

        if (args[0] is not PyStr spec)
        {
            return PyErr.TypeError($"__format__() argument must be str, not {StrArgs.TypeNameForError(args[0])}");
        }

        // An empty spec is str(self), which a subclass (bool among them) may define.
        if (spec.Value.Length == 0)
        {
            return PyOps.Str(self);
        }

        var x = (PyInt)self;
        var sb = new System.Text.StringBuilder();
        bool ok = Text.IntFormatter.TryFormat(sb, x.ToBigInteger(), spec.Value, self.Type.Name, MaxStrDigits, out var error);
        return ok ? new PyStr(sb.ToString()) : Text.TextErrorExtensions.Raise(error);
    }

    private static PyObject? RoundMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.NoKeywords("int.__round__", kwnames) || !Args.Positional("__round__", args, kwnames, 0, 1))
        {
            return null;
        }

        var x = (PyInt)self;
        if (args.Length == 0)
        {
            return x.AsExact();
        }

        var n = PyNumber.Index(args[0]);
        if (n is null)
        {
            return null;
        }

        return Round(x, n);
    }

    /// <summary>round(x, n) for an int: itself for n >= 0, else the nearest multiple of 10**-n, halves to even.</summary>
    public static PyInt Round(PyInt x, PyInt ndigits)
    {
        if (ndigits.Sign >= 0)
        {
            return x.AsExact();
        }

        // 10**k > 2|x| rounds to 0; 0.30103 > log10(2) keeps the estimate safe.
        if (ndigits.Big is not null || -ndigits.Small > (long)(x.BitLength() * 0.30103) + 2)
        {
            return Zero;
        }

        var value = x.ToBigInteger();
        var b = BigInteger.Pow(10, (int)-ndigits.Small);
        var q = FloorDivMod(value, b, out var r);
        int c = (r * 2).CompareTo(b);
        if (c > 0 || (c == 0 && !q.IsEven))
        {
            q += BigInteger.One;
        }

        return From(q * b);
    }
}
