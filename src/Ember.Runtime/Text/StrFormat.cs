using System.Text;

namespace Ember.Runtime.Text;

/// <summary>
/// The object-model operations <c>str.format</c> needs, supplied by the caller
/// for its own object type <typeparamref name="T"/>. Failures the callbacks
/// raise come back as <see cref="TextErrorKind.Pending"/> (or any other kind).
/// </summary>
public interface IStrFormatHost<T>
{
    /// <summary>False for <c>format_map</c>, which has no positional arguments.</summary>
    bool HasPositional { get; }

    /// <summary><c>args[index]</c>; false when the index is out of range.</summary>
    bool TryGetPositional(long index, out T value);

    /// <summary><c>kwargs[key]</c> (the mapping of <c>format_map</c>); a missing key is the host's KeyError.</summary>
    bool TryGetKeyword(string key, out T value, out TextError error);

    /// <summary><c>getattr(obj, name)</c>.</summary>
    bool TryGetAttr(T obj, string name, out T value, out TextError error);

    /// <summary><c>obj[index]</c> for an integer key (a sequence index, or an int key otherwise).</summary>
    bool TryGetItem(T obj, long index, out T value, out TextError error);

    /// <summary><c>obj[key]</c> for a str key.</summary>
    bool TryGetItem(T obj, string key, out T value, out TextError error);

    /// <summary><c>repr(obj)</c>, <c>str(obj)</c> or <c>ascii(obj)</c> for conversion 'r', 's' or 'a'.</summary>
    bool TryConvert(T obj, char conversion, out T value, out TextError error);

    /// <summary>Appends <c>format(obj, spec)</c>.</summary>
    bool TryFormat(StringBuilder sb, T obj, string spec, out TextError error);
}

/// <summary>
/// <c>str.format</c> and <c>str.format_map</c> (Objects/stringlib/unicode_format.h
/// <c>build_string</c>, <c>output_markup</c>, <c>get_field_object</c>): fields by
/// position, automatic numbering or name, attribute and item steps, conversions,
/// nested fields in specs (two levels), with CPython's errors.
/// </summary>
public static class StrFormat
{
    private enum AutoNumberState
    {
        Init,
        Auto,
        Manual,
    }

    private struct AutoNumber
    {
        public AutoNumberState State;
        public long Next;
    }

    /// <summary>Appends <c>format.format(...)</c>; on failure the builder is left as it was.</summary>
    public static bool TryFormat<T, THost>(StringBuilder sb, string format, ref THost host, out TextError error)
        where THost : IStrFormatHost<T>
    {
        int mark = sb.Length;
        var autoNumber = default(AutoNumber);
        if (!TryBuild<T, THost>(sb, format, ref host, 2, ref autoNumber, out error))
        {
            sb.Length = mark;
            return false;
        }

        return true;
    }

    private static bool TryBuild<T, THost>(StringBuilder sb, string format, ref THost host, int depth, ref AutoNumber autoNumber, out TextError error)
        where THost : IStrFormatHost<T>
    {
        if (depth <= 0)
        {
            error = TextError.Value("Max string recursion exceeded");
            return false;
        }

        var markup = new MarkupIterator(format);
        while (true)
        {
            if (!markup.TryNext(out var part, out error))
            {
                return !error.IsError;
            }

            sb.Append(part.Literal);
            if (part.FieldPresent && !TryOutputField<T, THost>(sb, part, ref host, depth, ref autoNumber, out error))
            {
                return false;
            }
        }
    }

    private static bool TryOutputField<T, THost>(StringBuilder sb, in MarkupPart part, ref THost host, int depth, ref AutoNumber autoNumber, out TextError error)
        where THost : IStrFormatHost<T>
    {
        if (!TryGetField<T, THost>(part.FieldName!, ref host, ref autoNumber, out T value, out error))
        {
            return false;
        }

        if (part.Conversion != 0)
        {
            if (part.Conversion is not ('r' or 's' or 'a'))
            {
                error = TextError.Value(part.Conversion > 32 && part.Conversion < 127
                    ? $"Unknown conversion specifier {(char)part.Conversion}"
                    : $"Unknown conversion specifier \\x{part.Conversion:x}");
                return false;
            }

            if (!host.TryConvert(value, (char)part.Conversion, out value, out error))
            {
                return false;
            }
        }

        string spec = part.FormatSpec ?? string.Empty;
        if (part.SpecNeedsExpanding)
        {
            var expanded = new StringBuilder();
            if (!TryBuild<T, THost>(expanded, spec, ref host, depth - 1, ref autoNumber, out error))
            {
                return false;
            }

            spec = expanded.ToString();
        }

        return host.TryFormat(sb, value, spec, out error);
    }

    /// <summary><c>get_field_object</c>: the first part by position or name, then each step.</summary>
    private static bool TryGetField<T, THost>(string fieldName, ref THost host, ref AutoNumber autoNumber, out T value, out TextError error)
        where THost : IStrFormatHost<T>
    {
        value = default!;
        if (!FieldNameIterator.TrySplit(fieldName, out string first, out long index, out var rest, out error))
        {
            return false;
        }

        bool empty = first.Length == 0;
        if (empty || index != -1)
        {
            if (autoNumber.State == AutoNumberState.Init)
            {
                autoNumber.State = empty ? AutoNumberState.Auto : AutoNumberState.Manual;
            }

            if (autoNumber.State == AutoNumberState.Manual && empty)
            {
                error = TextError.Value("cannot switch from manual field specification to automatic field numbering");
                return false;
            }

            if (autoNumber.State == AutoNumberState.Auto && !empty)
            {
                error = TextError.Value("cannot switch from automatic field numbering to manual field specification");
                return false;
            }

            if (empty)
            {
                index = autoNumber.Next++;
            }
        }

        if (index == -1)
        {
            if (!host.TryGetKeyword(first, out value, out error))
            {
                return false;
            }
        }
        else
        {
            if (!host.HasPositional)
            {
                error = TextError.Value("Format string contains positional fields");
                return false;
            }

            if (!host.TryGetPositional(index, out value))
            {
                error = new TextError(TextErrorKind.IndexError, $"Replacement index {index} out of range for positional args tuple");
                return false;
            }
        }

        while (rest.TryNext(out var step, out error))
        {
            bool ok = step.IsAttribute
                ? host.TryGetAttr(value, step.Name, out value, out error)
                : step.Index != -1
                    ? host.TryGetItem(value, step.Index, out value, out error)
                    : host.TryGetItem(value, step.Name, out value, out error);
            if (!ok)
            {
                return false;
            }
        }

        return !error.IsError;
    }
}
