using Ember.Runtime.Errors;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

public partial class PyStr
{
    private static readonly ArgSpec s_encodeSpec = new("encode", ["encoding", "errors"]);

    private static partial void InitMembers(PyType type)
    {
        type.AddMethod("capitalize", Capitalize);
        type.AddMethod("casefold", CaseFold);
        type.AddMethod("center", Center);
        type.AddMethod("count", CountMethod);
        type.AddMethod("encode", Encode);
        type.AddMethod("endswith", EndsWith);
        type.AddMethod("expandtabs", ExpandTabs);
        type.AddMethod("find", Find);
        type.AddMethod("format", FormatMethod);
        type.AddMethod("format_map", FormatMap);
        type.AddMethod("index", IndexMethod);
        type.AddMethod("isalnum", IsAlnumMethod);
        type.AddMethod("isalpha", IsAlphaMethod);
        type.AddMethod("isascii", IsAsciiMethod);
        type.AddMethod("isdecimal", IsDecimalMethod);
        type.AddMethod("isdigit", IsDigitMethod);
        type.AddMethod("isidentifier", IsIdentifierMethod);
        type.AddMethod("islower", IsLowerMethod);
        type.AddMethod("isnumeric", IsNumericMethod);
        type.AddMethod("isprintable", IsPrintableMethod);
        type.AddMethod("isspace", IsSpaceMethod);
        type.AddMethod("istitle", IsTitleMethod);
        type.AddMethod("isupper", IsUpperMethod);
        type.AddMethod("join", Join);
        type.AddMethod("ljust", LJust);
        type.AddMethod("lower", Lower);
        type.AddMethod("lstrip", LStrip);
        type.AddValue("maketrans", new PyBuiltinFunction("maketrans", MakeTrans));
        type.AddMethod("partition", Partition);
        type.AddMethod("removeprefix", RemovePrefix);
        type.AddMethod("removesuffix", RemoveSuffix);
        type.AddMethod("replace", Replace);
        type.AddMethod("rfind", RFind);
        type.AddMethod("rindex", RIndex);
        type.AddMethod("rjust", RJust);
        type.AddMethod("rpartition", RPartition);
        type.AddMethod("rsplit", RSplit);
        type.AddMethod("rstrip", RStrip);
        type.AddMethod("split", Split);
        type.AddMethod("splitlines", SplitLines);
        type.AddMethod("startswith", StartsWith);
        type.AddMethod("strip", Strip);
        type.AddMethod("swapcase", SwapCase);
        type.AddMethod("title", TitleMethod);
        type.AddMethod("translate", Translate);
        type.AddMethod("upper", Upper);
        type.AddMethod("zfill", ZFill);
        type.AddMethod("__format__", DunderFormat);
        type.AddMethod("__getnewargs__", GetNewArgs);
        type.AddMethod("__sizeof__", SizeOf);
    }

    private static PyObject? Encode(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> slots = [null, null];
        if (!s_encodeSpec.Parse(args, kwnames, slots))
        {
            return null;
        }

        string encoding = "utf-8";
        string? errors = null;
        if (slots[0] is { } e)
        {
            if (e is not PyStr es)
            {
                return PyErr.TypeError($"encode() argument 'encoding' must be str, not {StrArgs.TypeNameForError(e)}");
            }

            encoding = es.Value;
        }

        if (slots[1] is { } r)
        {
            if (r is not PyStr rs)
            {
                return PyErr.TypeError($"encode() argument 'errors' must be str, not {StrArgs.TypeNameForError(r)}");
            }

            errors = rs.Value;
        }

        return Codecs.PyCodecs.Encode((PyStr)self, encoding, errors);
    }

    private static PyObject? GetNewArgs(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.NoArgs("str.__getnewargs__", args, kwnames))
        {
            return null;
        }

        return PyTuple.Create(Exact((PyStr)self));
    }

    private static PyObject? SizeOf(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.NoArgs("str.__sizeof__", args, kwnames))
        {
            return null;
        }

        // CPython's compact layout: a header, one to four bytes a code point, and a terminator.
        var s = (PyStr)self;
        int max = 0;
        foreach (int c in s.EnumerateCodePoints())
        {
            max = Math.Max(max, c);
        }

        long size = max < 0x80 ? 48 + s.Length + 1
            : max < 0x100 ? 72 + s.Length + 1
            : max < 0x10000 ? 72 + (2 * (s.Length + 1))
            : 72 + (4 * (s.Length + 1));
        return PyInt.From(size);
    }
}
