using System.Text;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Modules.Operator;

/// <summary><c>operator.itemgetter</c> (Modules/_operator.c): obj[item], or a tuple of obj[i] for several items.</summary>
public sealed class PyItemGetter : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("itemgetter", null, TypeFlags.None, static t =>
    {
        t.New = New;
        t.Call = Call;
        t.Repr = Repr;
    }, static t =>
    {
        t.AddMethod("__reduce__", static (self, args, kw) =>
            Args.NoArgs("itemgetter.__reduce__", args, kw) ? PyTuple.Create(self.Type, new PyTuple(((PyItemGetter)self)._items)) : null);
    }, "operator");

    private readonly PyObject[] _items;

    private PyItemGetter(PyObject[] items)
        : base(TypeObject)
    {
        _items = items;
    }

    private static PyObject? New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.NoKeywords("itemgetter", kwnames))
        {
            return null;
        }

        if (args.Length == 0)
        {
            return PyErr.TypeError("itemgetter expected 1 argument, got 0");
        }

        return new PyItemGetter(args.ToArray());
    }

    private static PyObject? Call(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.Positional("itemgetter", args, kwnames, 1, 1))
        {
            return null;
        }

        var items = ((PyItemGetter)self)._items;
        if (items.Length == 1)
        {
            return PySequence.GetItem(args[0], items[0]);
        }

        var result = new PyObject[items.Length];
        for (int i = 0; i < items.Length; i++)
        {
            var r = PySequence.GetItem(args[0], items[i]);
            if (r is null)
            {
                return null;
            }

            result[i] = r;
        }

        return new PyTuple(result);
    }

    private static PyObject? Repr(PyObject self)
    {
        var g = (PyItemGetter)self;
        if (!ContainerHelpers.ReprEnter(g))
        {
            return new PyStr("operator.itemgetter(...)");
        }

        var sb = new StringBuilder("operator.itemgetter(");
        for (int i = 0; i < g._items.Length; i++)
        {
            var r = PyOps.ReprString(g._items[i]);
            if (r is null)
            {
                ContainerHelpers.ReprLeave(g);
                return null;
            }

            sb.Append(i > 0 ? ", " : "").Append(r);
        }

        ContainerHelpers.ReprLeave(g);
        return new PyStr(sb.Append(')').ToString());
    }
}
