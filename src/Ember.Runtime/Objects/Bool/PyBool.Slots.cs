using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>bool's slots (Objects/boolobject.c): its repr, its constructor, and &amp; | ^ that stay bool for two bools.</summary>
public sealed partial class PyBool
{
    private static partial void InitSlots(PyType type)
    {
        type.New = static (cls, args, kwnames) =>
        {
            if (!Args.Positional("bool", args, kwnames, 0, 1))
            {
                return null;
            }

            if (args.Length == 0)
            {
                return False;
            }

            int truth = PyOps.IsTrue(args[0]);
            return truth < 0 ? null : From(truth != 0);
        };
        type.Repr = static self => new PyStr(((PyBool)self).Value ? "True" : "False");
        type.And = static (a, b) => a is PyBool x && b is PyBool y ? From(x.Value & y.Value) : PyInt.And(a, b);
        type.Or = static (a, b) => a is PyBool x && b is PyBool y ? From(x.Value | y.Value) : PyInt.Or(a, b);
        type.Xor = static (a, b) => a is PyBool x && b is PyBool y ? From(x.Value ^ y.Value) : PyInt.Xor(a, b);
    }

    private static partial void InitMembers(PyType type)
    {
    }
}
