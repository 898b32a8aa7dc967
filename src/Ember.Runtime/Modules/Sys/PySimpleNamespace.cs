using System.Text;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.Sys;

/// <summary>
/// <c>types.SimpleNamespace</c> (Objects/namespaceobject.c): attributes in a
/// dict, a repr listing them, equality by dict. sys.implementation is one.
/// </summary>
public sealed class PySimpleNamespace : PyObject, IInstanceDict
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin(
        "SimpleNamespace", null, TypeFlags.BaseType, InitSlots, null, module: "types");

    public PySimpleNamespace(PyDict dict)
        : base(TypeObject)
    {
        Dict = dict;
    }

    public PyDict? Dict { get; set; }

    private static void InitSlots(PyType type)
    {
        type.Repr = static self => ReprOf((PySimpleNamespace)self);
        type.RichCompare = static (self, other, op) =>
        {
            if ((op is Bytecode.CompareOp.Eq or Bytecode.CompareOp.Ne) && other is PySimpleNamespace o)
            {
                return PyOps.RichCompare(((PySimpleNamespace)self).Dict!, o.Dict!, op);
            }

            return PyNotImplemented.Instance;
        };
    }

    private static PyObject? ReprOf(PySimpleNamespace self)
    {
        var ts = Threading.PyThreadState.Current;
        if (!PyErr.EnterRecursiveCall(ts, " while getting the repr of an object"))
        {
            return null;
        }

        var sb = new StringBuilder(ReferenceEquals(self.Type, TypeObject) ? "namespace" : self.Type.Name).Append('(');
        int pos = 0;
        bool first = true;
        while (self.Dict!.Next(ref pos, out var key, out var value))
        {
            if (key is not PyStr k)
            {
                continue;
            }

            var r = PyOps.Repr(value);
            if (r is null)
            {
                PyErr.LeaveRecursiveCall(ts);
                return null;
            }

            sb.Append(first ? "" : ", ").Append(k.Value).Append('=').Append(((PyStr)r).Value);
            first = false;
        }

        PyErr.LeaveRecursiveCall(ts);
        return new PyStr(sb.Append(')').ToString());
    }
}
