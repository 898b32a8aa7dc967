using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using Ember.Runtime.Text;
using Ember.Syntax.Text;

namespace Ember.Runtime.Tests.Text;

/// <summary>
/// The object model of a str.format oracle case: values described in the case
/// file (ints, floats, strs, complex, lists, tuples, dicts, objects with
/// attributes), with the lookups and errors CPython gives for them.
/// </summary>
internal struct JsonFormatHost : IStrFormatHost<JsonElement>
{
    private readonly JsonElement _args;
    private readonly JsonElement _kwargs;

    public JsonFormatHost(JsonElement args, JsonElement kwargs)
    {
        _args = args;
        _kwargs = kwargs;
        PendingError = null;
    }

    /// <summary>The error a callback raised, as "!Class: message".</summary>
    public string? PendingError { get; private set; }

    public readonly bool HasPositional => _args.ValueKind == JsonValueKind.Array;

    public readonly bool TryGetPositional(long index, out JsonElement value)
    {
        value = default;
        if (index >= _args.GetArrayLength())
        {
            return false;
        }

        value = _args[(int)index];
        return true;
    }

    public bool TryGetKeyword(string key, out JsonElement value, out TextError error)
    {
        if (_kwargs.TryGetProperty(key, out value))
        {
            error = default;
            return true;
        }

        return Fail("KeyError", PyRepr.Str(key), out error);
    }

    public bool TryGetAttr(JsonElement obj, string name, out JsonElement value, out TextError error)
    {
        value = default;
        if (Kind(obj) == "obj" && obj.GetProperty("attrs").TryGetProperty(name, out value))
        {
            error = default;
            return true;
        }

        return Fail("AttributeError", $"'{TypeName(obj)}' object has no attribute '{name}'", out error);
    }

    public bool TryGetItem(JsonElement obj, long index, out JsonElement value, out TextError error)
    {
        value = default;
        error = default;
        switch (Kind(obj))
        {
            case "seq":
            {
                var items = obj.GetProperty("items");
                if (index < items.GetArrayLength())
                {
                    value = items[(int)index];
                    return true;
                }

                return Fail("IndexError", $"{TypeName(obj)} index out of range", out error);
            }

            case "str":
            {
                string s = obj.GetProperty("v").GetString()!;
                if (index < PyUnicodeData.CodePointCount(s))
                {
                    int at = PyUnicodeData.Utf16LengthOf(s, (int)index);
                    PyUnicodeData.CodePointAt(s, at, out int width);
                    value = MakeStr(s.Substring(at, width));
                    return true;
                }

                return Fail("IndexError", "string index out of range", out error);
            }

            case "dict":
                return TryLookup(obj, k => Kind(k) == "int" && OracleCaseRunner.Int(k, "v") == index, index.ToString(CultureInfo.InvariantCulture), out value, out error);
            default:
                return Fail("TypeError", $"'{TypeName(obj)}' object is not subscriptable", out error);
        }
    }

    public bool TryGetItem(JsonElement obj, string key, out JsonElement value, out TextError error)
    {
        value = default;
        switch (Kind(obj))
        {
            case "seq":
                return Fail("TypeError", $"{TypeName(obj)} indices must be integers or slices, not str", out error);
            case "str":
                return Fail("TypeError", "string indices must be integers, not 'str'", out error);
            case "dict":
                return TryLookup(obj, k => Kind(k) == "str" && k.GetProperty("v").GetString() == key, PyRepr.Str(key), out value, out error);
            default:
                return Fail("TypeError", $"'{TypeName(obj)}' object is not subscriptable", out error);
        }
    }

    public bool TryConvert(JsonElement obj, char conversion, out JsonElement value, out TextError error)
    {
        value = default;
        string key = conversion switch { 'r' => "repr", 's' => "str", _ => "ascii" };
        if (obj.TryGetProperty(key, out var text))
        {
            value = MakeStr(text.GetString()!);
            error = default;
            return true;
        }

        var e = obj.GetProperty(key + "_error");
        return Fail(e[0].GetString()!, e[1].GetString()!, out error);
    }

    public bool TryFormat(StringBuilder sb, JsonElement obj, string spec, out TextError error)
    {
        string type = TypeName(obj);
        switch (Kind(obj))
        {
            case "int":
                if (spec.Length == 0 && obj.TryGetProperty("str", out var str))
                {
                    // str(obj): "True" for a bool, the digits (or the limit's error) for an int.
                    sb.Append(str.GetString());
                    error = default;
                    return true;
                }

                return IntFormatter.TryFormat(sb, OracleCaseRunner.Int(obj, "v"), spec, type, IntFormatter.DefaultMaxStrDigits, out error);
            case "float":
                return FloatFormatter.TryFormat(sb, OracleCaseRunner.Float(obj, "v"), spec, type, out error);
            case "str":
                return StrFormatter.TryFormat(sb, obj.GetProperty("v").GetString()!, spec, type, out error);
            case "complex":
                return ComplexFormatter.TryFormat(sb, new Complex(OracleCaseRunner.Float(obj, "re"), OracleCaseRunner.Float(obj, "im")), spec, type, out error);
            default:
                if (spec.Length == 0)
                {
                    sb.Append(obj.GetProperty("str").GetString());
                    error = default;
                    return true;
                }

                return Fail("TypeError", $"unsupported format string passed to {type}.__format__", out error);
        }
    }

    private static string Kind(JsonElement value) => value.GetProperty("k").GetString()!;

    private static string TypeName(JsonElement value) => value.GetProperty("t").GetString()!;

    private static JsonElement MakeStr(string text)
    {
        string repr = PyRepr.Str(text);
        var fields = new Dictionary<string, string>
        {
            ["k"] = "str",
            ["t"] = "str",
            ["v"] = text,
            ["str"] = text,
            ["repr"] = repr,
            ["ascii"] = PyRepr.Ascii(text),
        };
        return JsonDocument.Parse(JsonSerializer.Serialize(fields)).RootElement;
    }

    private bool TryLookup(JsonElement dict, Func<JsonElement, bool> match, string keyRepr, out JsonElement value, out TextError error)
    {
        var keys = dict.GetProperty("keys");
        for (int i = 0; i < keys.GetArrayLength(); i++)
        {
            if (match(keys[i]))
            {
                value = dict.GetProperty("values")[i];
                error = default;
                return true;
            }
        }

        value = default;
        return Fail("KeyError", keyRepr, out error);
    }

    private bool Fail(string type, string message, out TextError error)
    {
        PendingError = $"!{type}: {message}";
        error = new TextError(TextErrorKind.Pending, string.Empty);
        return false;
    }
}
