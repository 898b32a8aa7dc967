using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;

namespace Ember.Runtime.Interpreter;

/// <summary>
/// The interpreter's half of except* (Objects/exceptions.c's
/// _PyExc_PrepReraiseStar): combining what the clauses raised and re-raised
/// into the one exception that leaves the try statement.
/// </summary>
internal static class ExceptionGroups
{
    private static readonly PyStr s_notes = new("__notes__");
    private static readonly PyStr s_split = new("split");

    public static PyObject? PrepReraiseStar(PyObject orig, PyObject excsObject)
    {
        var excs = (PyList)excsObject;
        if (excs.Count == 0)
        {
            return PyNone.Instance;
        }

        if (!orig.Type.IsSubtypeOf(PyExc.BaseExceptionGroup))
        {
            // A naked exception was caught and wrapped: at most one clause ran.
            return excs[0];
        }

        var raised = new List<PyObject>();
        var reraised = new List<PyObject>();
        foreach (var e in excs.AsSpan())
        {
            if (ReferenceEquals(e, PyNone.Instance))
            {
                continue;
            }

            if (SameMetadata(e, orig))
            {
                reraised.Add(e);
            }
            else
            {
                raised.Add(e);
            }
        }

        var reraisedGroup = Projection(orig, reraised);
        if (reraisedGroup is null)
        {
            return null;
        }

        if (raised.Count == 0)
        {
            return reraisedGroup;
        }

        var keep = new List<PyObject>(raised);
        if (!ReferenceEquals(reraisedGroup, PyNone.Instance))
        {
            keep.Add(reraisedGroup);
        }

        if (keep.Count == 1)
        {
            return keep[0];
        }

        return PyCall.Call(PyExc.BaseExceptionGroup, PyStr.Empty, PyList.Create(keep.ToArray()));
    }

    private static bool SameMetadata(PyObject a, PyObject b)
    {
        if (a is not PyBaseException e1 || b is not PyBaseException e2)
        {
            return false;
        }

        var n1 = PyOps.GetAttrOrNull(e1, s_notes);
        var n2 = PyOps.GetAttrOrNull(e2, s_notes);
        PyErr.Clear();
        return ReferenceEquals(n1, n2)
            && ReferenceEquals(e1.Traceback, e2.Traceback)
            && ReferenceEquals(e1.Cause, e2.Cause)
            && ReferenceEquals(e1.Context, e2.Context);
    }

    /// <summary>The part of <paramref name="group"/> whose leaves are exactly the leaves of <paramref name="keep"/> (exception_group_projection).</summary>
    private static PyObject? Projection(PyObject group, List<PyObject> keep)
    {
        if (keep.Count == 0)
        {
            return PyNone.Instance;
        }

        var leaves = new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
        foreach (var e in keep)
        {
            if (!CollectLeaves(e, leaves))
            {
                return null;
            }
        }

        var predicate = new PyBuiltinFunction("_leaf_in_keep", (args, kw) =>
            PyBool.From(args.Length == 1 && !args[0].Type.IsSubtypeOf(PyExc.BaseExceptionGroup) && leaves.Contains(args[0])));
        var pair = PyCall.CallMethod(group, s_split, [predicate]);
        if (pair is null)
        {
            return null;
        }

        return pair is PyTuple { Count: 2 } t ? t.Items[0] : PyNone.Instance;
    }

    private static readonly PyStr s_exceptions = new("exceptions");

    private static bool CollectLeaves(PyObject e, HashSet<PyObject> leaves)
    {
        if (!e.Type.IsSubtypeOf(PyExc.BaseExceptionGroup))
        {
            leaves.Add(e);
            return true;
        }

        var children = PyOps.GetAttr(e, s_exceptions);
        if (children is not PyTuple tuple)
        {
            return children is not null;
        }

        foreach (var child in tuple.Items)
        {
            if (!CollectLeaves(child, leaves))
            {
                return false;
            }
        }

        return true;
    }
}
