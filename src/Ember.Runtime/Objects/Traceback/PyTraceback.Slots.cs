using Ember.Runtime.Errors;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

public sealed partial class PyTraceback
{
    private static partial void InitSlots(PyType type)
    {
        // TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno) (tb_new_impl).
        type.New = static (cls, args, kw) =>
        {
            if (!Args.Positional("TracebackType", args, kw, 4, 4))
            {
                return null;
            }

            if (args[0] is not PyTraceback && !ReferenceEquals(args[0], PyNone.Instance))
            {
                return PyErr.TypeError($"expected traceback object or None, got '{args[0].Type.Name}'");
            }

            if (args[1] is not PyFrame frame)
            {
                return PyErr.TypeError($"TracebackType() argument 'tb_frame' must be frame, not {(args[1] is PyNone ? "None" : args[1].Type.Name)}");
            }

            if (!Protocols.PyNumber.AsSsize(args[2], out long lasti) || !Protocols.PyNumber.AsSsize(args[3], out long lineno))
            {
                return null;
            }

            return new PyTraceback(args[0] as PyTraceback, frame, (int)(lasti / 2), (int)lineno);
        };
    }

    private static partial void InitMembers(PyType type)
    {
        type.AddReadonlyMember("tb_frame", static self => ((PyTraceback)self).Frame);
        type.AddReadonlyMember("tb_lineno", static self => ((PyTraceback)self).LineNo < 0 ? PyNone.Instance : PyInt.From(((PyTraceback)self).LineNo));
        type.AddReadonlyMember("tb_lasti", static self => PyInt.From(((PyTraceback)self).Lasti is var i && i < 0 ? -1 : 2 * i));
        type.AddGetter("tb_next", static self => (PyObject?)((PyTraceback)self).Next ?? PyNone.Instance, static (self, value) =>
        {
            if (value is null)
            {
                PyErr.TypeError("can't delete tb_next attribute");
                return false;
            }

            if (ReferenceEquals(value, PyNone.Instance))
            {
                ((PyTraceback)self).Next = null;
                return true;
            }

            if (value is not PyTraceback next)
            {
                PyErr.TypeError($"expected traceback object, got '{value.Type.Name}'");
                return false;
            }

            for (var cursor = next; cursor is not null; cursor = cursor.Next)
            {
                if (ReferenceEquals(cursor, self))
                {
                    PyErr.ValueError("traceback loop detected");
                    return false;
                }
            }

            ((PyTraceback)self).Next = next;
            return true;
        });
    }
}
