using System.Runtime.InteropServices;
using System.Text;
using Ember.Runtime.Codecs;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;
using Ember.Syntax.Unicode;

namespace Ember.Modules.Unicodedata;

/// <summary>
/// The <c>unicodedata</c> module (Modules/unicodedata.c) over Ember's own
/// Unicode 14.0.0 database (<see cref="UnicodeDatabase"/>, generated from
/// CPython 3.11): properties, names both ways (aliases and named sequences in
/// lookup), the four normalization forms with CPython's quick check, and the
/// 3.2.0 view <c>ucd_3_2_0</c>, whose methods are these functions answering
/// for that version. Not provided: the <c>_ucnhash_CAPI</c> capsule (Ember's
/// codecs reach the database directly).
/// </summary>
public static class UnicodedataModule
{
    /// <summary>Who is called: the module (14.0.0) or a UCD object (3.2.0), for the data and the messages.</summary>
    public readonly record struct Call(bool Old, string Owner);

    public delegate PyObject? Impl(Call call, ReadOnlySpan<PyObject> args, PyTuple? kwnames);

    /// <summary>The functions, shared by the module and the UCD type.</summary>
    public static readonly (string Name, Impl Impl, string Doc)[] Functions =
    [
        ("decimal", Decimal, "Converts a Unicode character into its equivalent decimal value.\n\nReturns the decimal value as an integer; if there is none, default is returned,\nor ValueError is raised if default is not given."),
        ("digit", Digit, "Converts a Unicode character into its equivalent digit value.\n\nReturns the digit value as an integer; if there is none, default is returned,\nor ValueError is raised if default is not given."),
        ("numeric", Numeric, "Converts a Unicode character into its equivalent numeric value.\n\nReturns the numeric value as a float; if there is none, default is returned,\nor ValueError is raised if default is not given."),
        ("category", Category, "Returns the general category assigned to the character chr as a string."),
        ("bidirectional", Bidirectional, "Returns the bidirectional class assigned to the character chr as a string.\n\nIf no such value is defined, an empty string is returned."),
        ("combining", Combining, "Returns the canonical combining class assigned to the character chr as an integer.\n\nReturns 0 if no combining class is defined."),
        ("mirrored", Mirrored, "Returns the mirrored property assigned to the character chr as an integer.\n\nReturns 1 if the character has been identified as a \"mirrored\"\ncharacter in bidirectional text, 0 otherwise."),
        ("east_asian_width", EastAsianWidth, "Returns the east asian width assigned to the character chr as a string."),
        ("decomposition", Decomposition, "Returns the character decomposition mapping assigned to the character chr as a string.\n\nAn empty string is returned in case no such mapping is defined."),
        ("is_normalized", IsNormalized, "Returns whether unistr is in the normal form 'form'.\n\nValid values for form are 'NFC', 'NFKC', 'NFD', and 'NFKD'."),
        ("normalize", Normalize, "Returns the normal form 'form' for the Unicode string unistr.\n\nValid values for form are 'NFC', 'NFKC', 'NFD', and 'NFKD'."),
        ("name", Name, "Returns the name assigned to the character chr as a string.\n\nIf no name is defined, default is returned, or, if not given,\nValueError is raised."),
        ("lookup", Lookup, "Look up character by name.\n\nIf a character with the given name is found, return the\ncorresponding character.  If not found, KeyError is raised."),
    ];

    private static readonly Call s_current = new(false, "unicodedata");

    // unicodedata.c's NAME_MAXLEN: longer names (in UTF-8 bytes) are refused before any lookup.
    private const int NameMaxLength = 256;

    public static PyModule Create(PyInterpreterState interp)
    {
        var m = ModuleHelpers.NewModule(
            "unicodedata",
            "This module provides access to the Unicode Character Database which\ndefines character properties for all Unicode characters. The data in\nthis database is based on the UnicodeData.txt file version\n" + UnicodeDatabase.Version + " which is publicly available from ftp://ftp.unicode.org/.\n\nThe module uses the same names and symbols as defined by the\nUnicodeData File Format " + UnicodeDatabase.Version + ".");
        foreach (var (name, impl, doc) in Functions)
        {
            m.AddFunction(name, (args, kw) => impl(s_current, args, kw), doc);
        }

        m.Dict.SetItemStr("unidata_version", new PyStr(UnicodeDatabase.Version));
        m.AddType(PyUcd.TypeObject);
        m.Dict.SetItemStr("ucd_3_2_0", PyUcd.Ucd320);
        return m;
    }

    private static UnicodeDatabase Db => UnicodeDatabase.Instance;

    /// <summary>Clinic's <c>int(accept={str})</c>: a str of length 1, its code point.</summary>
    private static bool Character(string function, bool only, PyObject arg, out int cp)
    {
        if (arg is PyStr s && s.Length == 1)
        {
            cp = s.CodePointAt(0);
            return true;
        }

        cp = 0;
        string which = only ? "argument" : "argument 1";
        PyErr.TypeError($"{function}() {which} must be a unicode character, not {arg.Type.Name}");
        return false;
    }

    /// <summary>A METH_O function's one character.</summary>
    private static bool OneCharacter(Call call, string function, ReadOnlySpan<PyObject> args, PyTuple? kwnames, out int cp)
    {
        cp = 0;
        return Args.ExactlyOne($"{call.Owner}.{function}", args, kwnames) && Character(function, only: true, args[0], out cp);
    }

    /// <summary>A (chr, default=None) function's arguments.</summary>
    private static bool CharacterAndDefault(Call call, string function, ReadOnlySpan<PyObject> args, PyTuple? kwnames, out int cp)
    {
        cp = 0;
        return Args.Positional(function, $"{call.Owner}.{function}", args, kwnames, 1, 2) && Character(function, only: false, args[0], out cp);
    }

    private static PyObject? Decimal(Call call, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!CharacterAndDefault(call, "decimal", args, kwnames, out int cp))
        {
            return null;
        }

        int value = Db.Decimal(cp, call.Old);
        if (value >= 0)
        {
            return PyInt.From(value);
        }

        return args.Length > 1 ? args[1] : PyErr.ValueError("not a decimal");
    }

    private static PyObject? Digit(Call call, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!CharacterAndDefault(call, "digit", args, kwnames, out int cp))
        {
            return null;
        }

        int value = Db.Digit(cp, call.Old);
        if (value >= 0)
        {
            return PyInt.From(value);
        }

        return args.Length > 1 ? args[1] : PyErr.ValueError("not a digit");
    }

    private static PyObject? Numeric(Call call, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!CharacterAndDefault(call, "numeric", args, kwnames, out int cp))
        {
            return null;
        }

        if (Db.Numeric(cp, call.Old) is double value)
        {
            return new PyFloat(value);
        }

        return args.Length > 1 ? args[1] : PyErr.ValueError("not a numeric character");
    }

    private static PyObject? Category(Call call, ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        OneCharacter(call, "category", args, kwnames, out int cp) ? new PyStr(Db.Category(cp, call.Old)) : null;

    private static PyObject? Bidirectional(Call call, ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        OneCharacter(call, "bidirectional", args, kwnames, out int cp) ? PyStr.From(Db.Bidirectional(cp, call.Old)) : null;

    private static PyObject? Combining(Call call, ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        OneCharacter(call, "combining", args, kwnames, out int cp) ? PyInt.From(Db.Combining(cp, call.Old)) : null;

    private static PyObject? Mirrored(Call call, ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        OneCharacter(call, "mirrored", args, kwnames, out int cp) ? PyInt.From(Db.Mirrored(cp, call.Old) ? 1 : 0) : null;

    private static PyObject? EastAsianWidth(Call call, ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        OneCharacter(call, "east_asian_width", args, kwnames, out int cp) ? new PyStr(Db.EastAsianWidth(cp, call.Old)) : null;

    private static PyObject? Decomposition(Call call, ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        OneCharacter(call, "decomposition", args, kwnames, out int cp) ? PyStr.From(Db.Decomposition(cp, call.Old)) : null;

    private static PyObject? Name(Call call, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!CharacterAndDefault(call, "name", args, kwnames, out int cp))
        {
            return null;
        }

        if (Db.NameOf(cp, call.Old) is { } name)
        {
            return new PyStr(name);
        }

        return args.Length > 1 ? args[1] : PyErr.ValueError("no such name");
    }

    /// <summary>lookup(name): the argument is a str (as UTF-8) or bytes, clinic's <c>str(accept={str, robuffer})</c>.</summary>
    private static PyObject? Lookup(Call call, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.ExactlyOne($"{call.Owner}.lookup", args, kwnames) || !NameBytes(args[0], out byte[] utf8))
        {
            return null;
        }

        if (utf8.Length > NameMaxLength)
        {
            return PyErr.SetObject(PyExc.KeyError, new PyStr("name too long"));
        }

        // Names are ASCII: any other byte fails the match, whatever char it becomes here.
        var chars = new char[utf8.Length];
        for (int i = 0; i < utf8.Length; i++)
        {
            chars[i] = (char)utf8[i];
        }

        switch (Db.Lookup(chars, call.Old, namedSequences: true, out int code, out int[]? sequence))
        {
            case UnicodeDatabase.NameMatch.CodePoint:
                return PyStr.FromCodePoint(code);
            case UnicodeDatabase.NameMatch.Sequence:
                return PyStr.FromCodePoints(sequence);
            default:
                // The message is formatted from a C string: it stops at a NUL byte.
                int nul = Array.IndexOf(utf8, (byte)0);
                string shown = Encoding.UTF8.GetString(utf8, 0, nul < 0 ? utf8.Length : nul);
                return PyErr.SetObject(PyExc.KeyError, new PyStr($"undefined character name '{shown}'"));
        }
    }

    private static bool NameBytes(PyObject arg, out byte[] utf8)
    {
        utf8 = [];
        if (arg is PyStr s)
        {
            int[] cps = s.GetCodePoints();
            for (int i = 0; i < cps.Length; i++)
            {
                if (cps[i] is >= 0xD800 and <= 0xDFFF)
                {
                    int end = i + 1;
                    while (end < cps.Length && cps[end] is >= 0xD800 and <= 0xDFFF)
                    {
                        end++;
                    }

                    CodecErrors.EncodeError("utf-8", s, i, end, "surrogates not allowed");
                    return false;
                }
            }

            utf8 = Encoding.UTF8.GetBytes(s.Value);
            return true;
        }

        if (arg is PyBytes b)
        {
            utf8 = b.Data.ToArray();
            return true;
        }

        if (BytesLike.TryGetBytes(arg, out _))
        {
            PyErr.TypeError($"lookup() argument must be read-only bytes-like object, not {arg.Type.Name}");
            return false;
        }

        PyErr.TypeError($"a bytes-like object is required, not '{arg.Type.Name}'");
        return false;
    }

    private enum Form
    {
        Invalid,
        Nfc,
        Nfkc,
        Nfd,
        Nfkd,
    }

    private static bool FormAndText(Call call, string function, ReadOnlySpan<PyObject> args, PyTuple? kwnames, out PyStr form, out PyStr text)
    {
        form = text = PyStr.Empty;
        if (!Args.Positional(function, $"{call.Owner}.{function}", args, kwnames, 2, 2))
        {
            return false;
        }

        if (args[0] is not PyStr f)
        {
            PyErr.TypeError($"{function}() argument 1 must be str, not {args[0].Type.Name}");
            return false;
        }

        if (args[1] is not PyStr t)
        {
            PyErr.TypeError($"{function}() argument 2 must be str, not {args[1].Type.Name}");
            return false;
        }

        form = f;
        text = t;
        return true;
    }

    private static Form ParseForm(PyStr form) => form.Value switch
    {
        "NFC" => Form.Nfc,
        "NFKC" => Form.Nfkc,
        "NFD" => Form.Nfd,
        "NFKD" => Form.Nfkd,
        _ => Form.Invalid,
    };

    private static bool IsComposed(Form form) => form is Form.Nfc or Form.Nfkc;

    private static bool IsCompat(Form form) => form is Form.Nfkc or Form.Nfkd;

    /// <summary>
    /// is_normalized_quickcheck with yes_only: whether the text is surely in the
    /// form already. The 3.2.0 view never takes the shortcut.
    /// </summary>
    private static bool QuickCheckYes(bool old, PyStr text, Form form)
    {
        if (old)
        {
            return false;
        }

        if (text.IsAscii)
        {
            return true;
        }

        int bit = form switch
        {
            Form.Nfd => UnicodeDatabase.QuickNfd,
            Form.Nfkd => UnicodeDatabase.QuickNfkd,
            Form.Nfc => UnicodeDatabase.QuickNfc,
            _ => UnicodeDatabase.QuickNfkc,
        };
        var db = Db;
        int prevCombining = 0;
        foreach (int cp in text.GetCodePoints())
        {
            int combining = db.Combining(cp);
            if (combining != 0 && prevCombining > combining)
            {
                return false;
            }

            prevCombining = combining;
            if ((db.QuickCheck(cp) & bit) != 0)
            {
                return false;
            }
        }

        return true;
    }

    private static List<int> Apply(bool old, PyStr text, Form form) => IsComposed(form)
        ? Db.Compose(text.GetCodePoints(), IsCompat(form), old)
        : Db.Decompose(text.GetCodePoints(), IsCompat(form), old);

    private static PyObject? Normalize(Call call, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!FormAndText(call, "normalize", args, kwnames, out var formStr, out var text))
        {
            return null;
        }

        // CPython returns an empty input before it looks at the form.
        if (text.Length == 0)
        {
            return text;
        }

        var form = ParseForm(formStr);
        if (form == Form.Invalid)
        {
            return PyErr.ValueError("invalid normalization form");
        }

        if (QuickCheckYes(call.Old, text, form))
        {
            return text;
        }

        return PyStr.FromCodePoints(CollectionsMarshal.AsSpan(Apply(call.Old, text, form)));
    }

    private static PyObject? IsNormalized(Call call, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!FormAndText(call, "is_normalized", args, kwnames, out var formStr, out var text))
        {
            return null;
        }

        if (text.Length == 0)
        {
            return PyBool.True;
        }

        var form = ParseForm(formStr);
        if (form == Form.Invalid)
        {
            return PyErr.ValueError("invalid normalization form");
        }

        if (QuickCheckYes(call.Old, text, form))
        {
            return PyBool.True;
        }

        // Not surely normalized: normalize and compare (CPython's answer for "maybe"; for "no" the comparison agrees).
        List<int> normalized = Apply(call.Old, text, form);
        return PyBool.From(CollectionsMarshal.AsSpan(normalized).SequenceEqual(text.GetCodePoints()));
    }
}
