using System.Text;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Modules.Operator;

/// <summary><c>operator.attrgetter</c> (Modules/_operator.c): dotted names are followed part by part.</summary>
public sealed class PyAttrGetter : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("attrgetter", null, TypeFlags.None, static t =>
    {
        t.New = New;
        t.Call = Call;
        t.Repr = Repr;
    }, static t =>
    {
        t.AddMethod("__reduce__", static (self, args, kw) =>
        {
            if (!Args.NoArgs("attrgetter.__reduce__", args, kw))
            {
                return null;
            }

            var names = ((PyAttrGetter)self)._names;
            return PyTuple.Create(self.Type, new PyTuple(Array.ConvertAll(names, static n => (PyObject)new PyStr(n))));
        });
    }, "operator");

    private readonly string[] _names;
    private readonly PyStr[][] _parts;

    private PyAttrGetter(string[] names)
        : base(TypeObject)
    {
        _names = names;
        _parts = Array.ConvertAll(names, static n => Array.ConvertAll(n.Split('.'), static p => new PyStr(p)));
    }

    private static PyObject? New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.NoKeywords("attrgetter", kwnames))
        {
            return null;
        }

        if (args.Length == 0)
        {
            return PyErr.TypeError("attrgetter expected 1 argument, got 0");
        }

        var names = new string[args.Length];
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] is not PyStr s)
            {
                return PyErr.TypeError("attribute name must be a string");
            }

            names[i] = s.Value;
        }

        return new PyAttrGetter(names);
    }

    private static PyObject? Get(PyObject obj, PyStr[] parts)
    {
        foreach (var part in parts)
        {
            var next = PyOps.GetAttr(obj, part);
            if (next is null)
            {
                return null;
            }

            obj = next;
        }

        return obj;
    }

    private static PyObject? Call(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.Positional("attrgetter", args, kwnames, 1, 1))
        {
            return null;
        }

        var parts = ((PyAttrGetter)self)._parts;
        if (parts.Length == 1)
        {
            return Get(args[0], parts[0]);
        }

        var result = new PyObject[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            var r = Get(args[0], parts[i]);
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
        var g = (PyAttrGetter)self;
        var sb = new StringBuilder("operator.attrgetter(");
        for (int i = 0; i < g._names.Length; i++)
        {
            sb.Append(i > 0 ? ", " : "").Append(PyOps.ReprString(new PyStr(g._names[i])));
        }

        return new PyStr(sb.Append(')').ToString());
    }
}
