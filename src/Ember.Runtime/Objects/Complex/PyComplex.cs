using System.Runtime.CompilerServices;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>Python's <c>complex</c> (Objects/complexobject.c): a pair of doubles.</summary>
public partial class PyComplex : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin(
        "complex", null, TypeFlags.BaseType, InitSlots, InitMembers);

    public readonly double Real;

    public readonly double Imag;

    public PyComplex(double real, double imag)
        : base(TypeObject)
    {
        Real = real;
        Imag = imag;
    }

    protected PyComplex(PyType type, double real, double imag)
        : base(type)
    {
        Real = real;
        Imag = imag;
    }

    public System.Numerics.Complex Value => new(Real, Imag);

    /// <summary>The same value as an exact complex.</summary>
    public PyComplex AsExact() => ReferenceEquals(Type, TypeObject) ? this : new PyComplex(Real, Imag);

    /// <summary>
    /// An operand as a complex (TO_COMPLEX): complex, float and int are
    /// numbers. 1 for a number, 0 for not a number, -1 with OverflowError
    /// pending for an int too large for a double.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int ToComplex(PyObject o, out double re, out double im)
    {
        if (o is PyComplex c)
        {
            re = c.Real;
            im = c.Imag;
            return 1;
        }

        im = 0;
        return PyFloat.ToDouble(o, out re);
    }

    public override string ToString() => Ember.Syntax.Text.PyRepr.ComplexNumber(Value);

    private static partial void InitSlots(PyType type);

    private static partial void InitMembers(PyType type);
}
