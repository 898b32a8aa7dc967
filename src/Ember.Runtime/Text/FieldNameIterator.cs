namespace Ember.Runtime.Text;

/// <summary>One step after the first part of a field name: <c>.name</c> or <c>[key]</c>.</summary>
public readonly struct FieldAccessor
{
    /// <summary>True for <c>.name</c>, false for <c>[key]</c>.</summary>
    public bool IsAttribute { get; init; }

    /// <summary>The attribute name or the key text.</summary>
    public string Name { get; init; }

    /// <summary>For <c>[key]</c>: the key as an integer when it is all decimal digits, else -1.</summary>
    public long Index { get; init; }
}

/// <summary>
/// Splits a replacement field's name into its first part and the
/// <c>.attr</c>/<c>[key]</c> steps after it (Objects/stringlib/unicode_format.h
/// <c>field_name_split</c>, <c>FieldNameIterator_next</c>); also what
/// <c>_string.formatter_field_name_split</c> returns.
/// </summary>
public struct FieldNameIterator
{
    private readonly string _text;
    private int _pos;

    private FieldNameIterator(string text, int start)
    {
        _text = text;
        _pos = start;
    }

    /// <summary>
    /// Splits <paramref name="fieldName"/>: <paramref name="first"/> is the part
    /// before the first '.' or '[', <paramref name="firstIndex"/> its integer value
    /// or -1, and <paramref name="rest"/> iterates the steps. Fails only on an
    /// integer too large for a ssize_t.
    /// </summary>
    public static bool TrySplit(string fieldName, out string first, out long firstIndex, out FieldNameIterator rest, out TextError error)
    {
        int i = 0;
        while (i < fieldName.Length && fieldName[i] is not ('.' or '['))
        {
            i++;
        }

        first = fieldName.Substring(0, i);
        rest = new FieldNameIterator(fieldName, i);
        return TryGetInteger(first, out firstIndex, out error);
    }

    /// <summary>The next step: true with it, false at the end or on an error (then <paramref name="error"/> is set).</summary>
    public bool TryNext(out FieldAccessor accessor, out TextError error)
    {
        accessor = default;
        error = default;
        if (_pos >= _text.Length)
        {
            return false;
        }

        char c = _text[_pos++];
        int start = _pos;
        string name;
        long index = -1;
        bool isAttribute;
        if (c == '.')
        {
            isAttribute = true;
            while (_pos < _text.Length && _text[_pos] is not ('.' or '['))
            {
                _pos++;
            }

            name = _text.Substring(start, _pos - start);
        }
        else if (c == '[')
        {
            isAttribute = false;
            int close = _text.IndexOf(']', _pos);
            if (close < 0)
            {
                _pos = _text.Length;
                error = TextError.Value("Missing ']' in format string");
                return false;
            }

            name = _text.Substring(start, close - start);
            _pos = close + 1;
            if (!TryGetInteger(name, out index, out error))
            {
                return false;
            }
        }
        else
        {
            error = TextError.Value("Only '.' or '[' may follow ']' in format field specifier");
            return false;
        }

        if (name.Length == 0)
        {
            error = TextError.Value("Empty attribute in format string");
            return false;
        }

        accessor = new FieldAccessor { IsAttribute = isAttribute, Name = name, Index = index };
        return true;
    }

    /// <summary>
    /// CPython's get_integer: the value of a non-empty run of Unicode decimal
    /// digits, -1 for anything else, an error past the ssize_t range.
    /// </summary>
    private static bool TryGetInteger(string text, out long value, out TextError error)
    {
        error = default;
        value = -1;
        if (text.Length == 0)
        {
            return true;
        }

        long accumulator = 0;
        for (int i = 0; i < text.Length; i++)
        {
            int cp = PyUnicodeData.CodePointAt(text, i, out int width);
            i += width - 1;
            int digit = PyUnicodeData.DecimalValue(cp);
            if (digit < 0)
            {
                return true;
            }

            if (accumulator > (long.MaxValue - digit) / 10)
            {
                error = TextError.Value("Too many decimal digits in format string");
                return false;
            }

            accumulator = (accumulator * 10) + digit;
        }

        value = accumulator;
        return true;
    }
}
