using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

public static partial class PyExc
{
    private static partial void InitSlots(PyType type)
    {
        if (type.Name == "BaseException")
        {
            type.New = static (cls, args, kwnames) => new PyBaseException(cls, PyTuple.Create(args));
            type.Init = static (self, args, kwnames) =>
            {
                ((PyBaseException)self).Args = PyTuple.Create(args);
                return true;
            };
        }
    }

    private static partial void InitMembers(PyType type)
    {
    }
}
