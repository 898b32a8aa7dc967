namespace Ember.Runtime.Text;

/// <summary>One piece of a format string: literal text, then maybe a replacement field.</summary>
public readonly struct MarkupPart
{
    /// <summary>Literal text before the field (escaped braces already single).</summary>
    public string Literal { get; init; }

    /// <summary>True when a <c>{...}</c> field follows the literal.</summary>
    public bool FieldPresent { get; init; }

    /// <summary>The field name (before '!' or ':'); null when no field.</summary>
    public string? FieldName { get; init; }

    /// <summary>The format spec after ':' (may hold nested fields); null when there is none.</summary>
    public string? FormatSpec { get; init; }

    /// <summary>The conversion code point after '!', or 0.</summary>
    public int Conversion { get; init; }

    /// <summary>True when the spec contains '{' and must be expanded first.</summary>
    public bool SpecNeedsExpanding { get; init; }
}

/// <summary>
/// Splits a <c>str.format</c> string into literal text and replacement fields
/// (Objects/stringlib/unicode_format.h <c>MarkupIterator_next</c> and
/// <c>parse_field</c>); also what <c>_string.formatter_parser</c> iterates.
/// </summary>
public struct MarkupIterator
{
    private readonly string _text;
    private int _pos;
    private readonly int _end;

    public MarkupIterator(string text)
        : this(text, 0, text.Length)
    {
    }

    public MarkupIterator(string text, int start, int end)
    {
        _text = text;
        _pos = start;
        _end = end;
    }

    /// <summary>The next piece: true with it, false at the end or on an error (then <paramref name="error"/> is set).</summary>
    public bool TryNext(out MarkupPart part, out TextError error)
    {
        part = default;
        error = default;
        if (_pos >= _end)
        {
            return false;
        }

        int start = _pos;
        char c = '\0';
        bool markupFollows = false;
        while (_pos < _end)
        {
            c = _text[_pos++];
            if (c is '{' or '}')
            {
                markupFollows = true;
                break;
            }
        }

        bool atEnd = _pos >= _end;
        int length = _pos - start;
        if (c == '}' && (atEnd || _text[_pos] != '}'))
        {
            error = TextError.Value("Single '}' encountered in format string");
            return false;
        }

        if (atEnd && c == '{')
        {
            error = TextError.Value("Single '{' encountered in format string");
            return false;
        }

        if (!atEnd)
        {
            if (c == _text[_pos])
            {
                // An escaped brace: the literal keeps one, and no field follows.
                _pos++;
                markupFollows = false;
            }
            else
            {
                length--;
            }
        }

        string literal = _text.Substring(start, length);
        if (!markupFollows)
        {
            part = new MarkupPart { Literal = literal };
            return true;
        }

        if (!TryParseField(out var fieldName, out var spec, out int conversion, out bool expand, out error))
        {
            return false;
        }

        part = new MarkupPart
        {
            Literal = literal,
            FieldPresent = true,
            FieldName = fieldName,
            FormatSpec = spec,
            Conversion = conversion,
            SpecNeedsExpanding = expand,
        };
        return true;
    }

    /// <summary>True once every piece has been returned (or an error stopped it).</summary>
    public readonly bool AtEnd => _pos >= _end;

    private bool TryParseField(out string fieldName, out string? spec, out int conversion, out bool expand, out TextError error)
    {
        spec = null;
        conversion = 0;
        expand = false;
        error = default;
        int nameStart = _pos;
        char c = '\0';
        while (_pos < _end)
        {
            c = _text[_pos++];
            if (c == '{')
            {
                fieldName = string.Empty;
                error = TextError.Value("unexpected '{' in field name");
                return false;
            }

            if (c == '[')
            {
                while (_pos < _end && _text[_pos] != ']')
                {
                    _pos++;
                }

                continue;
            }

            if (c is '}' or ':' or '!')
            {
                break;
            }
        }

        fieldName = _text.Substring(nameStart, Math.Max(0, _pos - 1 - nameStart));
        if (c is '!' or ':')
        {
            if (c == '!')
            {
                if (_pos >= _end)
                {
                    error = TextError.Value("end of string while looking for conversion specifier");
                    return false;
                }

                conversion = PyUnicodeData.CodePointAt(_text, _pos, out int width);
                _pos += width;
                if (_pos < _end)
                {
                    c = _text[_pos++];
                    if (c == '}')
                    {
                        return true;
                    }

                    if (c != ':')
                    {
                        error = TextError.Value("expected ':' after conversion specifier");
                        return false;
                    }
                }
            }

            int specStart = _pos;
            int depth = 1;
            while (_pos < _end)
            {
                c = _text[_pos++];
                if (c == '{')
                {
                    expand = true;
                    depth++;
                }
                else if (c == '}' && --depth == 0)
                {
                    spec = _text.Substring(specStart, _pos - 1 - specStart);
                    return true;
                }
            }

            error = TextError.Value("unmatched '{' in format spec");
            return false;
        }

        if (c != '}')
        {
            error = TextError.Value("expected '}' before end of string");
            return false;
        }

        return true;
    }
}
