using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary><c>zip</c> (Python/bltinmodule.c's zipobject), with PEP 618's strict=.</summary>
public class PyZip : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("zip", null, TypeFlags.BaseType, static t =>
    {
        t.New = New;
        t.Iter = static self => self;
        t.Next = static self => ((PyZip)self).NextItem();
    }, InitMembers);

    private readonly PyObject[] _iterators;
    private bool _strict;

    protected PyZip(PyType type, PyObject[] iterators, bool strict)
        : base(type)
    {
        _iterators = iterators;
        _strict = strict;
    }

    private static PyObject? New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        bool strict = false;
        if (nkw > 0)
        {
            if (nkw > 1)
            {
                return PyErr.TypeError($"zip() takes at most 1 keyword argument ({nkw} given)");
            }

            var name = (PyStr)kwnames!.Items[0];
            if (name.Value != "strict")
            {
                return PyErr.TypeError($"'{name.Value}' is an invalid keyword argument for zip()");
            }

            int t = PyOps.IsTrue(args[^1]);
            if (t < 0)
            {
                return null;
            }

            strict = t > 0;
        }

        var positional = args[..(args.Length - nkw)];
        var iterators = new PyObject[positional.Length];
        for (int i = 0; i < positional.Length; i++)
        {
            var it = PyIter.GetIter(positional[i]);
            if (it is null)
            {
                return null;
            }

            iterators[i] = it;
        }

        return ReferenceEquals(type, TypeObject) ? new PyZip(type, iterators, strict) : new PyZipSubclass(type, iterators, strict);
    }

    private static string Plural(int i) => i == 1 ? " " : "s 1-";

    public PyObject? NextItem()
    {
        int n = _iterators.Length;
        if (n == 0)
        {
            return null;
        }

        var items = new PyObject[n];
        for (int i = 0; i < n; i++)
        {
            var it = _iterators[i];
            var item = (it.Type.Next ?? Ember.Runtime.Protocols.PyIter.NextNotImplemented)(it);
            if (item is null)
            {
                return _strict ? CheckStrict(i) : null;
            }

            items[i] = item;
        }

        return new PyTuple(items);
    }

    // Iterator i ran out under strict=True: it must have been the first, and all the others must be done too.
    private PyObject? CheckStrict(int i)
    {
        if (PyErr.Occurred)
        {
            if (!PyErr.ExceptionMatches(PyExc.StopIteration))
            {
                return null;
            }

            PyErr.Clear();
        }

        if (i > 0)
        {
            return PyErr.ValueError($"zip() argument {i + 1} is shorter than argument{Plural(i)}{i}");
        }

        for (int k = 1; k < _iterators.Length; k++)
        {
            var it = _iterators[k];
            var item = (it.Type.Next ?? Ember.Runtime.Protocols.PyIter.NextNotImplemented)(it);
            if (item is not null)
            {
                return PyErr.ValueError($"zip() argument {k + 1} is longer than argument{Plural(k)}{k}");
            }

            if (PyErr.Occurred)
            {
                if (!PyErr.ExceptionMatches(PyExc.StopIteration))
                {
                    return null;
                }

                PyErr.Clear();
            }
        }

        return null;
    }

    private static void InitMembers(PyType type)
    {
        type.AddMethod("__reduce__", static (self, args, kw) =>
        {
            if (!Args.NoArgs("zip.__reduce__", args, kw))
            {
                return null;
            }

            var z = (PyZip)self;
            var its = new PyTuple((PyObject[])z._iterators.Clone());
            return z._strict ? new PyTuple([z.Type, its, PyBool.True]) : PyTuple.Create(z.Type, its);
        });
        type.AddMethod("__setstate__", static (self, args, kw) =>
        {
            if (!Args.ExactlyOne("zip.__setstate__", args, kw))
            {
                return null;
            }

            int t = PyOps.IsTrue(args[0]);
            if (t < 0)
            {
                return null;
            }

            ((PyZip)self)._strict = t > 0;
            return PyNone.Instance;
        });
    }
}

/// <summary>An instance of a Python subclass of zip.</summary>
public sealed class PyZipSubclass : PyZip, IInstanceDict
{
    public PyZipSubclass(PyType type, PyObject[] iterators, bool strict)
        : base(type, iterators, strict)
    {
    }

    public PyDict? Dict { get; set; }
}
