using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

public partial class PyFloat
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
        type.Int = ToInt;
        type.Float = ToFloat;
        type.FloorDivide = FloorDivide;
        type.TrueDivide = TrueDivide;
    }

    private static partial void InitMembers(PyType type) => AddMembers(type);
}
