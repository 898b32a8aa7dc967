using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using Ember.Runtime.Text;
using Ember.Syntax.Text;

namespace Ember.Runtime.Tests.Text;

/// <summary>Ember's answer for one oracle case, in the form the case file records CPython's.</summary>
internal static class OracleCaseRunner
{
    /// <summary>The result text, or "!Class: message" for an error.</summary>
    public static string Run(JsonElement c)
    {
        string area = c.GetProperty("a").GetString()!;
        var sb = new StringBuilder();
        TextError error;
        switch (area)
        {
            case "fmt_int":
                return Result(IntFormatter.TryFormat(sb, Int(c, "v"), Str(c, "s"), Str(c, "t"), IntFormatter.DefaultMaxStrDigits, out error), sb, error);
            case "fmt_float":
                return Result(FloatFormatter.TryFormat(sb, Float(c, "v"), Str(c, "s"), "float", out error), sb, error);
            case "fmt_str":
                return Result(StrFormatter.TryFormat(sb, Str(c, "v"), Str(c, "s"), "str", out error), sb, error);
            case "fmt_complex":
                return Result(ComplexFormatter.TryFormat(sb, new Complex(Float(c, "re"), Float(c, "im")), Str(c, "s"), "complex", out error), sb, error);
            case "float_repr":
            {
                double v = Float(c, "v");
                string viaRepr = PyRepr.Float(v);
                string viaStrtod = PyStrtod.DoubleToString(v, 'r', 0, DoubleFormatFlags.AddDotZero);
                return viaRepr == viaStrtod ? viaRepr : $"PyRepr {viaRepr} but PyStrtod {viaStrtod}";
            }

            case "percent":
                return RunPercent(c);
            case "str_format":
            {
                var host = new JsonFormatHost(c.GetProperty("args"), c.GetProperty("kwargs"));
                if (StrFormat.TryFormat<JsonElement, JsonFormatHost>(sb, Str(c, "f"), ref host, out error))
                {
                    return sb.ToString();
                }

                return error.Kind == TextErrorKind.Pending ? host.PendingError! : Error(error);
            }

            case "int_parse":
                return IntParser.TryParse(Str(c, "s"), c.GetProperty("b").GetInt32(), IntFormatter.DefaultMaxStrDigits, out var parsed, out error)
                    ? Hex(parsed)
                    : Error(error);
            case "int_str":
                return IntFormatter.TryToDecimal(Int(c, "v"), IntFormatter.DefaultMaxStrDigits, out var text, out error) ? text : Error(error);
            case "int_base":
            {
                var v = Int(c, "v");
                return Json([IntFormatter.ToBase(v, 2, true), IntFormatter.ToBase(v, 8, true), IntFormatter.ToBase(v, 16, true)]);
            }

            case "float_parse":
                return FloatParser.TryParse(Str(c, "s"), out double f, out error) ? Bits(f) : Error(error);
            case "float_fromhex":
                return FloatParser.TryFromHex(Str(c, "s"), out f, out error) ? Bits(f) : Error(error);
            case "float_hex":
                return FloatConversions.ToHex(Float(c, "v"));
            case "float_ratio":
                return FloatConversions.TryAsIntegerRatio(Float(c, "v"), out var num, out var den, out error) ? Json([Hex(num), Hex(den)]) : Error(error);
            case "float_int":
                return FloatConversions.TryDoubleToInt(Float(c, "v"), out var truncated, out error) ? Hex(truncated) : Error(error);
            case "int_float":
                return FloatConversions.TryIntToDouble(Int(c, "v"), out f, out error) ? Bits(f) : Error(error);
            case "round":
            {
                double v = Float(c, "v");
                var n = c.GetProperty("n");
                if (n.ValueKind == JsonValueKind.Null)
                {
                    return FloatConversions.TryRoundToInt(v, out var rounded, out error) ? Hex(rounded) : Error(error);
                }

                // round() clips ndigits to the ssize_t range.
                var digits = BigInteger.Parse(n.GetRawText(), CultureInfo.InvariantCulture);
                long clipped = digits > long.MaxValue ? long.MaxValue : digits < long.MinValue ? long.MinValue : (long)digits;
                return FloatConversions.TryRound(v, clipped, out f, out error) ? Bits(f) : Error(error);
            }

            case "int_limit":
            {
                int limit = c.GetProperty("lim").GetInt32();
                if (Str(c, "op") == "str")
                {
                    var v = Int(c, "v");
                    return IntFormatter.TryToDecimal(v, limit, out var s, out error)
                        ? (s == v.ToString(CultureInfo.InvariantCulture) ? "True" : "False")
                        : Error(error);
                }

                string digitsText = Str(c, "s");
                return IntParser.TryParse(digitsText, 10, limit, out var p, out error)
                    ? (p == BigInteger.Parse(digitsText, CultureInfo.InvariantCulture) ? "True" : "False")
                    : Error(error);
            }

            case "formatter_parser":
                return RunFormatterParser(Str(c, "f"));
            case "field_name_split":
                return RunFieldNameSplit(Str(c, "f"));
            case "unicode":
                return RunUnicode(c);
            default:
                throw new InvalidOperationException($"unknown area {area}");
        }
    }

    /// <summary>CPython's recorded answer in the same form.</summary>
    public static string Expected(JsonElement c)
    {
        if (c.TryGetProperty("e", out var e))
        {
            return $"!{e[0].GetString()}: {e[1].GetString()}";
        }

        if (c.TryGetProperty("r16", out var units))
        {
            var chars = new char[units.GetArrayLength()];
            int i = 0;
            foreach (var unit in units.EnumerateArray())
            {
                chars[i++] = (char)unit.GetInt32();
            }

            return new string(chars);
        }

        var r = c.GetProperty("r");
        return r.ValueKind switch
        {
            JsonValueKind.String => r.GetString()!,
            JsonValueKind.Array when r.EnumerateArray().All(item => item.ValueKind == JsonValueKind.String) => Json(r.EnumerateArray().Select(item => item.GetString()!).ToArray()),
            JsonValueKind.Array => JsonSerializer.Serialize(r),
            JsonValueKind.True => "True",
            JsonValueKind.False => "False",
            _ => r.GetRawText(),
        };
    }

    /// <summary>The inputs of a case, for failure messages.</summary>
    public static string Describe(JsonElement c)
    {
        var sb = new StringBuilder();
        foreach (var p in c.EnumerateObject())
        {
            if (p.Name is "a" or "r" or "r16" or "e" or "decimals" or "spaces")
            {
                continue;
            }

            string raw = p.Value.ValueKind == JsonValueKind.String ? PyRepr.Str(p.Value.GetString()!) : p.Value.GetRawText();
            if (raw.Length > 300)
            {
                raw = raw[..300] + "...";
            }

            if (p.Value.ValueKind == JsonValueKind.String && p.Name is "v" or "re" or "im" && c.GetProperty("a").GetString() is "fmt_float" or "fmt_complex" or "float_repr" or "float_hex" or "float_ratio" or "float_int" or "round")
            {
                raw += " (" + PyRepr.Float(Float(c, p.Name)) + ")";
            }

            sb.Append(p.Name).Append('=').Append(raw).Append(' ');
        }

        return sb.ToString().TrimEnd();
    }

    private static string Result(bool ok, StringBuilder sb, TextError error) => ok ? sb.ToString() : Error(error);

    private static string Error(TextError error) => $"!{error.TypeName}: {error.Message}";

    private static string Str(JsonElement c, string name) => c.GetProperty(name).GetString()!;

    internal static double Float(JsonElement c, string name) =>
        BitConverter.UInt64BitsToDouble(ulong.Parse(Str(c, name), NumberStyles.HexNumber, CultureInfo.InvariantCulture));

    internal static BigInteger Int(JsonElement c, string name) => ParseHex(Str(c, name));

    /// <summary>Reads Python's hex() form, e.g. "-0x1f".</summary>
    internal static BigInteger ParseHex(string text)
    {
        bool negative = text.StartsWith('-');
        string digits = text[(negative ? 3 : 2)..];
        var value = BigInteger.Parse("0" + digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        return negative ? -value : value;
    }

    internal static string Hex(BigInteger value) => IntFormatter.ToBase(value, 16, true);

    private static string Bits(double value) => BitConverter.DoubleToUInt64Bits(value).ToString("x16", CultureInfo.InvariantCulture);

    private static string Json(string[] items) => JsonSerializer.Serialize(items);

    private static string RunPercent(JsonElement c)
    {
        var args = new JsonPercentArgs(c.GetProperty("args"));
        var sb = new StringBuilder();
        if (PercentFormatter.TryFormat(sb, Str(c, "f"), ref args, IntFormatter.DefaultMaxStrDigits, out var error))
        {
            return sb.ToString();
        }

        return error.Kind == TextErrorKind.Pending ? args.PendingError! : Error(error);
    }

    /// <summary><c>list(_string.formatter_parser(text))</c> as JSON.</summary>
    private static string RunFormatterParser(string text)
    {
        var parts = new List<object?[]>();
        var markup = new MarkupIterator(text);
        TextError error;
        while (markup.TryNext(out var part, out error))
        {
            parts.Add(part.FieldPresent
                ? [part.Literal, part.FieldName, part.FormatSpec ?? string.Empty, part.Conversion == 0 ? null : char.ConvertFromUtf32(part.Conversion)]
                : [part.Literal, null, null, null]);
        }

        if (error.IsError)
        {
            return Error(error);
        }

        return JsonSerializer.Serialize(parts);
    }

    /// <summary><c>_string.formatter_field_name_split(name)</c>, iterated, as JSON.</summary>
    private static string RunFieldNameSplit(string name)
    {
        if (!FieldNameIterator.TrySplit(name, out string first, out long index, out var rest, out var error))
        {
            return Error(error);
        }

        var steps = new List<object[]>();
        while (rest.TryNext(out var step, out error))
        {
            steps.Add([step.IsAttribute, step.Index != -1 ? step.Index : step.Name]);
        }

        if (error.IsError)
        {
            return Error(error);
        }

        return JsonSerializer.Serialize(new object[] { index != -1 ? index : first, steps });
    }

    private static string RunUnicode(JsonElement c)
    {
        var decimals = new Dictionary<int, int>();
        foreach (var pair in c.GetProperty("decimals").EnumerateArray())
        {
            decimals[pair[0].GetInt32()] = pair[1].GetInt32();
        }

        var spaces = new HashSet<int>();
        foreach (var s in c.GetProperty("spaces").EnumerateArray())
        {
            spaces.Add(s.GetInt32());
        }

        var wrong = new List<string>();
        for (int cp = 0; cp < 0x110000 && wrong.Count < 20; cp++)
        {
            int expected = decimals.TryGetValue(cp, out int d) ? d : -1;
            if (PyUnicodeData.DecimalValue(cp) != expected)
            {
                wrong.Add($"decimal U+{cp:X4}: {PyUnicodeData.DecimalValue(cp)} != {expected}");
            }

            if (PyUnicodeData.IsSpace(cp) != spaces.Contains(cp))
            {
                wrong.Add($"space U+{cp:X4}");
            }
        }

        return wrong.Count == 0 ? "True" : string.Join("; ", wrong);
    }

    /// <summary>The operand of a percent case, rebuilt from the case file.</summary>
    private struct JsonPercentArgs : IPercentArgs
    {
        private readonly JsonElement _operand;
        private readonly JsonElement _items;

        public JsonPercentArgs(JsonElement operand)
        {
            _operand = operand;
            if (operand.TryGetProperty("tuple", out var items))
            {
                _items = items;
                Count = items.GetArrayLength();
                IsMapping = false;
            }
            else
            {
                _items = default;
                Count = -1;
                IsMapping = operand.GetProperty("m").GetBoolean();
            }

            PendingError = null;
        }

        public int Count { get; }

        public bool IsMapping { get; }

        public string? PendingError { get; private set; }

        public readonly PercentArg Get(int index) => ToArg(index < 0 ? _operand.GetProperty("single") : _items[index]);

        public bool TryGetItem(string key, out PercentArg value, out TextError error)
        {
            value = default;
            error = new TextError(TextErrorKind.Pending, string.Empty);
            if (_operand.TryGetProperty("map", out var map))
            {
                if (map.TryGetProperty(key, out var item))
                {
                    value = ToArg(item);
                    error = default;
                    return true;
                }

                PendingError = "!KeyError: " + PyRepr.Str(key);
                return false;
            }

            string type = _operand.GetProperty("single").GetProperty("t").GetString()!;
            PendingError = type switch
            {
                "list" => "!TypeError: list indices must be integers or slices, not str",
                "bytes" => "!TypeError: byte indices must be integers or slices, not str",
                _ => $"!TypeError: '{type}' object is not subscriptable",
            };
            return false;
        }

        public bool TryNumber(in PercentArg value, char conversion, out PercentArg number, out TextError error)
        {
            number = value;
            error = default;
            return true;
        }

        public bool TryConvert(in PercentArg value, char conversion, out string text, out TextError error)
        {
            var source = (JsonElement)value.Source!;
            string key = conversion switch { 's' => "str", 'r' => "repr", _ => "ascii" };
            if (source.TryGetProperty(key, out var t))
            {
                text = t.GetString()!;
                error = default;
                return true;
            }

            var e = source.GetProperty(key + "_error");
            text = string.Empty;
            error = TextError.Value(e[1].GetString()!);
            return false;
        }

        private static PercentArg ToArg(JsonElement arg)
        {
            string type = arg.GetProperty("t").GetString()!;
            return arg.GetProperty("k").GetString() switch
            {
                "int" => PercentArg.FromInt(ParseHex(arg.GetProperty("v").GetString()!), type, arg),
                "float" => PercentArg.FromFloat(Float(arg, "v"), type, arg),
                "str" => PercentArg.FromStr(arg.GetProperty("v").GetString()!, type, arg),
                _ => PercentArg.FromOther(type, arg),
            };
        }
    }
}
