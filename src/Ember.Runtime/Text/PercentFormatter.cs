using System.Numerics;
using System.Text;

namespace Ember.Runtime.Text;

/// <summary>
/// printf-style formatting, <c>str % args</c> (Objects/unicodeobject.c
/// <c>PyUnicode_Format</c> and its helpers, CPython 3.11): conversions
/// d i u o x X e E f F g G c r s a and %%, flags <c>#0- +</c>, width and
/// precision (given or <c>*</c>), <c>%(key)</c> lookups and the h/l/L length
/// modifiers (ignored), with CPython's errors in CPython's order.
/// </summary>
public static class PercentFormatter
{
    private const int FlagLeft = 1;
    private const int FlagSign = 2;
    private const int FlagBlank = 4;
    private const int FlagAlt = 8;
    private const int FlagZero = 16;

    /// <summary>Appends <c>format % args</c>; on failure the builder is left as it was.</summary>
    public static bool TryFormat<TArgs>(StringBuilder sb, string format, ref TArgs args, int maxStrDigits, out TextError error)
        where TArgs : IPercentArgs
    {
        int mark = sb.Length;
        var state = new State
        {
            ArgLen = args.Count,
            ArgIdx = args.Count >= 0 ? 0 : -2,
            IsMapping = args.IsMapping,
            Single = args.Count >= 0 ? default : args.Get(-1),
        };
        int pos = 0;
        while (pos < format.Length)
        {
            int percent = format.IndexOf('%', pos);
            if (percent < 0)
            {
                sb.Append(format, pos, format.Length - pos);
                break;
            }

            sb.Append(format, pos, percent - pos);
            pos = percent + 1;
            if (!TryFormatOne(sb, format, ref pos, ref args, ref state, maxStrDigits, out error))
            {
                sb.Length = mark;
                return false;
            }
        }

        if (state.ArgIdx < state.ArgLen && !state.IsMapping)
        {
            sb.Length = mark;
            error = TextError.Type("not all arguments converted during string formatting");
            return false;
        }

        error = default;
        return true;
    }

    private struct State
    {
        public int ArgLen;
        public int ArgIdx;
        public bool IsMapping;

        /// <summary>The operand when it is not a tuple, or the value of the last <c>%(key)</c>.</summary>
        public PercentArg Single;
    }

    private struct Spec
    {
        public int Flags;
        public long Width;
        public int Precision;
        public int Conversion;
        public bool Signed;
    }

    private static char Read(string s, int pos) => pos < s.Length ? s[pos] : '\0';

    /// <summary><c>unicode_format_getnextarg</c>.</summary>
    private static bool TryNextArg<TArgs>(ref TArgs args, ref State state, out PercentArg value, out TextError error)
        where TArgs : IPercentArgs
    {
        error = default;
        int index = state.ArgIdx;
        if (index < state.ArgLen)
        {
            state.ArgIdx++;
            value = state.ArgLen < 0 ? state.Single : args.Get(index);
            return true;
        }

        value = default;
        error = TextError.Type("not enough arguments for format string");
        return false;
    }

    /// <summary>One directive; <paramref name="pos"/> is just past its '%'.</summary>
    private static bool TryFormatOne<TArgs>(StringBuilder sb, string format, ref int pos, ref TArgs args, ref State state, int maxStrDigits, out TextError error)
        where TArgs : IPercentArgs
    {
        error = default;
        if (Read(format, pos) == '%')
        {
            pos++;
            sb.Append('%');
            return true;
        }

        var spec = new Spec { Width = -1, Precision = -1 };
        int end = format.Length;
        if (Read(format, pos) == '(')
        {
            if (!state.IsMapping)
            {
                error = TextError.Type("format requires a mapping");
                return false;
            }

            pos++;
            int keyStart = pos;
            int depth = 1;
            while (depth > 0 && pos < end)
            {
                char c = format[pos++];
                if (c == ')')
                {
                    depth--;
                }
                else if (c == '(')
                {
                    depth++;
                }
            }

            if (depth > 0)
            {
                error = TextError.Value("incomplete format key");
                return false;
            }

            string key = format.Substring(keyStart, pos - keyStart - 1);
            if (!args.TryGetItem(key, out var looked, out error))
            {
                return false;
            }

            state.Single = looked;
            state.ArgLen = -1;
            state.ArgIdx = -2;
        }

        // Flags. ch is the character just read; pos is past it.
        char ch = '\0';
        bool more = false;
        while (pos < end)
        {
            ch = format[pos++];
            int flag = ch switch
            {
                '-' => FlagLeft,
                '+' => FlagSign,
                ' ' => FlagBlank,
                '#' => FlagAlt,
                '0' => FlagZero,
                _ => 0,
            };
            if (flag == 0)
            {
                more = true;
                break;
            }

            spec.Flags |= flag;
        }

        if (!more)
        {
            error = TextError.Value("incomplete format");
            return false;
        }

        // Width: '*' or digits.
        if (ch == '*')
        {
            if (!TryNextArg(ref args, ref state, out var w, out error))
            {
                return false;
            }

            if (w.Kind != PercentArgKind.Int)
            {
                error = TextError.Type("* wants int");
                return false;
            }

            if (w.Int < long.MinValue || w.Int > long.MaxValue)
            {
                error = TextError.Overflow("Python int too large to convert to C ssize_t");
                return false;
            }

            spec.Width = (long)w.Int;
            if (spec.Width < 0)
            {
                spec.Flags |= FlagLeft;
                spec.Width = -spec.Width;
            }

            if (!Advance(format, ref pos, ref ch))
            {
                error = TextError.Value("incomplete format");
                return false;
            }
        }
        else if (ch >= '0' && ch <= '9')
        {
            spec.Width = ch - '0';
            bool ended = true;
            while (pos < end)
            {
                ch = format[pos++];
                if (ch < '0' || ch > '9')
                {
                    ended = false;
                    break;
                }

                if (spec.Width > (long.MaxValue - (ch - '0')) / 10)
                {
                    error = TextError.Value("width too big");
                    return false;
                }

                spec.Width = (spec.Width * 10) + (ch - '0');
            }

            if (ended)
            {
                error = TextError.Value("incomplete format");
                return false;
            }
        }

        // Precision: '.' then '*' or digits (none means 0).
        if (ch == '.')
        {
            spec.Precision = 0;
            if (!Advance(format, ref pos, ref ch))
            {
                error = TextError.Value("incomplete format");
                return false;
            }

            if (ch == '*')
            {
                if (!TryNextArg(ref args, ref state, out var p, out error))
                {
                    return false;
                }

                if (p.Kind != PercentArgKind.Int)
                {
                    error = TextError.Type("* wants int");
                    return false;
                }

                if (p.Int < int.MinValue || p.Int > int.MaxValue)
                {
                    error = TextError.Overflow("Python int too large to convert to C int");
                    return false;
                }

                spec.Precision = Math.Max(0, (int)p.Int);
                if (!Advance(format, ref pos, ref ch))
                {
                    error = TextError.Value("incomplete format");
                    return false;
                }
            }
            else if (ch >= '0' && ch <= '9')
            {
                spec.Precision = ch - '0';
                bool ended = true;
                while (pos < end)
                {
                    ch = format[pos++];
                    if (ch < '0' || ch > '9')
                    {
                        ended = false;
                        break;
                    }

                    if (spec.Precision > (int.MaxValue - (ch - '0')) / 10)
                    {
                        error = TextError.Value("precision too big");
                        return false;
                    }

                    spec.Precision = (spec.Precision * 10) + (ch - '0');
                }

                if (ended)
                {
                    error = TextError.Value("incomplete format");
                    return false;
                }
            }
        }

        if (ch is 'h' or 'l' or 'L')
        {
            if (!Advance(format, ref pos, ref ch))
            {
                error = TextError.Value("incomplete format");
                return false;
            }
        }

        // The conversion, as a code point (a surrogate pair is one character).
        int conversion = ch;
        if (char.IsHighSurrogate(ch) && pos < end && char.IsLowSurrogate(format[pos]))
        {
            conversion = char.ConvertToUtf32(ch, format[pos]);
            pos++;
        }

        spec.Conversion = conversion;
        if (!TryNextArg(ref args, ref state, out var value, out error))
        {
            return false;
        }

        if (value.Kind == PercentArgKind.Other && conversion is 'd' or 'i' or 'u' or 'o' or 'x' or 'X' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'c'
            && !args.TryNumber(value, (char)conversion, out value, out error))
        {
            return false;
        }

        string? text;
        switch (conversion)
        {
            case 's' or 'r' or 'a':
                if (conversion == 's' && value.Kind == PercentArgKind.Str)
                {
                    text = value.Text!;
                }
                else if (!args.TryConvert(value, (char)conversion, out text, out error))
                {
                    return false;
                }

                break;
            case 'd' or 'i' or 'u' or 'o' or 'x' or 'X':
                if (!TryFormatLong(value, spec, maxStrDigits, out text, out error))
                {
                    return false;
                }

                spec.Signed = true;
                break;
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G':
                if (!TryFormatFloat(value, spec, out text, out error))
                {
                    return false;
                }

                spec.Signed = true;
                break;
            case 'c':
                if (!TryFormatChar(value, out text, out error))
                {
                    return false;
                }

                break;
            default:
                // The index counts code points up to the conversion character.
                int charIndex = PyUnicodeData.CodePointCount(format.AsSpan(0, pos)) - 1;
                char shown = conversion >= 31 && conversion <= 126 ? (char)conversion : '?';
                error = TextError.Value($"unsupported format character '{shown}' (0x{conversion:x}) at index {charIndex}");
                return false;
        }

        if (!TryOutput(sb, spec, text, out error))
        {
            return false;
        }

        if (state.IsMapping && state.ArgIdx < state.ArgLen)
        {
            error = TextError.Type("not all arguments converted during string formatting");
            return false;
        }

        return true;
    }

    /// <summary>Reads the next character into <paramref name="ch"/>; false at the end of the format.</summary>
    private static bool Advance(string format, ref int pos, ref char ch)
    {
        if (pos < format.Length)
        {
            ch = format[pos++];
            return true;
        }

        return false;
    }

    /// <summary><c>mainformatlong</c> and <c>_PyUnicode_FormatLong</c>.</summary>
    private static bool TryFormatLong(in PercentArg value, in Spec spec, int maxStrDigits, out string text, out TextError error)
    {
        text = string.Empty;
        error = default;
        char type = (char)spec.Conversion;
        BigInteger integer;
        switch (value.Kind)
        {
            case PercentArgKind.Int:
                integer = value.Int;
                break;
            case PercentArgKind.Float when type is 'd' or 'i' or 'u':
                if (!FloatConversions.TryDoubleToInt(value.Float, out integer, out error))
                {
                    return false;
                }

                break;
            default:
                error = TextError.Type(type is 'o' or 'x' or 'X'
                    ? $"%{type} format: an integer is required, not {value.TypeName}"
                    : $"%{type} format: a real number is required, not {value.TypeName}");
                return false;
        }

        var sb = new StringBuilder();
        if (integer.Sign < 0)
        {
            sb.Append('-');
        }

        bool alt = (spec.Flags & FlagAlt) != 0;
        int radix = type switch { 'o' => 8, 'x' or 'X' => 16, _ => 10 };
        if (alt && radix != 10)
        {
            sb.Append(radix == 8 ? "0o" : "0x");
        }

        int digitsStart = sb.Length;
        if (radix == 10)
        {
            if (!IntFormatter.TryAppendDecimal(sb, BigInteger.Abs(integer), maxStrDigits, out error))
            {
                return false;
            }
        }
        else
        {
            IntFormatter.AppendBase(sb, BigInteger.Abs(integer), radix, prefix: false);
        }

        int digitCount = sb.Length - digitsStart;
        if (spec.Precision > digitCount)
        {
            if ((long)spec.Precision + sb.Length > NumberLayout.MaxLength)
            {
                error = TextError.Memory();
                return false;
            }

            sb.Insert(digitsStart, "0", spec.Precision - digitCount);
        }

        text = sb.ToString();
        if (type == 'X')
        {
            text = text.ToUpperInvariant();
        }

        return true;
    }

    /// <summary><c>formatfloat</c>.</summary>
    private static bool TryFormatFloat(in PercentArg value, in Spec spec, out string text, out TextError error)
    {
        text = string.Empty;
        double x;
        switch (value.Kind)
        {
            case PercentArgKind.Float:
                x = value.Float;
                break;
            case PercentArgKind.Int:
                if (!FloatConversions.TryIntToDouble(value.Int, out x, out error))
                {
                    return false;
                }

                break;
            default:
                error = TextError.Type($"must be real number, not {value.TypeName}");
                return false;
        }

        int precision = spec.Precision < 0 ? 6 : spec.Precision;
        var flags = (spec.Flags & FlagAlt) != 0 ? DoubleFormatFlags.Alternate : DoubleFormatFlags.None;
        var sb = new StringBuilder(32);
        if (!PyStrtod.TryAppendDouble(sb, x, (char)spec.Conversion, precision, flags, out error))
        {
            return false;
        }

        text = sb.ToString();
        return true;
    }

    /// <summary><c>formatchar</c>: a str of one code point or an int in range.</summary>
    private static bool TryFormatChar(in PercentArg value, out string text, out TextError error)
    {
        text = string.Empty;
        error = default;
        if (value.Kind == PercentArgKind.Str)
        {
            string s = value.Text!;
            if (PyUnicodeData.CodePointCount(s) == 1)
            {
                text = s;
                return true;
            }
        }
        else if (value.Kind == PercentArgKind.Int)
        {
            if (value.Int.Sign < 0 || value.Int > 0x10FFFF)
            {
                error = TextError.Overflow("%c arg not in range(0x110000)");
                return false;
            }

            int cp = (int)value.Int;
            text = cp < 0x10000 ? ((char)cp).ToString() : char.ConvertFromUtf32(cp);
            return true;
        }

        error = TextError.Type("%c requires int or char");
        return false;
    }

    /// <summary><c>unicode_format_arg_output</c>: truncation, sign, prefix and padding.</summary>
    private static bool TryOutput(StringBuilder sb, Spec spec, string str, out TextError error)
    {
        error = default;
        char fill = spec.Signed && (spec.Flags & FlagZero) != 0 ? '0' : ' ';
        ReadOnlySpan<char> text = str;
        long len = PyUnicodeData.CodePointCount(text);
        int conversion = spec.Conversion;
        if ((spec.Width == -1 || spec.Width <= len) && (spec.Precision == -1 || spec.Precision >= len) && (spec.Flags & (FlagSign | FlagBlank)) == 0)
        {
            sb.Append(text);
            return true;
        }

        if (conversion is 's' or 'r' or 'a' && spec.Precision >= 0 && len > spec.Precision)
        {
            len = spec.Precision;
            text = text.Slice(0, PyUnicodeData.Utf16LengthOf(text, spec.Precision));
        }

        int index = 0;
        char signChar = '\0';
        bool signed = spec.Signed;
        if (signed)
        {
            char first = text.Length > 0 ? text[0] : '\0';
            if (first is '-' or '+')
            {
                signChar = first;
                len--;
                index++;
            }
            else if ((spec.Flags & FlagSign) != 0)
            {
                signChar = '+';
            }
            else if ((spec.Flags & FlagBlank) != 0)
            {
                signChar = ' ';
            }
            else
            {
                signed = false;
            }
        }

        long width = spec.Width < len ? len : spec.Width;
        if (width > NumberLayout.MaxLength - sb.Length - 2)
        {
            error = TextError.Memory();
            return false;
        }

        if (signed)
        {
            if (fill != ' ')
            {
                sb.Append(signChar);
            }

            if (width > len)
            {
                width--;
            }
        }

        bool prefixed = (spec.Flags & FlagAlt) != 0 && conversion is 'x' or 'X' or 'o';
        if (prefixed)
        {
            if (fill != ' ')
            {
                sb.Append(text.Slice(index, 2));
                index += 2;
            }

            width = Math.Max(0, width - 2);
            len -= 2;
        }

        if (width > len && (spec.Flags & FlagLeft) == 0)
        {
            sb.Append(fill, (int)(width - len));
            width = len;
        }

        if (fill == ' ')
        {
            if (signed)
            {
                sb.Append(signChar);
            }

            if (prefixed)
            {
                sb.Append(text.Slice(index, 2));
                index += 2;
            }
        }

        if (len > 0)
        {
            sb.Append(text.Slice(index, PyUnicodeData.Utf16LengthOf(text.Slice(index), (int)len)));
        }

        if (width > len)
        {
            sb.Append(' ', (int)(width - len));
        }

        return true;
    }
}
