using System.Text;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Modules.Operator;

/// <summary><c>operator.methodcaller</c> (Modules/_operator.c): calls obj.name(*args, **kwargs).</summary>
public sealed class PyMethodCaller : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("methodcaller", null, TypeFlags.None, static t =>
    {
        t.New = New;
        t.Call = Call;
        t.Repr = Repr;
    }, null, "operator");

    private readonly PyStr _name;
    private readonly PyObject[] _args;
    private readonly PyTuple? _kwnames;

    private PyMethodCaller(PyStr name, PyObject[] args, PyTuple? kwnames)
        : base(TypeObject)
    {
        _name = name;
        _args = args;
        _kwnames = kwnames;
    }

    private static PyObject? New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = ModuleHelpers.KeywordCount(kwnames);
        if (args.Length - nkw < 1)
        {
            return PyErr.TypeError("methodcaller needs at least one argument, the method name");
        }

        if (args[0] is not PyStr name)
        {
            return PyErr.TypeError("method name must be a string");
        }

        return new PyMethodCaller(name, args[1..].ToArray(), nkw == 0 ? null : kwnames);
    }

    private static PyObject? Call(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.Positional("methodcaller", args, kwnames, 1, 1))
        {
            return null;
        }

        var mc = (PyMethodCaller)self;
        var method = PyOps.GetAttr(args[0], mc._name);
        return method is null ? null : PyCall.Call(method, mc._args, mc._kwnames);
    }

    private static PyObject? Repr(PyObject self)
    {
        var mc = (PyMethodCaller)self;
        if (!ContainerHelpers.ReprEnter(mc))
        {
            return new PyStr("operator.methodcaller(...)");
        }

        var sb = new StringBuilder("operator.methodcaller(").Append(PyOps.ReprString(mc._name));
        int nkw = ModuleHelpers.KeywordCount(mc._kwnames);
        int npos = mc._args.Length - nkw;
        for (int i = 0; i < mc._args.Length; i++)
        {
            var r = PyOps.ReprString(mc._args[i]);
            if (r is null)
            {
                ContainerHelpers.ReprLeave(mc);
                return null;
            }

            sb.Append(", ");
            if (i >= npos)
            {
                sb.Append(((PyStr)mc._kwnames!.Items[i - npos]).Value).Append('=');
            }

            sb.Append(r);
        }

        ContainerHelpers.ReprLeave(mc);
        return new PyStr(sb.Append(')').ToString());
    }
}
