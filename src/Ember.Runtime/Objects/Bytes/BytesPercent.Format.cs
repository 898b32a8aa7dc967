using System.Globalization;
using System.Text;
using Ember.Runtime.Codecs;
using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Text;

namespace Ember.Runtime.Objects;

internal static partial class BytesPercent
{
    private static partial PyObject? FormatCore(ReadOnlySpan<byte> format, PyObject args, bool asByteArray)
    {
        var tuple = args as PyTuple;
        bool isMapping = tuple is null && args is not (PyBytes or PyByteArray or PyStr) && args.Type.GetItem is not null;
        int argLen = tuple?.Count ?? 1;
        int argIdx = 0;
        bool usedSingle = false;
        var output = new ByteBuilder(format.Length + 16);
        int n = format.Length;
        int i = 0;
        while (i < n)
        {
            int percent = format[i..].IndexOf((byte)'%');
            if (percent < 0)
            {
                output.Add(format[i..]);
                break;
            }

            output.Add(format.Slice(i, percent));
            i += percent + 1;
            if (i >= n)
            {
                return PyErr.ValueError("incomplete format");
            }

            if (format[i] == '%')
            {
                // Only "%%" is a literal percent; a '%' after flags or a width is an unsupported conversion.
                output.Add((byte)'%');
                i++;
                continue;
            }

            PyObject? keyed = null;
            if (format[i] == '(')
            {
                if (!isMapping)
                {
                    return PyErr.TypeError("format requires a mapping");
                }

                int depth = 1, keyStart = ++i;
                while (i < n && depth > 0)
                {
                    depth += format[i] == '(' ? 1 : format[i] == ')' ? -1 : 0;
                    i++;
                }

                if (depth > 0)
                {
                    return PyErr.ValueError("incomplete format key");
                }

                keyed = PySequence.GetItem(args, PyBytes.From(format[keyStart..(i - 1)]));
                if (keyed is null)
                {
                    return null;
                }

                // After a %(key) conversion, one without a key has no argument left.
                usedSingle = true;
            }

            string flags = string.Empty;
            while (i < n && format[i] is (byte)'-' or (byte)'+' or (byte)' ' or (byte)'#' or (byte)'0')
            {
                flags += (char)format[i++];
            }

            long width = -1, precision = -1;
            if (i < n && format[i] == '*')
            {
                i++;
                if (!NextArg(args, tuple, ref argIdx, argLen, ref usedSingle, keyed, out var w) || !StarArg(w!, out width))
                {
                    return null;
                }

                if (width < 0)
                {
                    flags += '-';
                    width = -width;
                }
            }
            else
            {
                width = Digits(format, ref i);
            }

            if (i < n && format[i] == '.')
            {
                i++;
                if (i < n && format[i] == '*')
                {
                    i++;
                    if (!NextArg(args, tuple, ref argIdx, argLen, ref usedSingle, keyed, out var p) || !StarArg(p!, out precision))
                    {
                        return null;
                    }

                    precision = Math.Max(precision, 0);
                }
                else
                {
                    precision = Math.Max(Digits(format, ref i), 0);
                }
            }

            while (i < n && format[i] is (byte)'h' or (byte)'l' or (byte)'L')
            {
                i++;
            }

            if (i >= n)
            {
                return PyErr.ValueError("incomplete format");
            }

            byte c = format[i++];
            if (!NextArg(args, tuple, ref argIdx, argLen, ref usedSingle, keyed, out var value))
            {
                return null;
            }

            byte[]? piece = c switch
            {
                (byte)'s' or (byte)'b' => BytesOf(value!),
                (byte)'r' or (byte)'a' => (PyStr.AsciiOf(value!) as PyStr) is { } a ? Encoding.ASCII.GetBytes(a.Value) : null,
                (byte)'c' => CharOf(value!),
                (byte)'d' or (byte)'i' or (byte)'u' or (byte)'o' or (byte)'x' or (byte)'X'
                    or (byte)'e' or (byte)'E' or (byte)'f' or (byte)'F' or (byte)'g' or (byte)'G' => Number(value!, (char)c, flags, width, precision),
                _ => Unsupported(c, i - 1),
            };
            if (piece is null)
            {
                return null;
            }

            if (c is (byte)'s' or (byte)'b' or (byte)'r' or (byte)'a' or (byte)'c')
            {
                int len = c != 'c' && precision >= 0 && precision < piece.Length ? (int)precision : piece.Length;
                long pad = width > len ? width - len : 0;
                if (pad > Array.MaxLength)
                {
                    return PyErr.NoMemory();
                }

                bool left = flags.Contains('-');
                if (!left)
                {
                    output.Add((byte)' ', pad);
                }

                output.Add(piece.AsSpan(0, len));
                if (left)
                {
                    output.Add((byte)' ', pad);
                }
            }
            else
            {
                output.Add(piece);
            }
        }

        if (!isMapping && (tuple is not null ? argIdx < argLen : !usedSingle))
        {
            return PyErr.TypeError("not all arguments converted during bytes formatting");
        }

        var result = output.ToArray();
        return asByteArray ? new PyByteArray(result) : new PyBytes(result);
    }

    private static long Digits(ReadOnlySpan<byte> format, ref int i)
    {
        long value = -1;
        while (i < format.Length && format[i] is >= (byte)'0' and <= (byte)'9')
        {
            value = Math.Min((value < 0 ? 0 : value * 10) + (format[i] - '0'), long.MaxValue / 20);
            i++;
        }

        return value;
    }

    private static bool NextArg(PyObject args, PyTuple? tuple, ref int argIdx, int argLen, ref bool usedSingle, PyObject? keyed, out PyObject? value)
    {
        if (keyed is not null)
        {
            value = keyed;
            return true;
        }

        if (tuple is not null)
        {
            if (argIdx < argLen)
            {
                value = tuple.Items[argIdx++];
                return true;
            }
        }
        else if (!usedSingle)
        {
            usedSingle = true;
            value = args;
            return true;
        }

        value = null;
        PyErr.TypeError("not enough arguments for format string");
        return false;
    }

    private static bool StarArg(PyObject o, out long value)
    {
        value = 0;
        if (o is not PyInt i)
        {
            PyErr.TypeError("* wants int");
            return false;
        }

        if (!i.IsSmall || i.Small > int.MaxValue || i.Small < int.MinValue)
        {
            PyErr.OverflowError("Python int too large to convert to C int");
            return false;
        }

        value = i.Small;
        return true;
    }

    /// <summary>%s / %b: a buffer's bytes or __bytes__().</summary>
    private static byte[]? BytesOf(PyObject v)
    {
        if (BytesLike.TryGetBytes(v, out var data))
        {
            return data.ToArray();
        }

        var method = PyCall.LookupSpecial(v, new PyStr("__bytes__"));
        if (method is not null)
        {
            var r = PyCall.Call(method);
            if (r is null)
            {
                return null;
            }

            if (r is not PyBytes b)
            {
                PyErr.TypeError($"__bytes__ returned non-bytes (type {r.Type.Name})");
                return null;
            }

            return b.Data;
        }

        if (!PyErr.Occurred)
        {
            PyErr.TypeError($"%b requires a bytes-like object, or an object that implements __bytes__, not '{v.Type.Name}'");
        }

        return null;
    }

    private static byte[]? CharOf(PyObject v)
    {
        if (v is PyBytes { Length: 1 } b)
        {
            return b.Data;
        }

        if (v is PyByteArray { Count: 1 } ba)
        {
            return ba.AsSpan().ToArray();
        }

        if (v is not PyInt i)
        {
            PyErr.TypeError("%c requires an integer in range(256) or a single byte");
            return null;
        }

        if (!i.IsSmall || (ulong)i.Small > 255)
        {
            PyErr.OverflowError("%c arg not in range(256)");
            return null;
        }

        return [(byte)i.Small];
    }

    private static byte[]? Unsupported(byte c, int index)
    {
        char shown = c is >= 0x20 and < 0x7f ? (char)c : '?';
        PyErr.ValueError($"unsupported format character '{shown}' (0x{c:x}) at index {index}");
        return null;
    }

    /// <summary>A numeric conversion, done by the str formatter on one argument (its output is ASCII).</summary>
    private static byte[]? Number(PyObject v, char conversion, string flags, long width, long precision)
    {
        var spec = new StringBuilder("%").Append(flags);
        if (width >= 0)
        {
            spec.Append(width.ToString(CultureInfo.InvariantCulture));
        }

        if (precision >= 0)
        {
            spec.Append('.').Append(precision.ToString(CultureInfo.InvariantCulture));
        }

        // Bytes formatting reports %i as %d (it rewrites the conversion first).
        spec.Append(conversion == 'i' ? 'd' : conversion);
        if (conversion is 'e' or 'E' or 'f' or 'F' or 'g' or 'G' && !IsNumber(v))
        {
            PyErr.TypeError($"float argument required, not {v.Type.Name}");
            return null;
        }

        var arg = new SingleArg(StrPercent.Describe(v));
        var sb = new StringBuilder();
        if (!PercentFormatter.TryFormat(sb, spec.ToString(), ref arg, 4300, out var error))
        {
            PyStr.RaiseTextError(error);
            return null;
        }

        return Encoding.ASCII.GetBytes(sb.ToString());
    }

    // PyNumber_Check: what the float conversions of bytes formatting accept.
    private static bool IsNumber(PyObject v) =>
        v is PyInt or PyFloat || v.Type.Index is not null || v.Type.Int is not null || v.Type.Float is not null;

    private readonly struct SingleArg : IPercentArgs
    {
        private readonly PercentArg _arg;

        public SingleArg(PercentArg arg)
        {
            _arg = arg;
        }

        public int Count => -1;

        public bool IsMapping => false;

        public PercentArg Get(int index) => _arg;

        public bool TryGetItem(string key, out PercentArg value, out TextError error)
        {
            value = default;
            error = TextError.Type("format requires a mapping");
            return false;
        }

        public bool TryNumber(in PercentArg value, char conversion, out PercentArg number, out TextError error) =>
            StrPercent.TryNumber(value, conversion, out number, out error);

        public bool TryConvert(in PercentArg value, char conversion, out string text, out TextError error)
        {
            text = string.Empty;
            error = TextError.Type("unexpected conversion");
            return false;
        }
    }
}
