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

        // Code objects compare by what they run (code_richcompare), not by identity.
        type.RichCompare = static (self, other, op) =>
        {
            if (other is not PyCode b || op is not (CompareOp.Eq or CompareOp.Ne))
            {
                return PyNotImplemented.Instance;
            }

            int eq = ((PyCode)self).ContentEquals(b);
            if (eq < 0)
            {
                return null;
            }

            return PyBool.From(op == CompareOp.Eq ? eq == 1 : eq == 0);
        };
        type.Hash = static self =>
        {
            var c = ((PyCode)self).Code;
            long h = HashCode.Combine(c.Name, c.ArgCount, c.KwOnlyArgCount, (int)c.Flags, c.FirstLineNo, c.Instructions.Length);
            return h == -1 ? -2 : h;
        };
    }


    private static partial void InitMembers(PyType type)
    {
        type.AddReadonlyMember("co_name", static self => ((PyCode)self).NameStr);
        type.AddReadonlyMember("co_qualname", static self => ((PyCode)self).QualNameStr);
        type.AddReadonlyMember("co_filename", static self => new PyStr(((PyCode)self).Code.Filename));
        type.AddReadonlyMember("co_firstlineno", static self => PyInt.From(((PyCode)self).Code.FirstLineNo));
        type.AddReadonlyMember("co_argcount", static self => PyInt.From(((PyCode)self).Code.ArgCount));
        type.AddReadonlyMember("co_posonlyargcount", static self => PyInt.From(((PyCode)self).Code.PosOnlyArgCount));
        type.AddReadonlyMember("co_kwonlyargcount", static self => PyInt.From(((PyCode)self).Code.KwOnlyArgCount));
        type.AddReadonlyMember("co_flags", static self => PyInt.From((int)((PyCode)self).Code.Flags));
        type.AddReadonlyMember("co_stacksize", static self => PyInt.From(((PyCode)self).Code.StackSize));
        type.AddReadonlyMember("co_consts", static self => ((PyCode)self).Constants is { } c ? new PyTuple(c) : null);
        type.AddReadonlyMember("co_names", static self => new PyTuple(((PyCode)self).Names));
        type.AddGetter("co_varnames", static self => ((PyCode)self).NamesOfKind(LocalKind.Local));
        type.AddGetter("co_cellvars", static self => ((PyCode)self).NamesOfKind(LocalKind.Cell));
        type.AddGetter("co_freevars", static self => ((PyCode)self).NamesOfKind(LocalKind.Free));
        type.AddGetter("co_code", static self => new PyBytes(((PyCode)self).CodeBytes()));
        type.AddReadonlyMember("co_linetable", static self => new PyBytes(((PyCode)self).LineTableBytes()));
        type.AddGetter("co_lnotab", static self => new PyBytes(((PyCode)self).LnotabBytes()));
        type.AddReadonlyMember("co_exceptiontable", static self => new PyBytes(((PyCode)self).ExceptionTableBytes()));
        type.AddMethod("co_lines", static (self, args, kw) =>
            Types.Args.Positional("co_lines", args, kw, 0, 0) ? ((PyCode)self).Lines() : null);
        type.AddMethod("co_positions", static (self, args, kw) =>
            Types.Args.Positional("co_positions", args, kw, 0, 0) ? ((PyCode)self).PositionsIter() : null);
        type.AddMethod("replace", static (self, args, kw) => ((PyCode)self).Replace(args, kw));
        type.AddReadonlyMember("co_nlocals", static self => PyInt.From(((PyTuple)((PyCode)self).NamesOfKind(LocalKind.Local)).Count));
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
