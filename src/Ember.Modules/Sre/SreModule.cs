using Ember.Runtime.Codecs;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Modules.Sre;

/// <summary>
/// The <c>_sre</c> module (Modules/_sre/sre.c): the regular-expression engine
/// behind <c>re</c>. <c>re/_compiler.py</c> turns a pattern into a list of
/// codes; <c>compile</c> wraps it in a <see cref="PyPattern"/>, whose methods
/// run <see cref="SreEngine{T}"/> on it.
/// </summary>
public static class SreModule
{
    public const int Magic = 20220615;
    public const int MaxGroups = 1073741823;

    private static readonly ArgSpec s_compileSpec = new("compile", ["pattern", "flags", "code", "groups", "groupindex", "indexgroup"], required: 6);

    public static PyModule Create(PyInterpreterState interp)
    {
        var m = ModuleHelpers.NewModule("_sre", "");
        m.Dict.SetItemStr("__doc__", PyNone.Instance);
        m.Dict.SetItemStr("MAGIC", PyInt.From(Magic));
        m.Dict.SetItemStr("CODESIZE", PyInt.From(4));
        m.Dict.SetItemStr("MAXREPEAT", PyInt.From((ulong)uint.MaxValue));
        m.Dict.SetItemStr("MAXGROUPS", PyInt.From(MaxGroups));
        m.Dict.SetItemStr("copyright", new PyStr(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "));
        m.AddFunction("getcodesize", static (a, k) => Args.NoArgs("_sre.getcodesize", a, k) ? PyInt.From(4) : null);
        m.AddFunction("ascii_iscased", static (a, k) => CharFunction("ascii_iscased", a, k, static ch => PyBool.From(ch is >= 0 and < 128 && SreChars.IsAsciiAlnum((uint)ch) && !SreChars.IsAsciiDigit((uint)ch))));
        m.AddFunction("unicode_iscased", static (a, k) => CharFunction("unicode_iscased", a, k, static ch =>
            PyBool.From((uint)ch != SreChars.LowerUnicode((uint)ch) || (uint)ch != SreChars.UpperUnicode((uint)ch))));
        m.AddFunction("ascii_tolower", static (a, k) => CharFunction("ascii_tolower", a, k, static ch => PyInt.From(ch is >= 0 and < 128 ? (int)SreChars.LowerAscii((uint)ch) : ch)));
        m.AddFunction("unicode_tolower", static (a, k) => CharFunction("unicode_tolower", a, k, static ch => PyInt.From((int)SreChars.LowerUnicode((uint)ch))));
        m.AddFunction("compile", Compile);
        return m;
    }

    /// <summary>The one-int functions (clinic's <c>character: int, /</c>); the value is used as an unsigned code point.</summary>
    private static PyObject? CharFunction(string name, ReadOnlySpan<PyObject> args, PyTuple? kw, Func<int, PyObject> body)
    {
        if (!Args.ExactlyOne("_sre." + name, args, kw) || !AsCInt(args[0], out int ch))
        {
            return null;
        }

        return body(ch);
    }

    /// <summary>Clinic's <c>int</c> converter (_PyLong_AsInt).</summary>
    internal static bool AsCInt(PyObject o, out int value)
    {
        value = 0;
        if (o is PyFloat)
        {
            PyErr.TypeError("'float' object cannot be interpreted as an integer");
            return false;
        }

        var i = PyNumber.Index(o);
        if (i is null)
        {
            return false;
        }

        if (!i.IsSmall || i.Small < int.MinValue || i.Small > int.MaxValue)
        {
            PyErr.OverflowError("Python int too large to convert to C int");
            return false;
        }

        value = (int)i.Small;
        return true;
    }

    /// <summary>Clinic's <c>Py_ssize_t</c> converter.</summary>
    internal static bool AsSsize(PyObject o, out long value)
    {
        value = 0;
        if (o is PyFloat)
        {
            PyErr.TypeError("'float' object cannot be interpreted as an integer");
            return false;
        }

        var i = PyNumber.Index(o);
        if (i is null)
        {
            return false;
        }

        if (!i.IsSmall)
        {
            PyErr.OverflowError("Python int too large to convert to C ssize_t");
            return false;
        }

        value = i.Small;
        return true;
    }

    /// <summary>_sre.compile(pattern, flags, code, groups, groupindex, indexgroup).</summary>
    private static PyObject? Compile(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var slots = new PyObject?[6];
        if (!s_compileSpec.Parse(args, kw, slots))
        {
            return null;
        }

        var pattern = slots[0]!;
        if (!AsCInt(slots[1]!, out int flags))
        {
            return null;
        }

        if (slots[2] is not PyList codeList)
        {
            return PyErr.TypeError($"compile() argument 'code' must be list, not {slots[2]!.Type.Name}");
        }

        if (!AsSsize(slots[3]!, out long groups))
        {
            return null;
        }

        if (slots[4] is not PyDict groupindex)
        {
            return PyErr.TypeError($"compile() argument 'groupindex' must be dict, not {slots[4]!.Type.Name}");
        }

        if (slots[5] is not PyTuple indexgroup)
        {
            return PyErr.TypeError($"compile() argument 'indexgroup' must be tuple, not {slots[5]!.Type.Name}");
        }

        var code = new uint[codeList.Count];
        for (int i = 0; i < code.Length; i++)
        {
            var item = codeList.AsSpan()[i];
            if (item is not PyInt v)
            {
                return PyErr.TypeError($"'{item.Type.Name}' object cannot be interpreted as an integer");
            }

            var big = v.ToBigInteger();
            if (big.Sign < 0)
            {
                return PyErr.OverflowError("regular expression code size limit exceeded");
            }

            if (big > uint.MaxValue)
            {
                return PyErr.OverflowError("regular expression code size limit exceeded");
            }

            code[i] = (uint)big;
        }

        int isBytes;
        if (pattern is PyNone)
        {
            isBytes = -1;
        }
        else if (pattern is PyStr)
        {
            isBytes = 0;
        }
        else
        {
            if (!BytesLike.TryGetBytes(pattern, out _))
            {
                return PyErr.TypeError($"expected string or bytes-like object, got '{pattern.Type.TpName}'");
            }

            isBytes = 1;
        }

        if (groups < 0 || groups > MaxGroups)
        {
            return PyErr.SetString(PyExc.RuntimeError, "invalid SRE code");
        }

        return new PyPattern(pattern, flags, code, (int)groups,
            groupindex.Count > 0 ? groupindex : null,
            groupindex.Count > 0 && indexgroup.Count > 0 ? indexgroup : null,
            isBytes);
    }

    /// <summary>
    /// getslice: the text between two positions of the subject, as a str for
    /// str subjects and as bytes for every bytes-like one (the whole of an
    /// exact bytes object is itself).
    /// </summary>
    internal static PyObject? GetSlice(bool isBytes, PyObject str, int start, int end)
    {
        if (!isBytes)
        {
            var s = (PyStr)str;
            end = System.Math.Min(end, s.Length);
            return s.Substring(start, end - start);
        }

        if (str is PyBytes b && start == 0 && end == b.Data.Length && ReferenceEquals(b.Type, PyBytes.TypeObject))
        {
            return b;
        }

        if (!BytesLike.TryGetBytes(str, out var data))
        {
            return PyErr.TypeError($"expected string or bytes-like object, got '{str.Type.TpName}'");
        }

        end = System.Math.Min(end, data.Length);
        start = System.Math.Min(start, end);
        return PyBytes.From(data[start..end]);
    }

    /// <summary>re.X(args): calls a function of the stdlib's re module (sre.c's call(SRE_PY_MODULE, ...)).</summary>
    internal static PyObject? CallRe(string function, PyObject arg0, PyObject arg1, PyObject? arg2 = null)
    {
        var interp = PyThreadState.Current.Interpreter;
        var import = interp.Builtins.GetItemStr("__import__");
        if (import is null)
        {
            return PyErr.SetString(PyExc.ImportError, "__import__ not found");
        }

        var module = PyCall.Call(import, new PyStr("re"));
        if (module is null)
        {
            return null;
        }

        var func = PyOps.GetAttr(module, function);
        if (func is null)
        {
            return null;
        }

        return arg2 is null ? PyCall.Call(func, arg0, arg1) : PyCall.Call(func, [arg0, arg1, arg2], null);
    }

    /// <summary>The joined pieces of sub(): str.join for str subjects, bytes' join (always bytes) for the others.</summary>
    internal static PyObject? Join(bool isBytes, PyObject str, PyList list)
    {
        var joiner = GetSlice(isBytes, str, 0, 0);
        if (joiner is null)
        {
            return null;
        }

        if (list.Count == 0)
        {
            return joiner;
        }

        if (!isBytes)
        {
            return ((PyStr)joiner).JoinCore(list);
        }

        var items = list.AsSpan();
        if (items.Length == 1 && ReferenceEquals(items[0].Type, PyBytes.TypeObject))
        {
            return items[0];
        }

        int total = 0;
        for (int i = 0; i < items.Length; i++)
        {
            if (!BytesLike.TryGetBytes(items[i], out var piece))
            {
                return PyErr.TypeError($"sequence item {i}: expected a bytes-like object, {items[i].Type.Name} found");
            }

            total += piece.Length;
        }

        var result = new byte[total];
        int at = 0;
        foreach (var item in items)
        {
            BytesLike.TryGetBytes(item, out var piece);
            piece.CopyTo(result.AsSpan(at));
            at += piece.Length;
        }

        return new PyBytes(result);
    }

}
