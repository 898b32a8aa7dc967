using System.Runtime.InteropServices;
using System.Text;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Modules.Locale;

/// <summary>
/// The <c>_locale</c> module (Modules/_localemodule.c) over the C library:
/// setlocale, localeconv, nl_langinfo, wcscoll/wcsxfrm and the gettext
/// family. Strings cross in UTF-8, the encoding of the locales CPython's
/// start-up leaves (PEP 538 coerces C to C.UTF-8).
/// </summary>
public static class LocaleModule
{
    private static readonly (string Name, int Value)[] s_langInfo =
    [
        ("RADIXCHAR", 0x10000), ("THOUSEP", 0x10001), ("CRNCYSTR", 0x4000F), ("CODESET", 14),
        ("D_T_FMT", 0x20028), ("D_FMT", 0x20029), ("T_FMT", 0x2002A), ("T_FMT_AMPM", 0x2002B),
        ("AM_STR", 0x20026), ("PM_STR", 0x20027),
        ("DAY_1", 0x20007), ("DAY_2", 0x20008), ("DAY_3", 0x20009), ("DAY_4", 0x2000A), ("DAY_5", 0x2000B), ("DAY_6", 0x2000C), ("DAY_7", 0x2000D),
        ("ABDAY_1", 0x20000), ("ABDAY_2", 0x20001), ("ABDAY_3", 0x20002), ("ABDAY_4", 0x20003), ("ABDAY_5", 0x20004), ("ABDAY_6", 0x20005), ("ABDAY_7", 0x20006),
        ("MON_1", 0x2001A), ("MON_2", 0x2001B), ("MON_3", 0x2001C), ("MON_4", 0x2001D), ("MON_5", 0x2001E), ("MON_6", 0x2001F),
        ("MON_7", 0x20020), ("MON_8", 0x20021), ("MON_9", 0x20022), ("MON_10", 0x20023), ("MON_11", 0x20024), ("MON_12", 0x20025),
        ("ABMON_1", 0x2000E), ("ABMON_2", 0x2000F), ("ABMON_3", 0x20010), ("ABMON_4", 0x20011), ("ABMON_5", 0x20012), ("ABMON_6", 0x20013),
        ("ABMON_7", 0x20014), ("ABMON_8", 0x20015), ("ABMON_9", 0x20016), ("ABMON_10", 0x20017), ("ABMON_11", 0x20018), ("ABMON_12", 0x20019),
        ("ERA", 0x2002C), ("ERA_D_FMT", 0x2002E), ("ALT_DIGITS", 0x2002F), ("ERA_D_T_FMT", 0x20030), ("ERA_T_FMT", 0x20031),
        ("YESEXPR", 0x50000), ("NOEXPR", 0x50001), ("_DATE_FMT", 0x2006C),
    ];

    private static readonly string[] s_lconvStrings =
    [
        "decimal_point", "thousands_sep", "grouping", "int_curr_symbol", "currency_symbol",
        "mon_decimal_point", "mon_thousands_sep", "mon_grouping", "positive_sign", "negative_sign",
    ];

    private static readonly string[] s_lconvChars =
    [
        "int_frac_digits", "frac_digits", "p_cs_precedes", "p_sep_by_space", "n_cs_precedes", "n_sep_by_space", "p_sign_posn", "n_sign_posn",
    ];

    /// <summary>char is unsigned on arm64 Linux, so CHAR_MAX is 255 there.</summary>
    private static bool CharIsSigned => RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.X86;

    private static int CharMax => CharIsSigned ? 127 : 255;

    private sealed class State
    {
        public PyType? Error;
        public bool CtypeFromEnvironment;
    }

    private static PyType Error()
    {
        var state = PyThreadState.Current.Interpreter.GetState(static _ => new State());
        return state.Error ??= ModuleHelpers.NewException("locale.Error", PyExc.Exception) ?? PyExc.Exception;
    }

    public static PyModule Create(PyInterpreterState interp)
    {
        // CPython's start-up sets LC_CTYPE from the environment, coercing C and POSIX to
        // C.UTF-8 (PEP 538) unless LC_ALL is set; Ember does it when _locale is first imported, so start-up pays nothing.
        var state = interp.GetState(static _ => new State());
        if (!state.CtypeFromEnvironment)
        {
            state.CtypeFromEnvironment = true;
            var ctype = Decode(LibcLocale.SetLocale(0, [0]));
            if (ctype is "C" or "POSIX" && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("LC_ALL")))
            {
                LibcLocale.SetLocale(0, "C.UTF-8\0"u8.ToArray());
            }
        }

        var m = ModuleHelpers.NewModule("_locale", "Support for POSIX locales.");
        m.AddFunction("setlocale", SetLocale, "Activates (or queries) the locale of a category.");
        m.AddFunction("localeconv", static (args, kw) => Args.NoArgs("_locale.localeconv", args, kw) ? LocaleConv() : null,
            "Returns the numeric and monetary conventions of the current locale.");
        m.AddFunction("nl_langinfo", NlLangInfo, "Return the value of one nl_langinfo() item of the current locale.");
        m.AddFunction("strcoll", StrColl, "Compares two strings by the current LC_COLLATE.");
        m.AddFunction("strxfrm", StrXfrm, "Return a string that compares as the argument does under strcoll.");
        m.AddFunction("getencoding", static (args, kw) =>
        {
            if (!Args.NoArgs("_locale.getencoding", args, kw))
            {
                return null;
            }

            string codeset = Decode(LibcLocale.NlLangInfo(14)) ?? string.Empty;
            return new PyStr(codeset.Length == 0 ? "UTF-8" : codeset);
        }, "Get the current locale encoding.");
        m.AddFunction("gettext", static (args, kw) =>
        {
            if (!Args.ExactlyOne("gettext", args, kw) || !Text(args[0], "gettext() argument", false, out var msg))
            {
                return null;
            }

            return new PyStr(Decode(LibcLocale.GetText(msg!)) ?? string.Empty);
        }, "Return the localized translation of a message.");
        m.AddFunction("dgettext", static (args, kw) =>
        {
            if (!Args.Positional("dgettext", args, kw, 2, 2) || !Text(args[0], "dgettext() argument 1", true, out var domain)
                || !Text(args[1], "dgettext() argument 2", false, out var msg))
            {
                return null;
            }

            return new PyStr(Decode(LibcLocale.DGetText(domain, msg!)) ?? string.Empty);
        }, "Return the translation of a message in a domain.");
        m.AddFunction("dcgettext", static (args, kw) =>
        {
            if (!Args.Positional("dcgettext", args, kw, 3, 3) || !Text(args[0], "dcgettext() argument 1", true, out var domain)
                || !Text(args[1], "dcgettext() argument 2", false, out var msg) || !PyLong.AsInt(args[2], out int category))
            {
                return null;
            }

            return new PyStr(Decode(LibcLocale.DcGetText(domain, msg!, category)) ?? string.Empty);
        }, "Return the translation of a message in a domain and category.");
        m.AddFunction("textdomain", static (args, kw) =>
        {
            if (!Args.ExactlyOne("textdomain", args, kw) || !Text(args[0], "textdomain() argument", true, out var domain))
            {
                return null;
            }

            var r = LibcLocale.TextDomain(domain);
            return r == 0 ? FromErrno() : new PyStr(Decode(r) ?? string.Empty);
        }, "Set (or query, with None) the C library's textdomain.");
        m.AddFunction("bindtextdomain", static (args, kw) =>
        {
            if (!Args.Positional("bindtextdomain", args, kw, 2, 2) || !Text(args[0], "bindtextdomain() argument 1", false, out var domain))
            {
                return null;
            }

            byte[]? dir = null;
            if (args[1] is not PyNone)
            {
                var path = PyFsPath.FsPath(args[1]);
                if (path is null)
                {
                    return null;
                }

                dir = path is PyBytes pb ? NulTerminated(pb.Data) : NulTerminated(Encoding.UTF8.GetBytes(((PyStr)path).Value));
            }

            var r = LibcLocale.BindTextDomain(domain!, dir);
            return r == 0 ? FromErrno() : new PyStr(Decode(r) ?? string.Empty);
        }, "Bind the C library's domain to a directory.");
        m.AddFunction("bind_textdomain_codeset", static (args, kw) =>
        {
            if (!Args.Positional("bind_textdomain_codeset", args, kw, 2, 2) || !Text(args[0], "bind_textdomain_codeset() argument 1", false, out var domain)
                || !Text(args[1], "bind_textdomain_codeset() argument 2", true, out var codeset))
            {
                return null;
            }

            var r = LibcLocale.BindTextDomainCodeset(domain!, codeset);
            if (r == 0)
            {
                return Marshal.GetLastPInvokeError() != 0 ? FromErrno() : PyNone.Instance;
            }

            return new PyStr(Decode(r) ?? string.Empty);
        }, "Bind the C library's domain to a codeset.");
        foreach (var (name, value) in s_langInfo)
        {
            m.Dict.SetItemStr(name, PyInt.From(value));
        }

        m.Dict.SetItemStr("CHAR_MAX", PyInt.From(CharMax));
        m.Dict.SetItemStr("Error", Error());
        m.Dict.SetItemStr("LC_CTYPE", PyInt.From(0));
        m.Dict.SetItemStr("LC_NUMERIC", PyInt.From(1));
        m.Dict.SetItemStr("LC_TIME", PyInt.From(2));
        m.Dict.SetItemStr("LC_COLLATE", PyInt.From(3));
        m.Dict.SetItemStr("LC_MONETARY", PyInt.From(4));
        m.Dict.SetItemStr("LC_MESSAGES", PyInt.From(5));
        m.Dict.SetItemStr("LC_ALL", PyInt.From(6));
        return m;
    }

    private static PyObject? SetLocale(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!Args.Positional("setlocale", "_locale.setlocale", args, kw, 1, 2))
        {
            return null;
        }

        PyObject?[] slots = [args[0], args.Length > 1 ? args[1] : null];

        if (slots[0] is PyFloat)
        {
            return PyErr.TypeError("'float' object cannot be interpreted as an integer");
        }

        if (!PyLong.AsInt(slots[0]!, out int category))
        {
            return null;
        }

        byte[]? locale = null;
        if (slots[1] is { } l && !Text(l, "setlocale() argument 2", true, out locale))
        {
            return null;
        }

        var result = LibcLocale.SetLocale(category, locale);
        if (result == 0)
        {
            return PyErr.SetString(Error(), locale is null ? "locale query failed" : "unsupported locale setting");
        }

        return new PyStr(Decode(result) ?? string.Empty);
    }

    private static PyObject LocaleConv()
    {
        var lc = LibcLocale.LocaleConv();
        var values = new Dictionary<string, PyObject>();
        for (int i = 0; i < s_lconvStrings.Length; i++)
        {
            var p = Marshal.ReadIntPtr(lc, i * nint.Size);
            string name = s_lconvStrings[i];
            values[name] = name is "grouping" or "mon_grouping" ? Grouping(p) : new PyStr(Decode(p) ?? string.Empty);
        }

        for (int i = 0; i < s_lconvChars.Length; i++)
        {
            byte b = Marshal.ReadByte(lc, (s_lconvStrings.Length * nint.Size) + i);
            values[s_lconvChars[i]] = PyInt.From(CharIsSigned ? (sbyte)b : b);
        }

        // The order of PyLocale_localeconv's inserts.
        var result = new PyDict();
        foreach (var key in (ReadOnlySpan<string>)[
            "int_curr_symbol", "currency_symbol", "mon_decimal_point", "mon_thousands_sep", "mon_grouping", "positive_sign", "negative_sign",
            "int_frac_digits", "frac_digits", "p_cs_precedes", "p_sep_by_space", "n_cs_precedes", "n_sep_by_space", "p_sign_posn", "n_sign_posn",
            "decimal_point", "thousands_sep", "grouping"])
        {
            result.SetItemStr(key, values[key]);
        }

        return result;
    }

    /// <summary>copy_grouping: the group sizes up to and including the terminating 0 or CHAR_MAX; [] for an empty string.</summary>
    private static PyObject Grouping(nint s)
    {
        var list = new PyList();
        if (s == 0 || Marshal.ReadByte(s) == 0)
        {
            return list;
        }

        for (int i = 0; ; i++)
        {
            byte raw = Marshal.ReadByte(s, i);
            int v = CharIsSigned ? (sbyte)raw : raw;
            list.Append(PyInt.From(v));
            if (raw == 0 || v == CharMax)
            {
                return list;
            }
        }
    }

    private static PyObject? NlLangInfo(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!Args.ExactlyOne("_locale.nl_langinfo", args, kw))
        {
            return null;
        }

        if (args[0] is PyFloat)
        {
            return PyErr.TypeError("'float' object cannot be interpreted as an integer");
        }

        if (!PyLong.AsInt(args[0], out int key))
        {
            return null;
        }

        foreach (var (_, value) in s_langInfo)
        {
            if (value == key)
            {
                return new PyStr(Decode(LibcLocale.NlLangInfo(key)) ?? string.Empty);
            }
        }

        return PyErr.ValueError("unsupported langinfo constant");
    }

    private static PyObject? StrColl(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!Args.Positional("strcoll", args, kw, 2, 2))
        {
            return null;
        }

        var a = Wide(args[0], "strcoll() argument 1");
        var b = a is null ? null : Wide(args[1], "strcoll() argument 2");
        return b is null ? null : PyInt.From(LibcLocale.WcsColl(a!, b));
    }

    private static PyObject? StrXfrm(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!Args.ExactlyOne("strxfrm", args, kw))
        {
            return null;
        }

        var s = Wide(args[0], "strxfrm() argument");
        if (s is null)
        {
            return null;
        }

        nuint n = LibcLocale.WcsXfrm(null, s, 0);
        var buf = new int[(int)n + 1];
        LibcLocale.WcsXfrm(buf, s, (nuint)buf.Length);
        return PyStr.FromCodePoints(buf.AsSpan(0, (int)n));
    }

    /// <summary>A str as a NUL-terminated wchar_t (UTF-32) string; TypeError or "embedded null character" otherwise.</summary>
    private static int[]? Wide(PyObject o, string what)
    {
        if (o is not PyStr s)
        {
            PyErr.TypeError($"{what} must be str, not {o.Type.Name}");
            return null;
        }

        var cps = s.GetCodePoints();
        if (Array.IndexOf(cps, 0) >= 0)
        {
            PyErr.ValueError("embedded null character");
            return null;
        }

        var wide = new int[cps.Length + 1];
        cps.CopyTo(wide, 0);
        return wide;
    }

    /// <summary>The str (or None, when allowed) converter of Argument Clinic, to NUL-terminated UTF-8.</summary>
    private static bool Text(PyObject o, string what, bool noneAllowed, out byte[]? bytes)
    {
        bytes = null;
        if (noneAllowed && o is PyNone)
        {
            return true;
        }

        if (o is not PyStr s)
        {
            PyErr.TypeError($"{what} must be str{(noneAllowed ? " or None" : "")}, not {o.Type.Name}");
            return false;
        }

        if (s.Value.Contains('\0'))
        {
            PyErr.ValueError("embedded null character");
            return false;
        }

        bytes = NulTerminated(Encoding.UTF8.GetBytes(s.Value));
        return true;
    }

    private static byte[] NulTerminated(ReadOnlySpan<byte> data)
    {
        var r = new byte[data.Length + 1];
        data.CopyTo(r);
        return r;
    }

    private static string? Decode(nint p) => p == 0 ? null : Marshal.PtrToStringUTF8(p);

    private static PyObject? FromErrno()
    {
        int errno = Marshal.GetLastPInvokeError();
        return PyErr.SetObject(PyExc.OSError, PyTuple.Create(PyInt.From(errno), new PyStr(Marshal.GetPInvokeErrorMessage(errno))));
    }
}
