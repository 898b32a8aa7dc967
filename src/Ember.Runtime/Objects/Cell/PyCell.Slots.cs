using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Interpreter;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

public sealed partial class PyCell
{
    private static partial void InitSlots(PyType type)
    {
        // cell([contents]) (cell_new): no argument makes an empty cell.
        type.New = static (cls, args, kw) => Types.Args.Positional("cell", args, kw, 0, 1) ? new PyCell(args.Length == 1 ? args[0] : null) : null;
        type.Repr = static self =>
        {
            var cell = (PyCell)self;
            return new PyStr(cell.Contents is null
                ? $"<cell at {ObjectAddress.Hex(cell)}: empty>"
                : $"<cell at {ObjectAddress.Hex(cell)}: {cell.Contents.Type.Name} object at {ObjectAddress.Hex(cell.Contents)}>");
        };
        type.RichCompare = static (self, other, op) =>
        {
            if (other is not PyCell b)
            {
                return PyNotImplemented.Instance;
            }

            // Cells compare by contents; an empty cell is smaller than a full one (cell_richcompare).
            var x = ((PyCell)self).Contents;
            var y = b.Contents;
            if (x is not null && y is not null)
            {
                return PyOps.RichCompare(x, y, op);
            }

            int cmp = (x is null ? 0 : 1) - (y is null ? 0 : 1);
            bool result = op switch
            {
                CompareOp.Lt => cmp < 0,
                CompareOp.Le => cmp <= 0,
                CompareOp.Eq => cmp == 0,
                CompareOp.Ne => cmp != 0,
                CompareOp.Gt => cmp > 0,
                _ => cmp >= 0,
            };
            return PyBool.From(result);
        };
    }

    private static partial void InitMembers(PyType type)
    {
        type.AddGetter(
            "cell_contents",
            static self => ((PyCell)self).Contents ?? PyErr.ValueError("Cell is empty"),
            static (self, value) =>
            {
                ((PyCell)self).Contents = value;
                return true;
            });
    }
}
