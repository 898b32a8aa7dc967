using System.Runtime.CompilerServices;
using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>Python's <c>float</c> (Objects/floatobject.c): an IEEE 754 double.</summary>
public partial class PyFloat : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin(
        "float", null, TypeFlags.BaseType, InitSlots, InitMembers);

    public readonly double Value;

    public PyFloat(double value)
        : base(TypeObject)
    {
        Value = value;
    }

    protected PyFloat(PyType type, double value)
        : base(type)
    {
        Value = value;
    }

    public static PyFloat From(double value) => new(value);

    /// <summary>The same value as an exact float (what __float__ and +x return for a subclass instance).</summary>
    public PyFloat AsExact() => ReferenceEquals(Type, TypeObject) ? this : new PyFloat(Value);

    /// <summary>
    /// A float operand as a double (CONVERT_TO_DOUBLE): floats and ints are
    /// numbers, anything else is not (the slot then returns NotImplemented).
    /// Returns 1 for a number, 0 for not a number, -1 with OverflowError
    /// pending for an int too large for a double.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int ToDouble(PyObject o, out double value)
    {
        if (o is PyFloat f)
        {
            value = f.Value;
            return 1;
        }

        if (o is PyInt i)
        {
            if (i.IsSmall)
            {
                value = i.Small;
                return 1;
            }

            return i.TryToDouble(out value) ? 1 : -1;
        }

        value = 0;
        return 0;
    }

    /// <summary>
    /// PyFloat_AsDouble: a float's value, or __float__, or __index__ as a
    /// double; TypeError "must be real number, not str" for anything else.
    /// False with the exception pending on failure.
    /// </summary>
    public static bool AsDouble(PyObject o, out double value)
    {
        if (o is PyFloat f && ReferenceEquals(o.Type, TypeObject))
        {
            value = f.Value;
            return true;
        }

        return AsDoubleSlow(o, out value);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool AsDoubleSlow(PyObject o, out double value)
    {
        value = 0;
        var type = o.Type;
        if (type.Float is { } slot)
        {
            var r = slot(o);
            if (r is null)
            {
                return false;
            }

            if (r is not PyFloat rf)
            {
                PyErr.TypeError($"{type.Name}.__float__ returned non-float (type {r.Type.Name})");
                return false;
            }

            value = rf.Value;
            return true;
        }

        if (type.Index is not null)
        {
            var i = PyNumber.Index(o);
            return i is not null && i.TryToDouble(out value);
        }

        PyErr.TypeError($"must be real number, not {type.Name}");
        return false;
    }

    public override string ToString() => Ember.Syntax.Text.PyRepr.Float(Value);

    private static partial void InitSlots(PyType type);

    private static partial void InitMembers(PyType type);
}
