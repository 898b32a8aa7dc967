using System.Numerics;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using A = Ember.Syntax.Ast;

namespace Ember.Runtime.Modules.AstNodes;

/// <summary>A constant of a type the compiler cannot hold: kept so that validation reports it as CPython does.</summary>
internal sealed record InvalidConstant(string TypeName);

/// <summary>
/// The helpers of the generated obj2ast_* converters (AstSchema.g.cs):
/// reading a field with CPython's "required field" and "must be a list"
/// errors, and the conversions of identifiers, strings, ints and constants.
/// Every method returns false with the error pending.
/// </summary>
internal sealed partial class AstConverter
{
    private readonly AstState _state;
    private readonly PyThreadState _ts;

    public AstConverter(AstState state)
    {
        _state = state;
        _ts = PyThreadState.Current;
    }

    public delegate bool ItemConverter<T>(PyObject item, string owner, out T result);

    private bool Enter(string where) => PyErr.EnterRecursiveCall(_ts, where);

    private void Leave() => PyErr.LeaveRecursiveCall(_ts);

    private int IsInstance(PyObject obj, int classIndex) => PyTypeCheck.IsInstance(obj, _state.Types[classIndex]);

    private static bool ExpectedSomeSortOf(string what, PyObject obj)
    {
        var repr = PyOps.ReprString(obj);
        if (repr is null)
        {
            return false;
        }

        PyErr.TypeError($"expected some sort of {what}, but got {repr}");
        return false;
    }

    /// <summary>The attribute <paramref name="name"/>: missing is an error unless optional; an optional None is null.</summary>
    private static bool GetField(PyObject obj, PyStr name, string owner, bool optional, out PyObject? value)
    {
        int found = PyAttr.TryGetAttr(obj, name, out value);
        if (found < 0)
        {
            return false;
        }

        if (found == 0 || (optional && value is PyNone))
        {
            value = null;
            if (!optional)
            {
                PyErr.TypeError($"required field \"{name.Value}\" missing from {owner}");
                return false;
            }
        }

        return true;
    }

    private static bool GetList(PyObject obj, PyStr name, string owner, out PyList list)
    {
        list = null!;
        if (!GetField(obj, name, owner, optional: false, out var value))
        {
            return false;
        }

        if (value is not PyList l)
        {
            PyErr.TypeError($"{owner} field \"{name.Value}\" must be a list, not a {value!.Type.Name}");
            return false;
        }

        list = l;
        return true;
    }

    private static bool ConvertList<T>(PyList list, string owner, string field, ItemConverter<T> convert, out List<T> result)
    {
        int len = list.Count;
        result = new List<T>(len);
        for (int i = 0; i < len; i++)
        {
            if (!convert(list[i], owner, out var item))
            {
                return false;
            }

            if (len != list.Count)
            {
                PyErr.RuntimeError($"{owner} field \"{field}\" changed size during iteration");
                return false;
            }

            result.Add(item);
        }

        return true;
    }

    private static bool ToInt(PyObject? obj, out int result)
    {
        result = 0;
        if (obj is null)
        {
            return true;
        }

        if (obj is not PyInt i)
        {
            var repr = PyOps.ReprString(obj);
            if (repr is not null)
            {
                PyErr.ValueError($"invalid integer value: {repr}");
            }

            return false;
        }

        var big = i.ToBigInteger();
        if (big < int.MinValue || big > int.MaxValue)
        {
            PyErr.OverflowError("Python int too large to convert to C int");
            return false;
        }

        result = (int)big;
        return true;
    }

    private static bool ToIdentifier(PyObject? obj, out string? result) => ToText(obj, "AST identifier must be of type str", out result);

    private static bool ToStringValue(PyObject? obj, out string? result) => ToText(obj, "AST string must be of type str", out result);

    private bool ToIdentifierItem(PyObject obj, string owner, out string result)
    {
        bool ok = ToIdentifier(obj, out var s);
        result = s!;
        return ok;
    }

    private bool ToStringItem(PyObject obj, string owner, out string result)
    {
        bool ok = ToStringValue(obj, out var s);
        result = s!;
        return ok;
    }

    private static bool ToText(PyObject? obj, string error, out string? result)
    {
        result = null;
        if (obj is null or PyNone)
        {
            return true;
        }

        if (obj.Type != PyStr.TypeObject)
        {
            PyErr.TypeError(error);
            return false;
        }

        result = ((PyStr)obj).Value;
        return true;
    }

    /// <summary>obj2ast_constant keeps any object; the compiler's representation is made here, validate_constant's verdict later.</summary>
    private static bool ToConstant(PyObject? obj, out object? result)
    {
        result = obj is null ? null : ConstantOf(obj, nested: false);
        return true;
    }

    /// <summary>An AST constant (NoneValue, EllipsisValue, .NET values) for a Python object, or an <see cref="InvalidConstant"/>.</summary>
    private static object ConstantOf(PyObject obj, bool nested)
    {
        switch (obj)
        {
            case PyNone:
                return nested ? null! : A.NoneValue.Instance;
            case PyEllipsis:
                return nested ? Ember.Bytecode.ConstEllipsis.Value : A.EllipsisValue.Instance;
            case PyBool b:
                return b.Value;
        }

        var type = obj.Type;
        if (type == PyInt.TypeObject)
        {
            var i = (PyInt)obj;
            return i.IsSmall ? i.Small : i.ToBigInteger();
        }

        if (type == PyFloat.TypeObject)
        {
            return ((PyFloat)obj).Value;
        }

        if (type == PyComplex.TypeObject)
        {
            var c = (PyComplex)obj;
            return new Complex(c.Real, c.Imag);
        }

        if (type == PyStr.TypeObject)
        {
            var s = (PyStr)obj;
            if (s.CodePoints is { } cps)
            {
                return nested ? new Ember.Bytecode.CodePointString(cps) : new A.SurrogateString(cps);
            }

            return s.Value;
        }

        if (type == PyBytes.TypeObject)
        {
            return ((PyBytes)obj).Data;
        }

        if (type == PyTuple.TypeObject || type == PyFrozenSet.TypeObject)
        {
            // The compiler holds tuples and frozensets as code-object constants.
            var items = new List<object?>();
            foreach (var item in ItemsOf(obj))
            {
                var c = ConstantOf(item, nested: true);
                if (c is InvalidConstant)
                {
                    // validate_constant names the innermost offender.
                    return c;
                }

                items.Add(c);
            }

            return type == PyTuple.TypeObject
                ? new Ember.Bytecode.ConstTuple([.. items])
                : new Ember.Bytecode.ConstFrozenSet([.. items]);
        }

        return new InvalidConstant(type.Name);
    }

    private static List<PyObject> ItemsOf(PyObject obj)
    {
        if (obj is PyTuple t)
        {
            return [.. t.Items];
        }

        var set = (PyAnySet)obj;
        var result = new List<PyObject>();
        int pos = 0;
        while (set.NextEntry(ref pos, out var key, out _))
        {
            result.Add(key);
        }

        return result;
    }
}
