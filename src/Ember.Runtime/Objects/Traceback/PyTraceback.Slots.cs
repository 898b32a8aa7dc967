using Ember.Runtime.Errors;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

public sealed partial class PyTraceback
{
    private static partial void InitSlots(PyType type)
    {
    }

    private static partial void InitMembers(PyType type)
    {
        type.AddGetter("tb_frame", static self => ((PyTraceback)self).Frame);
        type.AddGetter("tb_lineno", static self => ((PyTraceback)self).LineNo < 0 ? PyNone.Instance : PyInt.From(((PyTraceback)self).LineNo));
        type.AddGetter("tb_lasti", static self => PyInt.From(((PyTraceback)self).Lasti));
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
                PyErr.TypeError($"expected traceback object or None, got '{value.Type.Name}'");
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
