using System.Text;

namespace Ember.Runtime.Text;

/// <summary>Options of <see cref="PyStrtod.TryAppendDouble"/> (CPython's <c>Py_DTSF_*</c>).</summary>
[Flags]
public enum DoubleFormatFlags
{
    None = 0,

    /// <summary>Always write a sign (<c>Py_DTSF_SIGN</c>).</summary>
    Sign = 1,

    /// <summary>Write ".0" after an integral value in positional form (<c>Py_DTSF_ADD_DOT_0</c>).</summary>
    AddDotZero = 2,

    /// <summary>The alternate form: keep the point and trailing zeros (<c>Py_DTSF_ALT</c>).</summary>
    Alternate = 4,

    /// <summary>Drop the sign of a result that rounded to zero (<c>Py_DTSF_NO_NEG_0</c>).</summary>
    NoNegativeZero = 8,
}

/// <summary>
/// Double to text as CPython does it (Python/pystrtod.c
/// <c>PyOS_double_to_string</c> and <c>format_float_short</c>): correctly rounded
/// digits from <see cref="Dtoa"/>, laid out for the format codes e, E, f, F, g, G
/// and r (repr).
/// </summary>
public static class PyStrtod
{
    /// <summary>
    /// Appends <paramref name="value"/> formatted with <paramref name="code"/>
    /// and <paramref name="precision"/> (ignored for 'r'). Fails only when the
    /// result would be longer than a .NET string can be (a MemoryError).
    /// </summary>
    public static bool TryAppendDouble(StringBuilder sb, double value, char code, int precision, DoubleFormatFlags flags, out TextError error)
    {
        error = default;
        bool upper = code is 'E' or 'F' or 'G';
        int mode;
        switch (code)
        {
            case 'e':
            case 'E':
                code = 'e';
                mode = 2;
                precision++;
                break;
            case 'f':
            case 'F':
                code = 'f';
                mode = 3;
                break;
            case 'g':
            case 'G':
                code = 'g';
                mode = 2;
                if (precision == 0)
                {
                    precision = 1;
                }

                break;
            case 'r':
                mode = 0;
                precision = 0;
                break;
            default:
                throw new ArgumentException($"bad format code '{code}'", nameof(code));
        }

        bool alwaysSign = (flags & DoubleFormatFlags.Sign) != 0;
        bool addDotZero = (flags & DoubleFormatFlags.AddDotZero) != 0;
        bool alt = (flags & DoubleFormatFlags.Alternate) != 0;
        bool negative = double.IsNegative(value);

        if (!double.IsFinite(value))
        {
            // The sign of a NaN is ignored.
            if (double.IsNaN(value))
            {
                negative = false;
            }

            if (negative)
            {
                sb.Append('-');
            }
            else if (alwaysSign)
            {
                sb.Append('+');
            }

            sb.Append(double.IsNaN(value) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
            return true;
        }

        Span<char> digits = stackalloc char[Dtoa.MaxDigits];
        int digitCount = Dtoa.Convert(value, mode, precision, digits, out int decptInt);
        long decpt = decptInt;
        if ((flags & DoubleFormatFlags.NoNegativeZero) != 0 && negative && (digitCount == 0 || (digitCount == 1 && digits[0] == '0')))
        {
            negative = false;
        }

        // The output is a slice vdigits[start:end] of the digits padded with
        // zeros on both sides, with the decimal point at decpt.
        long vEnd = digitCount;
        bool useExp = false;
        switch (code)
        {
            case 'e':
                useExp = true;
                vEnd = precision;
                break;
            case 'f':
                vEnd = decpt + precision;
                break;
            case 'g':
                if (decpt <= -4 || decpt > (addDotZero ? precision - 1 : precision))
                {
                    useExp = true;
                }

                if (alt)
                {
                    vEnd = precision;
                }

                break;
            default:
                if (decpt <= -4 || decpt > 16)
                {
                    useExp = true;
                }

                break;
        }

        long exp = 0;
        if (useExp)
        {
            exp = decpt - 1;
            decpt = 1;
        }

        long vStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDotZero)
        {
            vEnd = vEnd > decpt ? vEnd : decpt + 1;
        }
        else
        {
            vEnd = vEnd > decpt ? vEnd : decpt;
        }

        long length = sb.Length + 2 + (vEnd - vStart) + (useExp ? 6 : 0);
        if (length > NumberLayout.MaxLength)
        {
            error = TextError.Memory();
            return false;
        }

        if (negative)
        {
            sb.Append('-');
        }
        else if (alwaysSign)
        {
            sb.Append('+');
        }

        int start = sb.Length;
        if (decpt <= 0)
        {
            sb.Append('0', (int)(decpt - vStart));
            sb.Append('.');
            sb.Append('0', (int)-decpt);
        }
        else
        {
            sb.Append('0', (int)-vStart);
        }

        if (decpt > 0 && decpt <= digitCount)
        {
            sb.Append(digits.Slice(0, (int)decpt));
            sb.Append('.');
            sb.Append(digits.Slice((int)decpt, digitCount - (int)decpt));
        }
        else
        {
            sb.Append(digits.Slice(0, digitCount));
        }

        if (digitCount < decpt)
        {
            sb.Append('0', (int)(decpt - digitCount));
            sb.Append('.');
            sb.Append('0', (int)(vEnd - decpt));
        }
        else
        {
            sb.Append('0', (int)(vEnd - digitCount));
        }

        // Drop a trailing point unless in the alternate form.
        if (sb.Length > start && sb[^1] == '.' && !alt)
        {
            sb.Length--;
        }

        if (useExp)
        {
            sb.Append(upper ? 'E' : 'e');
            sb.Append(exp < 0 ? '-' : '+');
            long magnitude = Math.Abs(exp);
            if (magnitude < 10)
            {
                sb.Append('0');
            }

            sb.Append((int)magnitude);
        }

        return true;
    }

    /// <summary>
    /// <c>PyOS_double_to_string</c> as a string, for callers whose precision is
    /// bounded; a result past the string limit throws (use
    /// <see cref="TryAppendDouble"/> where Python code chooses the precision).
    /// </summary>
    public static string DoubleToString(double value, char code, int precision, DoubleFormatFlags flags)
    {
        var sb = new StringBuilder(32);
        if (!TryAppendDouble(sb, value, code, precision, flags, out var error))
        {
            throw new OutOfMemoryException(error.ToString());
        }

        return sb.ToString();
    }
}
