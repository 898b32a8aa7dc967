using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Runtime.Interpreter;

/// <summary>The match-statement instructions (3.11 ceval.c's match_keys, match_class, match_class_attr).</summary>
internal static class PatternMatching
{
    private static readonly PyStr s_get = new("get");
    private static readonly PyStr s_matchArgs = new("__match_args__");

    // The builtins for which one positional sub-pattern matches the subject itself (_Py_TPFLAGS_MATCH_SELF).
    private static readonly string[] s_matchSelf = ["bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple"];

    public static bool IsMapping(PyObject o) => o.Type.HasFlag(TypeFlags.Mapping);

    public static bool IsSequence(PyObject o) => o.Type.HasFlag(TypeFlags.Sequence);

    public static PyObject? MatchKeys(PyObject map, PyTuple keys)
    {
        if (keys.Count == 0)
        {
            return PyTuple.Empty;
        }

        var get = PyOps.GetAttr(map, s_get);
        if (get is null)
        {
            return null;
        }

        var dummy = new PyCell(null);
        var seen = new PyDict();
        var values = new PyObject[keys.Count];
        for (int i = 0; i < keys.Count; i++)
        {
            var key = keys.Items[i];
            int present = seen.Contains(key);
            if (present < 0)
            {
                return null;
            }

            if (present == 1)
            {
                var repr = PyOps.Repr(key) as PyStr;
                return repr is null ? null : PyErr.ValueError($"mapping pattern checks duplicate key ({repr.Value})");
            }

            if (!seen.SetItem(key, PyNone.Instance))
            {
                return null;
            }

            var value = PyCall.Call(get, key, dummy);
            if (value is null)
            {
                return null;
            }

            if (ReferenceEquals(value, dummy))
            {
                return PyNone.Instance;
            }

            values[i] = value;
        }

        return new PyTuple(values);
    }

    public static PyObject? MatchClass(PyObject subject, PyObject typeObject, int nargs, PyTuple kwargs)
    {
        if (typeObject is not PyType type)
        {
            return PyErr.TypeError("called match pattern must be a type");
        }

        var isinstance = PyThreadState.Current.Interpreter.Builtins.GetItemStr("isinstance");
        int inst;
        if (isinstance is not null)
        {
            var r = PyCall.Call(isinstance, subject, type);
            if (r is null)
            {
                return null;
            }

            inst = PyOps.IsTrue(r);
        }
        else
        {
            inst = PyOps.TypeCheck(subject, type) ? 1 : 0;
        }

        if (inst <= 0)
        {
            return inst < 0 ? null : PyNone.Instance;
        }

        var seen = new PyDict();
        var attrs = new List<PyObject>();
        if (nargs > 0)
        {
            bool matchSelf = false;
            PyTuple matchArgs;
            var ma = PyOps.GetAttrOrNull(type, s_matchArgs);
            if (ma is not null)
            {
                if (ma is not PyTuple t)
                {
                    return PyErr.TypeError($"{type.Name}.__match_args__ must be a tuple (got {ma.Type.Name})");
                }

                matchArgs = t;
            }
            else
            {
                if (PyErr.Occurred)
                {
                    return null;
                }

                matchSelf = IsMatchSelf(type);
                matchArgs = PyTuple.Empty;
            }

            int allowed = matchSelf ? 1 : matchArgs.Count;
            if (allowed < nargs)
            {
                return PyErr.TypeError($"{type.Name}() accepts {allowed} positional sub-pattern{(allowed == 1 ? "" : "s")} ({nargs} given)");
            }

            if (matchSelf)
            {
                attrs.Add(subject);
            }
            else
            {
                for (int i = 0; i < nargs; i++)
                {
                    if (matchArgs.Items[i] is not PyStr name)
                    {
                        return PyErr.TypeError($"__match_args__ elements must be strings (got {matchArgs.Items[i].Type.Name})");
                    }

                    var attr = MatchClassAttr(subject, type, name, seen, out bool failed);
                    if (attr is null)
                    {
                        return failed ? null : PyNone.Instance;
                    }

                    attrs.Add(attr);
                }
            }
        }

        foreach (var item in kwargs.Items)
        {
            var attr = MatchClassAttr(subject, type, (PyStr)item, seen, out bool failed);
            if (attr is null)
            {
                return failed ? null : PyNone.Instance;
            }

            attrs.Add(attr);
        }

        return new PyTuple(attrs.ToArray());
    }

    private static bool IsMatchSelf(PyType type)
    {
        foreach (var t in type.Mro)
        {
            if (!t.IsHeapType && t.ModuleName == "builtins" && Array.IndexOf(s_matchSelf, t.Name) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static PyObject? MatchClassAttr(PyObject subject, PyType type, PyStr name, PyDict seen, out bool failed)
    {
        failed = true;
        if (seen.GetItemStr(name) is not null)
        {
            var repr = PyOps.Repr(name) as PyStr;
            PyErr.TypeError($"{type.Name}() got multiple sub-patterns for attribute {repr?.Value}");
            return null;
        }

        seen.SetItemStr(name, PyNone.Instance);
        var value = PyOps.GetAttr(subject, name);
        if (value is null && PyErr.Clear(PyExc.AttributeError))
        {
            failed = false;
        }

        return value;
    }
}
