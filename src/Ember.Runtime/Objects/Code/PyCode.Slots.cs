using Ember.Bytecode;
using Ember.Runtime.Interpreter;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

public sealed partial class PyCode
{
    private static partial void InitSlots(PyType type)
    {
        type.Repr = static self =>
        {
            var c = ((PyCode)self).Code;
            return new PyStr($"<code object {c.Name} at {ObjectAddress.Hex(self)}, file \"{c.Filename}\", line {c.FirstLineNo}>");
        };
    }

    private static partial void InitMembers(PyType type)
    {
        type.AddGetter("co_name", static self => ((PyCode)self).NameStr);
        type.AddGetter("co_qualname", static self => ((PyCode)self).QualNameStr);
        type.AddGetter("co_filename", static self => new PyStr(((PyCode)self).Code.Filename));
        type.AddGetter("co_firstlineno", static self => PyInt.From(((PyCode)self).Code.FirstLineNo));
        type.AddGetter("co_argcount", static self => PyInt.From(((PyCode)self).Code.ArgCount));
        type.AddGetter("co_posonlyargcount", static self => PyInt.From(((PyCode)self).Code.PosOnlyArgCount));
        type.AddGetter("co_kwonlyargcount", static self => PyInt.From(((PyCode)self).Code.KwOnlyArgCount));
        type.AddGetter("co_flags", static self => PyInt.From((int)((PyCode)self).Code.Flags));
        type.AddGetter("co_stacksize", static self => PyInt.From(((PyCode)self).Code.StackSize));
        type.AddGetter("co_consts", static self => ((PyCode)self).Constants is { } c ? new PyTuple(c) : null);
        type.AddGetter("co_names", static self => new PyTuple(((PyCode)self).Names));
        type.AddGetter("co_varnames", static self => ((PyCode)self).NamesOfKind(LocalKind.Local));
        type.AddGetter("co_cellvars", static self => ((PyCode)self).NamesOfKind(LocalKind.Cell));
        type.AddGetter("co_freevars", static self => ((PyCode)self).NamesOfKind(LocalKind.Free));
        type.AddGetter("co_nlocals", static self => PyInt.From(((PyTuple)((PyCode)self).NamesOfKind(LocalKind.Local)).Count));
    }

    /// <summary>co_varnames / co_cellvars / co_freevars: the locals-plus names of one kind, in slot order.</summary>
    private PyObject NamesOfKind(LocalKind kind)
    {
        var kinds = Code.LocalsPlusKinds;
        var names = LocalsPlusNames;
        var result = new List<PyObject>();
        for (int i = 0; i < kinds.Length; i++)
        {
            bool match = kind switch
            {
                LocalKind.Local => (kinds[i] & LocalKind.Local) != 0,
                LocalKind.Cell => (kinds[i] & LocalKind.Cell) != 0,
                _ => (kinds[i] & LocalKind.Free) != 0,
            };
            if (match)
            {
                result.Add(names[i]);
            }
        }

        return new PyTuple(result.ToArray());
    }
}
