using System.Runtime.CompilerServices;
using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;

namespace Ember.Runtime.Objects;

/// <summary>
/// Argument conversions shared by the str, bytes and bytearray methods, with
/// the messages CPython's parsers give for them.
/// </summary>
internal static class StrArgs
{
    /// <summary>Whether <paramref name="o"/> is an int or has __index__ (PyIndex_Check).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsIndex(PyObject o) => o is PyInt || o.Type.Index is not null;

    /// <summary>
    /// A start/end argument (_PyEval_SliceIndex): None keeps <paramref name="value"/>;
    /// an int too large for 64 bits is clamped.
    /// </summary>
    public static bool SliceIndex(PyObject? o, ref long value)
    {
        if (o is null || ReferenceEquals(o, PyNone.Instance))
        {
            return true;
        }

        if (o is PyInt i)
        {
            value = i.IsSmall ? i.Small : i.ToBigInteger().Sign < 0 ? long.MinValue : long.MaxValue;
            return true;
        }

        if (!IsIndex(o))
        {
            PyErr.TypeError("slice indices must be integers or None or have an __index__ method");
            return false;
        }

        var n = PyNumber.Index(o);
        if (n is null)
        {
            return false;
        }

        value = n.IsSmall ? n.Small : n.ToBigInteger().Sign < 0 ? long.MinValue : long.MaxValue;
        return true;
    }

    /// <summary>How _PyArg_BadArgument names a wrong argument's type: "None" for None.</summary>
    public static string TypeNameForError(PyObject o) => o is PyNone ? "None" : o.Type.Name;

    /// <summary>
    /// A positional-only method of str, bytes or bytearray refuses keywords
    /// naming its type, as method_vectorcall does: "str.find() takes no keyword arguments".
    /// </summary>
    public static bool NoKeywords(PyObject self, string name, PyTuple? kwnames)
    {
        if (kwnames is null || kwnames.Count == 0)
        {
            return true;
        }

        string owner = self switch
        {
            PyStr => "str",
            PyByteArray => "bytearray",
            _ => "bytes",
        };
        PyErr.TypeError($"{owner}.{name}() takes no keyword arguments");
        return false;
    }

    /// <summary>
    /// The (sub[, start[, end]]) arguments of find, count, startswith and the
    /// like (PyArg_ParseTuple "O|OO:name" followed by the slice-index conversions).
    /// </summary>
    public static bool SubStartEnd(string name, ReadOnlySpan<PyObject> args, PyTuple? kwnames, out PyObject sub, out long start, out long end)
    {
        sub = null!;
        start = 0;
        end = long.MaxValue;
        if (kwnames is not null && kwnames.Count > 0)
        {
            PyErr.TypeError($"{name}() takes no keyword arguments");
            return false;
        }

        if (args.Length < 1)
        {
            PyErr.TypeError($"{name}() takes at least 1 argument ({args.Length} given)");
            return false;
        }

        if (args.Length > 3)
        {
            PyErr.TypeError($"{name}() takes at most 3 arguments ({args.Length} given)");
            return false;
        }

        sub = args[0];
        return (args.Length < 2 || SliceIndex(args[1], ref start)) && (args.Length < 3 || SliceIndex(args[2], ref end));
    }

    /// <summary>ADJUST_INDICES: negative indexes count from the end; both are clipped to [0, length].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void AdjustIndices(ref long start, ref long end, long length)
    {
        if (end > length)
        {
            end = length;
        }
        else if (end < 0)
        {
            end += length;
            if (end < 0)
            {
                end = 0;
            }
        }

        if (start < 0)
        {
            start += length;
            if (start < 0)
            {
                start = 0;
            }
        }
    }

    /// <summary>An index-sized integer argument ("'str' object cannot be interpreted as an integer", OverflowError when too large).</summary>
    public static bool SsizeArg(PyObject o, out long value)
    {
        if (o is PyInt i && i.IsSmall)
        {
            value = i.Small;
            return true;
        }

        value = 0;
        var n = PyNumber.Index(o);
        if (n is null)
        {
            return false;
        }

        if (!n.IsSmall)
        {
            PyErr.OverflowError("Python int too large to convert to C ssize_t");
            return false;
        }

        value = n.Small;
        return true;
    }

    /// <summary>An int argument that must fit a C int (expandtabs' tabsize): Argument Clinic's int converter, _PyLong_AsInt.</summary>
    public static bool IntArg(PyObject o, out int value)
    {
        value = 0;
        if (o is PyFloat)
        {
            PyErr.TypeError("'float' object cannot be interpreted as an integer");
            return false;
        }

        var n = PyNumber.Index(o);
        if (n is null)
        {
            return false;
        }

        if (!n.IsSmall || n.Small > int.MaxValue || n.Small < int.MinValue)
        {
            PyErr.OverflowError("Python int too large to convert to C int");
            return false;
        }

        value = (int)n.Small;
        return true;
    }

    /// <summary>A truth argument given as an int (splitlines' keepends: "'float' object cannot be interpreted as an integer").</summary>
    public static bool BoolIntArg(PyObject o, out bool value)
    {
        value = false;
        if (o is PyInt { IsSmall: true } i && i.Small is >= int.MinValue and <= int.MaxValue)
        {
            value = i.Small != 0;
            return true;
        }

        if (!IntArg(o, out int v))
        {
            return false;
        }

        value = v != 0;
        return true;
    }
}
