using System.Runtime.CompilerServices;
using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Threading;

namespace Ember.Runtime.Protocols;

/// <summary>
/// The object protocol (Objects/object.c): repr, str, hash, rich comparison,
/// truth and attribute access, dispatched through the type's slots.
/// </summary>
public static class PyOps
{
    private static readonly string[] s_opSymbols = ["<", "<=", "==", "!=", ">", ">="];

    public static string CompareSymbol(CompareOp op) => s_opSymbols[(int)op];

    /// <summary>repr(o) (PyObject_Repr): a str, or null with an exception pending.</summary>
    public static PyObject? Repr(PyObject o)
    {
        var slot = o.Type.Repr;
        if (slot is null)
        {
            return new PyStr($"<{o.Type.Name} object>");
        }

        var ts = PyThreadState.Current;
        if (!PyErr.EnterRecursiveCall(ts, " while getting the repr of an object"))
        {
            return null;
        }

        var result = slot(o);
        PyErr.LeaveRecursiveCall(ts);
        if (result is null || result is PyStr)
        {
            return result;
        }

        return PyErr.TypeError($"__repr__ returned non-string (type {result.Type.Name})");
    }

    /// <summary>str(o) (PyObject_Str).</summary>
    public static PyObject? Str(PyObject o)
    {
        if (ReferenceEquals(o.Type, PyStr.TypeObject))
        {
            return o;
        }

        var slot = o.Type.Str ?? o.Type.Repr;
        if (slot is null)
        {
            return Repr(o);
        }

        var ts = PyThreadState.Current;
        if (!PyErr.EnterRecursiveCall(ts, " while getting the str of an object"))
        {
            return null;
        }

        var result = slot(o);
        PyErr.LeaveRecursiveCall(ts);
        if (result is null || result is PyStr)
        {
            return result;
        }

        return PyErr.TypeError($"__str__ returned non-string (type {result.Type.Name})");
    }

    /// <summary>repr(o) as .NET text; null with an exception pending.</summary>
    public static string? ReprString(PyObject o) => (Repr(o) as PyStr)?.Value;

    /// <summary>hash(o) (PyObject_Hash): -1 with an exception pending when unhashable or on error.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Hash(PyObject o)
    {
        if (o is PyStr s && ReferenceEquals(o.Type, PyStr.TypeObject))
        {
            return s.Hash;
        }

        var slot = o.Type.Hash;
        if (slot is null)
        {
            return HashUnhashable(o);
        }

        return slot(o);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long HashUnhashable(PyObject o)
    {
        PyErr.TypeError($"unhashable type: '{o.Type.Name}'");
        return -1;
    }

    /// <summary>
    /// a op b (PyObject_RichCompare, do_richcompare): the reflected method of a
    /// subclass first, then a's, then b's reflected; == and != fall back to identity.
    /// </summary>
    public static PyObject? RichCompare(PyObject a, PyObject b, CompareOp op)
    {
        var ts = PyThreadState.Current;
        if (!PyErr.EnterRecursiveCall(ts, " in comparison"))
        {
            return null;
        }

        var result = DoRichCompare(a, b, op);
        PyErr.LeaveRecursiveCall(ts);
        return result;
    }

    private static PyObject? DoRichCompare(PyObject a, PyObject b, CompareOp op)
    {
        bool checkedReverse = false;
        var reflected = Reflect(op);
        if (!ReferenceEquals(a.Type, b.Type) && b.Type.IsSubtypeOf(a.Type) && b.Type.RichCompare is { } subSlot)
        {
            checkedReverse = true;
            var r = subSlot(b, a, reflected);
            if (r is null || !ReferenceEquals(r, PyNotImplemented.Instance))
            {
                return r;
            }
        }

        if (a.Type.RichCompare is { } slot)
        {
            var r = slot(a, b, op);
            if (r is null || !ReferenceEquals(r, PyNotImplemented.Instance))
            {
                return r;
            }
        }

        if (!checkedReverse && b.Type.RichCompare is { } other)
        {
            var r = other(b, a, reflected);
            if (r is null || !ReferenceEquals(r, PyNotImplemented.Instance))
            {
                return r;
            }
        }

        switch (op)
        {
            case CompareOp.Eq:
                return PyBool.From(ReferenceEquals(a, b));
            case CompareOp.Ne:
                return PyBool.From(!ReferenceEquals(a, b));
            default:
                return PyErr.TypeError($"'{CompareSymbol(op)}' not supported between instances of '{a.Type.TpName}' and '{b.Type.TpName}'");
        }
    }

    public static CompareOp Reflect(CompareOp op) => op switch
    {
        CompareOp.Lt => CompareOp.Gt,
        CompareOp.Le => CompareOp.Ge,
        CompareOp.Gt => CompareOp.Lt,
        CompareOp.Ge => CompareOp.Le,
        _ => op,
    };

    /// <summary>
    /// The truth of a op b (PyObject_RichCompareBool): 1, 0, or -1 on error.
    /// Identity implies equality here, as in CPython (containers rely on it).
    /// </summary>
    public static int RichCompareBool(PyObject a, PyObject b, CompareOp op)
    {
        if (ReferenceEquals(a, b))
        {
            if (op == CompareOp.Eq)
            {
                return 1;
            }

            if (op == CompareOp.Ne)
            {
                return 0;
            }
        }

        var result = RichCompare(a, b, op);
        if (result is null)
        {
            return -1;
        }

        return IsTrue(result);
    }

    /// <summary>bool(o) (PyObject_IsTrue): 1, 0, or -1 on error.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int IsTrue(PyObject o)
    {
        if (ReferenceEquals(o, PyBool.True))
        {
            return 1;
        }

        if (ReferenceEquals(o, PyBool.False) || ReferenceEquals(o, PyNone.Instance))
        {
            return 0;
        }

        return IsTrueSlow(o);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int IsTrueSlow(PyObject o)
    {
        var type = o.Type;
        if (type.Bool is { } boolSlot)
        {
            return boolSlot(o);
        }

        if (type.Length is { } lengthSlot)
        {
            long n = lengthSlot(o);
            return n < 0 ? -1 : n > 0 ? 1 : 0;
        }

        return 1;
    }

    /// <summary>getattr(o, name) (PyObject_GetAttr): null with AttributeError or another error pending.</summary>
    public static PyObject? GetAttr(PyObject o, PyStr name)
    {
        var slot = o.Type.GetAttr;
        if (slot is null)
        {
            PyErr.AttributeError($"'{o.Type.Name}' object has no attribute '{name.Value}'");
            SetAttributeErrorContext(o, name);
            return null;
        }

        var result = slot(o, name);
        if (result is null)
        {
            SetAttributeErrorContext(o, name);
        }

        return result;
    }

    /// <summary>
    /// set_attribute_error_context (Objects/object.c): an AttributeError leaving a
    /// getattr, whoever raised it, gets the object and name (the suggestions read them)
    /// unless it has a name or object already.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void SetAttributeErrorContext(PyObject o, PyStr name)
    {
        // One already augmented (raised by a nested lookup, inside a property say) keeps its own.
        if (PyThreadState.Current.CurrentException is PyAttributeError { Name: null, Obj: null } e)
        {
            e.Name = name;
            e.Obj = o;
        }
    }

    public static PyObject? GetAttr(PyObject o, string name) => GetAttr(o, new PyStr(name));

    /// <summary>
    /// getattr(o, name) that tells a missing attribute apart from an error
    /// without leaving an AttributeError behind: null and no exception when missing.
    /// </summary>
    public static PyObject? GetAttrOrNull(PyObject o, PyStr name)
    {
        var value = GetAttr(o, name);
        if (value is null && PyErr.ExceptionMatches(PyExc.AttributeError))
        {
            PyErr.Clear();
        }

        return value;
    }

    /// <summary>setattr(o, name, value), or delattr when <paramref name="value"/> is null.</summary>
    public static bool SetAttr(PyObject o, PyStr name, PyObject? value)
    {
        var slot = o.Type.SetAttr;
        if (slot is null)
        {
            bool hasGetAttr = o.Type.GetAttr is not null;
            string verb = value is null ? "del" : "assign to";
            string what = hasGetAttr ? "only read-only attributes" : "no attributes";
            PyErr.TypeError($"'{o.Type.Name}' object has {what} ({verb} .{name.Value})");
            return false;
        }

        return slot(o, name, value);
    }

    /// <summary>isinstance(o, cls) for a class (no __instancecheck__): by MRO.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TypeCheck(PyObject o, PyType type) => ReferenceEquals(o.Type, type) || o.Type.IsSubtypeOf(type);
}
