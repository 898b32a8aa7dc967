using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

public partial class PyInt
{
    private static partial void InitSlots(PyType type)
    {
        type.New = New;
        type.Repr = Repr;
        type.Hash = Hash;
        type.RichCompare = RichCompare;
        type.Bool = BoolOf;
        type.Add = Add;
        type.Subtract = Subtract;
        type.Multiply = Multiply;
        type.Remainder = Remainder;
        type.Divmod = DivMod;
        type.Power = Power;
        type.Negative = Negative;
        type.Positive = Positive;
        type.Absolute = Absolute;
        type.Invert = Invert;
        type.LShift = LShift;
        type.RShift = RShift;
        type.And = And;
        type.Xor = Xor;
        type.Or = Or;
        type.Int = ToInt;
        type.Float = ToFloat;
        type.FloorDivide = FloorDivide;
        type.TrueDivide = TrueDivide;
        type.Index = ToInt;
    }

    private static partial void InitMembers(PyType type) => AddMembers(type);
}
