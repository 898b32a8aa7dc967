using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// Case mapping and the character-class predicates (Objects/unicodeobject.c
/// do_lower, do_upper, do_title, do_capitalize, do_swapcase, do_casefold and
/// unicode_is*), with full (multi-character) mappings and the final-sigma rule.
/// </summary>
public partial class PyStr
{
    private const int CapitalSigma = 0x3A3;

    public CodePointEnumerator EnumerateCodePoints() => new(this);

    /// <summary>The lowercase form of 'Σ' at <paramref name="i"/>: final 'ς' when a cased letter precedes and none follows (ignoring case-ignorables).</summary>
    private static int HandleCapitalSigma(ReadOnlySpan<int> cps, int i)
    {
        int j = i - 1;
        int c = 0;
        for (; j >= 0; j--)
        {
            c = cps[j];
            if (!UnicodeCType.IsCaseIgnorable(c))
            {
                break;
            }
        }

        bool finalSigma = j >= 0 && UnicodeCType.IsCased(c);
        if (finalSigma && i + 1 < cps.Length)
        {
            for (j = i + 1; j < cps.Length; j++)
            {
                c = cps[j];
                if (!UnicodeCType.IsCaseIgnorable(c))
                {
                    break;
                }
            }

            finalSigma = j == cps.Length || !UnicodeCType.IsCased(c);
        }

        return finalSigma ? 0x3C2 : 0x3C3;
    }

    private static void AppendLower(CodePointBuilder sb, ReadOnlySpan<int> cps, int i)
    {
        int c = cps[i];
        if (c == CapitalSigma)
        {
            sb.Add(HandleCapitalSigma(cps, i));
        }
        else
        {
            UnicodeCType.AppendLower(sb, c);
        }
    }

    private static PyObject? Lower(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.NoArgs("str.lower", args, kwnames))
        {
            return null;
        }

        var s = (PyStr)self;
        if (s.IsAscii)
        {
            return new PyStr(s.Value.ToLowerInvariant());
        }

        var cps = s.GetCodePoints();
        var sb = new CodePointBuilder(cps.Length);
        for (int i = 0; i < cps.Length; i++)
        {
            AppendLower(sb, cps, i);
        }

        return sb.ToPyStr();
    }

    private static PyObject? Upper(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.NoArgs("str.upper", args, kwnames))
        {
            return null;
        }

        var s = (PyStr)self;
        if (s.IsAscii)
        {
            return new PyStr(s.Value.ToUpperInvariant());
        }

        var sb = new CodePointBuilder(s.Value.Length);
        foreach (int c in s.EnumerateCodePoints())
        {
            UnicodeCType.AppendUpper(sb, c);
        }

        return sb.ToPyStr();
    }

    private static PyObject? CaseFold(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.NoArgs("str.casefold", args, kwnames))
        {
            return null;
        }

        var s = (PyStr)self;
        if (s.IsAscii)
        {
            return new PyStr(s.Value.ToLowerInvariant());
        }

        var sb = new CodePointBuilder(s.Value.Length);
        foreach (int c in s.EnumerateCodePoints())
        {
            UnicodeCType.AppendFold(sb, c);
        }

        return sb.ToPyStr();
    }

    private static PyObject? TitleMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.NoArgs("str.title", args, kwnames))
        {
            return null;
        }

        var cps = ((PyStr)self).GetCodePoints();
        var sb = new CodePointBuilder(cps.Length);
        bool previousIsCased = false;
        for (int i = 0; i < cps.Length; i++)
        {
            int c = cps[i];
            if (previousIsCased)
            {
                AppendLower(sb, cps, i);
            }
            else
            {
                UnicodeCType.AppendTitle(sb, c);
            }

            previousIsCased = UnicodeCType.IsCased(c);
        }

        return sb.ToPyStr();
    }

    private static PyObject? Capitalize(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.NoArgs("str.capitalize", args, kwnames))
        {
            return null;
        }

        var cps = ((PyStr)self).GetCodePoints();
        if (cps.Length == 0)
        {
            return Empty;
        }

        var sb = new CodePointBuilder(cps.Length);
        UnicodeCType.AppendTitle(sb, cps[0]);
        for (int i = 1; i < cps.Length; i++)
        {
            AppendLower(sb, cps, i);
        }

        return sb.ToPyStr();
    }

    private static PyObject? SwapCase(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.NoArgs("str.swapcase", args, kwnames))
        {
            return null;
        }

        var cps = ((PyStr)self).GetCodePoints();
        var sb = new CodePointBuilder(cps.Length);
        for (int i = 0; i < cps.Length; i++)
        {
            int c = cps[i];
            if (UnicodeCType.IsUpper(c))
            {
                AppendLower(sb, cps, i);
            }
            else if (UnicodeCType.IsLower(c))
            {
                UnicodeCType.AppendUpper(sb, c);
            }
            else
            {
                sb.Add(c);
            }
        }

        return sb.ToPyStr();
    }

    private delegate bool CodePointTest(int cp);

    private static PyObject? AllMatch(string name, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames, CodePointTest test, bool emptyResult)
    {
        if (!Args.NoArgs(name, args, kwnames))
        {
            return null;
        }

        var s = (PyStr)self;
        if (s.Value.Length == 0)
        {
            return PyBool.From(emptyResult);
        }

        foreach (int c in s.EnumerateCodePoints())
        {
            if (!test(c))
            {
                return PyBool.False;
            }
        }

        return PyBool.True;
    }

    private static PyObject? IsAlphaMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        AllMatch("str.isalpha", self, args, kwnames, UnicodeCType.IsAlpha, false);

    private static PyObject? IsAlnumMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        AllMatch("str.isalnum", self, args, kwnames, UnicodeCType.IsAlnum, false);

    private static PyObject? IsDecimalMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        AllMatch("str.isdecimal", self, args, kwnames, UnicodeCType.IsDecimal, false);

    private static PyObject? IsDigitMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        AllMatch("str.isdigit", self, args, kwnames, UnicodeCType.IsDigit, false);

    private static PyObject? IsNumericMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        AllMatch("str.isnumeric", self, args, kwnames, UnicodeCType.IsNumeric, false);

    private static PyObject? IsSpaceMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        AllMatch("str.isspace", self, args, kwnames, UnicodeCType.IsSpace, false);

    private static PyObject? IsPrintableMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        AllMatch("str.isprintable", self, args, kwnames, UnicodeCType.IsPrintable, true);

    private static PyObject? IsAsciiMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.NoArgs("str.isascii", args, kwnames))
        {
            return null;
        }

        return PyBool.From(((PyStr)self).IsAscii);
    }

    private static PyObject? IsIdentifierMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.NoArgs("str.isidentifier", args, kwnames))
        {
            return null;
        }

        return PyBool.From(((PyStr)self).IsIdentifier());
    }

    /// <summary>str.isidentifier(): XID_Start or '_' first, XID_Continue after (keywords included).</summary>
    public bool IsIdentifier()
    {
        bool first = true;
        foreach (int c in EnumerateCodePoints())
        {
            if (first ? !Ember.Syntax.Lexing.CharInfo.IsIdentifierStart(c) : !Ember.Syntax.Lexing.CharInfo.IsIdentifierContinue(c))
            {
                return false;
            }

            first = false;
        }

        return !first;
    }

    private static PyObject? IsLowerMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.NoArgs("str.islower", args, kwnames))
        {
            return null;
        }

        bool cased = false;
        foreach (int c in ((PyStr)self).EnumerateCodePoints())
        {
            if (UnicodeCType.IsUpper(c) || UnicodeCType.IsTitle(c))
            {
                return PyBool.False;
            }

            cased |= UnicodeCType.IsLower(c);
        }

        return PyBool.From(cased);
    }

    private static PyObject? IsUpperMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.NoArgs("str.isupper", args, kwnames))
        {
            return null;
        }

        bool cased = false;
        foreach (int c in ((PyStr)self).EnumerateCodePoints())
        {
            if (UnicodeCType.IsLower(c) || UnicodeCType.IsTitle(c))
            {
                return PyBool.False;
            }

            cased |= UnicodeCType.IsUpper(c);
        }

        return PyBool.From(cased);
    }

    private static PyObject? IsTitleMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.NoArgs("str.istitle", args, kwnames))
        {
            return null;
        }

        bool cased = false, previousIsCased = false;
        foreach (int c in ((PyStr)self).EnumerateCodePoints())
        {
            if (UnicodeCType.IsUpper(c) || UnicodeCType.IsTitle(c))
            {
                if (previousIsCased)
                {
                    return PyBool.False;
                }

                previousIsCased = cased = true;
            }
            else if (UnicodeCType.IsLower(c))
            {
                if (!previousIsCased)
                {
                    return PyBool.False;
                }

                previousIsCased = cased = true;
            }
            else
            {
                previousIsCased = false;
            }
        }

        return PyBool.From(cased);
    }
}
