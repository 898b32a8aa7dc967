using Ember.Bytecode;
using Ember.Runtime.Objects;

namespace Ember.Runtime.Types;

/// <summary>How a slot wrapper turns a Python-level call into a call of the slot (typeobject.c's wrap_* functions).</summary>
public enum WrapperKind
{
    Unary,
    BinaryLeft,
    BinaryRight,
    TernaryLeft,
    TernaryRight,
    InplaceTernary,
    Concat,
    Repeat,
    Hash,
    RichCompare,
    GetAttr,
    SetAttr,
    DelAttr,
    Call,
    Next,
    DescrGet,
    DescrSet,
    DescrDelete,
    Init,
    Bool,
    Length,
    Contains,
    SetItem,
    DelItem,
    Finalize,
    None,
}

/// <summary>
/// One dunder name tied to one slot (CPython's slotdef): the slot it fills,
/// how its wrapper calls the slot for builtin types, and the generic slot
/// function a Python class gets when it defines the dunder (slot_*).
/// </summary>
public sealed class SlotDef
{
    public SlotDef(string name, SlotField field, WrapperKind wrapper, string signature, string doc, CompareOp op = CompareOp.Lt)
    {
        Name = name;
        NameStr = new PyStr(name);
        Field = field;
        Wrapper = wrapper;
        TextSignature = signature;
        Doc = doc;
        Op = op;
    }

    public string Name { get; }

    public PyStr NameStr { get; }

    public SlotField Field { get; }

    public WrapperKind Wrapper { get; }

    /// <summary>The comparison a rich-comparison dunder stands for.</summary>
    public CompareOp Op { get; }

    public string TextSignature { get; }

    public string Doc { get; }

    /// <summary>The slot function for classes that define this dunder in Python (null: none, as for the sequence-only slots).</summary>
    public Delegate? Generic { get; internal set; }
}

/// <summary>
/// The table of dunder names and slots (typeobject.c's slotdefs), in
/// CPython's order: that order decides which slot a name shared by two slots
/// (<c>__add__</c> for nb_add and sq_concat, <c>__len__</c>) resolves to.
/// </summary>
public static class SlotDefs
{
    public static readonly SlotDef[] All = Build();

    /// <summary>The defs grouped by slot, each group in table order.</summary>
    public static readonly (SlotField Field, SlotDef[] Defs)[] ByField = Group(All);

    private static readonly Dictionary<string, SlotDef[]> s_byName = IndexByName(All);

    /// <summary>The defs whose dunder is <paramref name="name"/> (empty when it is not a slot name).</summary>
    public static SlotDef[] ForName(string name) => s_byName.TryGetValue(name, out var defs) ? defs : [];

    private static SlotDef[] Build()
    {
        const string Self = "($self, /)";
        const string SelfValue = "($self, value, /)";
        var defs = new List<SlotDef>
        {
            new("__getattribute__", SlotField.GetAttr, WrapperKind.GetAttr, "($self, name, /)", "Return getattr(self, name)."),
            new("__getattr__", SlotField.GetAttr, WrapperKind.None, "", ""),
            new("__setattr__", SlotField.SetAttr, WrapperKind.SetAttr, "($self, name, value, /)", "Implement setattr(self, name, value)."),
            new("__delattr__", SlotField.SetAttr, WrapperKind.DelAttr, "($self, name, /)", "Implement delattr(self, name)."),
            new("__repr__", SlotField.Repr, WrapperKind.Unary, Self, "Return repr(self)."),
            new("__hash__", SlotField.Hash, WrapperKind.Hash, Self, "Return hash(self)."),
            new("__call__", SlotField.Call, WrapperKind.Call, "($self, /, *args, **kwargs)", "Call self."),
            new("__str__", SlotField.Str, WrapperKind.Unary, Self, "Return str(self)."),
            new("__lt__", SlotField.RichCompare, WrapperKind.RichCompare, SelfValue, "Return self<value.", CompareOp.Lt),
            new("__le__", SlotField.RichCompare, WrapperKind.RichCompare, SelfValue, "Return self<=value.", CompareOp.Le),
            new("__eq__", SlotField.RichCompare, WrapperKind.RichCompare, SelfValue, "Return self==value.", CompareOp.Eq),
            new("__ne__", SlotField.RichCompare, WrapperKind.RichCompare, SelfValue, "Return self!=value.", CompareOp.Ne),
            new("__gt__", SlotField.RichCompare, WrapperKind.RichCompare, SelfValue, "Return self>value.", CompareOp.Gt),
            new("__ge__", SlotField.RichCompare, WrapperKind.RichCompare, SelfValue, "Return self>=value.", CompareOp.Ge),
            new("__iter__", SlotField.Iter, WrapperKind.Unary, Self, "Implement iter(self)."),
            new("__next__", SlotField.Next, WrapperKind.Next, Self, "Implement next(self)."),
            new("__get__", SlotField.DescrGet, WrapperKind.DescrGet, "($self, instance, owner=None, /)", "Return the attribute's value for instance (of class owner)."),
            new("__set__", SlotField.DescrSet, WrapperKind.DescrSet, "($self, instance, value, /)", "Set the attribute of instance to value."),
            new("__delete__", SlotField.DescrSet, WrapperKind.DescrDelete, "($self, instance, /)", "Delete the attribute of instance."),
            new("__init__", SlotField.Init, WrapperKind.Init, "($self, /, *args, **kwargs)", "Initialize self; help(type(self)) shows the signature."),
            new("__new__", SlotField.New, WrapperKind.None, "", ""),
            new("__del__", SlotField.Finalize, WrapperKind.Finalize, Self, "Run before the instance is destroyed."),
            new("__await__", SlotField.Await, WrapperKind.Unary, Self, "Return the iterator that await drives."),
            new("__aiter__", SlotField.AIter, WrapperKind.Unary, Self, "Return an asynchronous iterator."),
            new("__anext__", SlotField.ANext, WrapperKind.Unary, Self, "Return an awaitable for the next value; StopAsyncIteration at the end."),
        };

        AddBinary(defs, "add", "+", SlotField.Add);
        AddBinary(defs, "sub", "-", SlotField.Subtract);
        AddBinary(defs, "mul", "*", SlotField.Multiply);
        AddBinary(defs, "mod", "%", SlotField.Remainder);
        defs.Add(new("__divmod__", SlotField.Divmod, WrapperKind.BinaryLeft, SelfValue, "Return divmod(self, value)."));
        defs.Add(new("__rdivmod__", SlotField.Divmod, WrapperKind.BinaryRight, SelfValue, "Return divmod(value, self)."));
        defs.Add(new("__pow__", SlotField.Power, WrapperKind.TernaryLeft, "($self, value, mod=None, /)", "Return pow(self, value, mod)."));
        defs.Add(new("__rpow__", SlotField.Power, WrapperKind.TernaryRight, "($self, value, mod=None, /)", "Return pow(value, self, mod)."));
        defs.Add(new("__neg__", SlotField.Negative, WrapperKind.Unary, Self, "-self"));
        defs.Add(new("__pos__", SlotField.Positive, WrapperKind.Unary, Self, "+self"));
        defs.Add(new("__abs__", SlotField.Absolute, WrapperKind.Unary, Self, "abs(self)"));
        defs.Add(new("__bool__", SlotField.Bool, WrapperKind.Bool, Self, "True if self else False"));
        defs.Add(new("__invert__", SlotField.Invert, WrapperKind.Unary, Self, "~self"));
        AddBinary(defs, "lshift", "<<", SlotField.LShift);
        AddBinary(defs, "rshift", ">>", SlotField.RShift);
        AddBinary(defs, "and", "&", SlotField.And);
        AddBinary(defs, "xor", "^", SlotField.Xor);
        AddBinary(defs, "or", "|", SlotField.Or);
        defs.Add(new("__int__", SlotField.Int, WrapperKind.Unary, Self, "int(self)"));
        defs.Add(new("__float__", SlotField.Float, WrapperKind.Unary, Self, "float(self)"));
        AddInplace(defs, "iadd", "+=", SlotField.InplaceAdd);
        AddInplace(defs, "isub", "-=", SlotField.InplaceSubtract);
        AddInplace(defs, "imul", "*=", SlotField.InplaceMultiply);
        AddInplace(defs, "imod", "%=", SlotField.InplaceRemainder);
        defs.Add(new("__ipow__", SlotField.InplacePower, WrapperKind.InplaceTernary, SelfValue, "Return self**=value."));
        AddInplace(defs, "ilshift", "<<=", SlotField.InplaceLShift);
        AddInplace(defs, "irshift", ">>=", SlotField.InplaceRShift);
        AddInplace(defs, "iand", "&=", SlotField.InplaceAnd);
        AddInplace(defs, "ixor", "^=", SlotField.InplaceXor);
        AddInplace(defs, "ior", "|=", SlotField.InplaceOr);
        AddBinary(defs, "floordiv", "//", SlotField.FloorDivide);
        AddBinary(defs, "truediv", "/", SlotField.TrueDivide);
        AddInplace(defs, "ifloordiv", "//=", SlotField.InplaceFloorDivide);
        AddInplace(defs, "itruediv", "/=", SlotField.InplaceTrueDivide);
        defs.Add(new("__index__", SlotField.Index, WrapperKind.Unary, Self, "Return self as an int, for indexing and slicing."));
        AddBinary(defs, "matmul", "@", SlotField.MatrixMultiply);
        AddInplace(defs, "imatmul", "@=", SlotField.InplaceMatrixMultiply);
        defs.Add(new("__len__", SlotField.Length, WrapperKind.Length, Self, "Return len(self)."));
        defs.Add(new("__getitem__", SlotField.GetItem, WrapperKind.BinaryLeft, "($self, key, /)", "Return self[key]."));
        defs.Add(new("__setitem__", SlotField.SetItem, WrapperKind.SetItem, "($self, key, value, /)", "Set self[key] to value."));
        defs.Add(new("__delitem__", SlotField.SetItem, WrapperKind.DelItem, "($self, key, /)", "Delete self[key]."));
        defs.Add(new("__add__", SlotField.Concat, WrapperKind.Concat, SelfValue, "Return self+value."));
        defs.Add(new("__mul__", SlotField.Repeat, WrapperKind.Repeat, SelfValue, "Return self*value."));
        defs.Add(new("__rmul__", SlotField.Repeat, WrapperKind.Repeat, SelfValue, "Return value*self."));
        defs.Add(new("__contains__", SlotField.Contains, WrapperKind.Contains, "($self, key, /)", "Return key in self."));
        defs.Add(new("__iadd__", SlotField.InplaceConcat, WrapperKind.Concat, SelfValue, "Implement self+=value."));
        defs.Add(new("__imul__", SlotField.InplaceRepeat, WrapperKind.Repeat, SelfValue, "Implement self*=value."));
        var all = defs.ToArray();
        HeapSlots.AssignGenerics(all);
        return all;
    }

    private static void AddBinary(List<SlotDef> defs, string name, string op, SlotField field)
    {
        defs.Add(new($"__{name}__", field, WrapperKind.BinaryLeft, "($self, value, /)", $"Return self{op}value."));
        defs.Add(new($"__r{name}__", field, WrapperKind.BinaryRight, "($self, value, /)", $"Return value{op}self."));
    }

    private static void AddInplace(List<SlotDef> defs, string name, string op, SlotField field) =>
        defs.Add(new($"__{name}__", field, WrapperKind.BinaryLeft, "($self, value, /)", $"Return self{op}value."));

    private static (SlotField, SlotDef[])[] Group(SlotDef[] all)
    {
        var order = new List<SlotField>();
        var groups = new Dictionary<SlotField, List<SlotDef>>();
        foreach (var d in all)
        {
            if (!groups.TryGetValue(d.Field, out var list))
            {
                groups[d.Field] = list = [];
                order.Add(d.Field);
            }

            list.Add(d);
        }

        var result = new (SlotField, SlotDef[])[order.Count];
        for (int i = 0; i < order.Count; i++)
        {
            result[i] = (order[i], groups[order[i]].ToArray());
        }

        return result;
    }

    private static Dictionary<string, SlotDef[]> IndexByName(SlotDef[] all)
    {
        var map = new Dictionary<string, List<SlotDef>>(StringComparer.Ordinal);
        foreach (var d in all)
        {
            if (!map.TryGetValue(d.Name, out var list))
            {
                map[d.Name] = list = [];
            }

            list.Add(d);
        }

        var result = new Dictionary<string, SlotDef[]>(StringComparer.Ordinal);
        foreach (var (k, v) in map)
        {
            result[k] = v.ToArray();
        }

        return result;
    }
}
