using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;

namespace Ember.Runtime.Objects;

// split(), subgroup() and what except* needs (exceptiongroup_split_recursive,
// _PyExc_PrepReraiseStar): a group is matched as a whole first, then leaf by
// leaf; each part is made with derive() and gets the original's
// __traceback__, __cause__, __context__ and a copy of its __notes__.
public sealed partial class PyBaseExceptionGroup
{
    private static readonly PyStr s_derive = new("derive");
    private static readonly PyStr s_notes = new("__notes__");

    /// <summary>What split() compares leaves with: exception types, a predicate, or a set of leaf objects (for except*).</summary>
    internal readonly struct Matcher
    {
        private readonly PyObject? _value;
        private readonly HashSet<PyObject>? _ids;

        private Matcher(PyObject? value, HashSet<PyObject>? ids)
        {
            _value = value;
            _ids = ids;
        }

        public static Matcher Leaves(HashSet<PyObject> ids) => new(null, ids);

        /// <summary>get_matcher_type: a callable that is not a class, an exception class, or a tuple of them.</summary>
        public static bool From(PyObject value, out Matcher matcher)
        {
            matcher = new Matcher(value, null);
            if (value is not PyType && value.Type.Call is not null)
            {
                return true;
            }

            if (value is PyType t && t.IsSubtypeOf(PyExc.BaseException))
            {
                return true;
            }

            if (value is PyTuple tuple && ReferenceEquals(value.Type, PyTuple.TypeObject))
            {
                bool all = true;
                foreach (var item in tuple.Items)
                {
                    all &= item is PyType it && it.IsSubtypeOf(PyExc.BaseException);
                }

                if (all)
                {
                    return true;
                }
            }

            PyErr.TypeError("expected a function, exception type or tuple of exception types");
            return false;
        }

        /// <summary>1, 0, or -1 with an exception pending.</summary>
        public int Matches(PyObject exc)
        {
            if (_ids is not null)
            {
                return _ids.Contains(exc) ? 1 : 0;
            }

            var value = _value!;
            if (value is PyType t)
            {
                return exc.Type.IsSubtypeOf(t) ? 1 : 0;
            }

            if (value is PyTuple tuple && ReferenceEquals(value.Type, PyTuple.TypeObject))
            {
                foreach (var item in tuple.Items)
                {
                    if (exc.Type.IsSubtypeOf((PyType)item))
                    {
                        return 1;
                    }
                }

                return 0;
            }

            var r = PyCall.Call(value, exc);
            return r is null ? -1 : PyOps.IsTrue(r);
        }
    }

    /// <summary>eg.split(type) for CHECK_EG_MATCH: false with an exception pending; match and rest null for None.</summary>
    public static bool Split(PyBaseExceptionGroup eg, PyObject matchType, out PyObject? match, out PyObject? rest)
    {
        match = rest = null;
        return Matcher.From(matchType, out var matcher) && SplitRecursive(eg, matcher, true, out match, out rest);
    }

    private static bool SplitRecursive(PyObject exc, Matcher matcher, bool constructRest, out PyObject? match, out PyObject? rest)
    {
        match = rest = null;
        int whole = matcher.Matches(exc);
        if (whole < 0)
        {
            return false;
        }

        if (whole == 1)
        {
            match = exc;
            return true;
        }

        if (exc is not PyBaseExceptionGroup eg)
        {
            if (constructRest)
            {
                rest = exc;
            }

            return true;
        }

        var ts = Threading.PyThreadState.Current;
        if (!PyErr.EnterRecursiveCall(ts, " in split_exception_group"))
        {
            return false;
        }

        var matchList = new PyList();
        var restList = constructRest ? new PyList() : null;
        bool ok = true;
        foreach (var e in eg.Exceptions.Items)
        {
            if (!SplitRecursive(e, matcher, constructRest, out var m, out var r))
            {
                ok = false;
                break;
            }

            if (m is not null)
            {
                matchList.Append(m);
            }

            if (r is not null)
            {
                restList!.Append(r);
            }
        }

        PyErr.LeaveRecursiveCall(ts);
        if (!ok)
        {
            return false;
        }

        if (matchList.Count > 0 && (match = Subset(eg, matchList)) is null)
        {
            return false;
        }

        if (restList is { Count: > 0 } && (rest = Subset(eg, restList)) is null)
        {
            return false;
        }

        return true;
    }

    /// <summary>eg.derive(items) with eg's traceback, cause, context and a copy of its notes (exceptiongroup_subset).</summary>
    private static PyObject? Subset(PyBaseExceptionGroup eg, PyList items)
    {
        // derive is looked up on the class, so a subclass's override is used.
        var derive = PyCall.LookupSpecial(eg, s_derive);
        var derived = derive is null ? null : PyCall.Call(derive, items);
        if (derived is null)
        {
            return null;
        }

        if (derived is not PyBaseExceptionGroup part)
        {
            return PyErr.TypeError("derive must return an instance of BaseExceptionGroup");
        }

        part.Traceback = eg.Traceback;
        part.Context = eg.Context;
        part.Cause = eg.Cause;
        part.SuppressContext = eg.SuppressContext;
        var notes = PyOps.GetAttrOrNull(eg, s_notes);
        if (notes is null)
        {
            return PyErr.Occurred ? null : part;
        }

        if (notes.Type.GetItem is not null || notes is PyList)
        {
            var copy = PyExc.ItemsOf(notes);
            if (copy is null || !PyOps.SetAttr(part, s_notes, new PyList((PyObject[])copy.Clone(), copy.Length)))
            {
                return null;
            }
        }

        return part;
    }

    /// <summary>
    /// PREP_RERAISE_STAR (_PyExc_PrepReraiseStar): from the original exception
    /// and what each except* clause raised (None entries and the unhandled rest
    /// included), the exception to re-raise, or None. Re-raised leaves keep the
    /// original's structure; new exceptions are grouped with them.
    /// </summary>
    public static PyObject? PrepReraiseStar(PyObject orig, PyList raised)
    {
        if (raised.Count == 0)
        {
            return PyNone.Instance;
        }

        if (orig is not PyBaseExceptionGroup origGroup)
        {
            // A naked exception was caught and wrapped: at most one clause ran.
            return raised[0];
        }

        var newlyRaised = new PyList();
        var reraisedLeaves = new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
        foreach (var e in raised.AsSpan())
        {
            if (e is PyNone)
            {
                continue;
            }

            int same = SameMetadata(e, origGroup);
            if (same < 0)
            {
                return null;
            }

            if (same == 1)
            {
                CollectLeaves(e, reraisedLeaves);
            }
            else
            {
                newlyRaised.Append(e);
            }
        }

        PyObject? reraised = null;
        if (reraisedLeaves.Count > 0 && !SplitRecursive(origGroup, Matcher.Leaves(reraisedLeaves), false, out reraised, out _))
        {
            return null;
        }

        if (newlyRaised.Count == 0)
        {
            return reraised ?? PyNone.Instance;
        }

        if (reraised is not null)
        {
            newlyRaised.Append(reraised);
        }

        return newlyRaised.Count > 1 ? Create(PyStr.Empty, newlyRaised) : newlyRaised[0];
    }

    private static int SameMetadata(PyObject e, PyBaseExceptionGroup orig)
    {
        if (e is not PyBaseException exc)
        {
            return 0;
        }

        var notes1 = PyOps.GetAttrOrNull(exc, s_notes);
        if (notes1 is null && PyErr.Occurred)
        {
            return -1;
        }

        var notes2 = PyOps.GetAttrOrNull(orig, s_notes);
        if (notes2 is null && PyErr.Occurred)
        {
            return -1;
        }

        return ReferenceEquals(notes1, notes2) && ReferenceEquals(exc.Traceback, orig.Traceback)
            && ReferenceEquals(exc.Cause, orig.Cause) && ReferenceEquals(exc.Context, orig.Context) ? 1 : 0;
    }

    private static void CollectLeaves(PyObject e, HashSet<PyObject> leaves)
    {
        if (e is PyBaseExceptionGroup eg)
        {
            foreach (var item in eg.Exceptions.Items)
            {
                CollectLeaves(item, leaves);
            }
        }
        else
        {
            leaves.Add(e);
        }
    }
}
