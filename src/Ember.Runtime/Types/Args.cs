using Ember.Runtime.Errors;
using Ember.Runtime.Objects;

namespace Ember.Runtime.Types;

/// <summary>
/// Argument checking for builtins with the messages CPython's argument parsers
/// give (Python/getargs.c, Argument Clinic). Each check returns false with
/// TypeError pending when the arguments do not fit.
/// </summary>
public static class Args
{
    /// <summary>"list.append() takes no keyword arguments".</summary>
    public static bool NoKeywords(string qualifiedName, PyTuple? kwnames)
    {
        if (kwnames is null || kwnames.Count == 0)
        {
            return true;
        }

        PyErr.TypeError($"{qualifiedName}() takes no keyword arguments");
        return false;
    }

    /// <summary>METH_NOARGS: "list.clear() takes no arguments (1 given)".</summary>
    public static bool NoArgs(string qualifiedName, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!NoKeywords(qualifiedName, kwnames))
        {
            return false;
        }

        if (args.Length == 0)
        {
            return true;
        }

        PyErr.TypeError($"{qualifiedName}() takes no arguments ({args.Length} given)");
        return false;
    }

    /// <summary>
    /// METH_NOARGS called through a bound builtin method: the message names
    /// the method by its receiver's type ("FileIO.flush() takes no
    /// arguments (1 given)"), as a bound method's __qualname__ does.
    /// </summary>
    public static bool NoArgs(PyObject self, string method, ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        (args.Length == 0 && (kwnames is null || kwnames.Count == 0)) || NoArgs($"{self.Type.Name}.{method}", args, kwnames);

    /// <summary>METH_O through a bound builtin method, named by its receiver's type.</summary>
    public static bool ExactlyOne(PyObject self, string method, ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        (args.Length == 1 && (kwnames is null || kwnames.Count == 0)) || ExactlyOne($"{self.Type.Name}.{method}", args, kwnames);

    /// <summary>METH_O: "list.append() takes exactly one argument (0 given)".</summary>
    public static bool ExactlyOne(string qualifiedName, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!NoKeywords(qualifiedName, kwnames))
        {
            return false;
        }

        if (args.Length == 1)
        {
            return true;
        }

        PyErr.TypeError($"{qualifiedName}() takes exactly one argument ({args.Length} given)");
        return false;
    }

    /// <summary>
    /// Positional-only arguments (_PyArg_CheckPositional): "index expected at
    /// least 1 argument, got 0", "pop expected at most 1 argument, got 2".
    /// Keywords are refused with "<paramref name="name"/>() takes no keyword arguments".
    /// </summary>
    public static bool Positional(string name, ReadOnlySpan<PyObject> args, PyTuple? kwnames, int min, int max) =>
        Positional(name, name, args, kwnames, min, max);

    /// <summary>
    /// A method's form: the keyword refusal names it by <paramref name="qualifiedName"/>
    /// ("list.index() takes no keyword arguments", the method descriptor's check) and the
    /// count check by <paramref name="name"/> ("index expected at most 3 arguments").
    /// </summary>
    public static bool Positional(string name, string qualifiedName, ReadOnlySpan<PyObject> args, PyTuple? kwnames, int min, int max)
    {
        if (!NoKeywords(qualifiedName, kwnames))
        {
            return false;
        }

        int n = args.Length;
        if (n < min)
        {
            string qualifier = min == max ? "" : "at least ";
            PyErr.TypeError($"{name} expected {qualifier}{min} argument{(min == 1 ? "" : "s")}, got {n}");
            return false;
        }

        if (n > max)
        {
            string qualifier = min == max ? "" : "at most ";
            PyErr.TypeError($"{name} expected {qualifier}{max} argument{(max == 1 ? "" : "s")}, got {n}");
            return false;
        }

        return true;
    }
}

/// <summary>
/// A builtin's parameter list for keyword-capable parsing (_PyArg_UnpackKeywords):
/// names in order, how many are positional-only, how many may be passed by
/// position at all, and how many are required. Parsing fills one slot per
/// name; a missing optional argument leaves null.
/// </summary>
public sealed class ArgSpec
{
    private readonly string[] _names;
    private readonly int _posOnly;
    private readonly int _maxPositional;
    private readonly int _required;

    /// <param name="functionName">As shown in messages: "split" gives "split()".</param>
    /// <param name="names">Every parameter, positional ones first, keyword-only last.</param>
    /// <param name="posOnly">How many leading parameters are positional-only.</param>
    /// <param name="maxPositional">How many may be given by position (the rest are keyword-only); -1 for all.</param>
    /// <param name="required">How many leading parameters are required.</param>
    public ArgSpec(string functionName, string[] names, int posOnly = 0, int maxPositional = -1, int required = 0)
    {
        FunctionName = functionName;
        _names = names;
        _posOnly = posOnly;
        _maxPositional = maxPositional < 0 ? names.Length : maxPositional;
        _required = required;
    }

    public string FunctionName { get; }

    public int Count => _names.Length;

    /// <summary>Fills <paramref name="slots"/> (length <see cref="Count"/>); false with TypeError pending on a mismatch.</summary>
    public bool Parse(ReadOnlySpan<PyObject> args, PyTuple? kwnames, Span<PyObject?> slots)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        slots.Clear();
        // _PyArg_UnpackKeywords checks the total first, then the positional count.
        if (npos + nkw > _names.Length)
        {
            int max = _names.Length;
            PyErr.TypeError($"{FunctionName}() takes at most {max} {(npos == 0 ? "keyword " : "")}argument{(max == 1 ? "" : "s")} ({npos + nkw} given)");
            return false;
        }

        if (npos > _maxPositional)
        {
            if (_maxPositional == 0)
            {
                PyErr.TypeError($"{FunctionName}() takes no positional arguments");
            }
            else
            {
                string how = _required < _maxPositional ? "at most" : "exactly";
                PyErr.TypeError($"{FunctionName}() takes {how} {_maxPositional} positional argument{(_maxPositional == 1 ? "" : "s")} ({npos} given)");
            }

            return false;
        }

        // The rest follows _PyArg_UnpackKeywords: positional-only shortfall, then each
        // remaining parameter by name (a missing required one is reported as soon as it is
        // met), and only then a name given twice or a name that is no parameter.
        int minpos = Math.Min(_required, _maxPositional);
        int minkw = Math.Max(0, _required - _maxPositional);
        int minposonly = Math.Min(_posOnly, minpos);
        if (npos < minposonly)
        {
            string how = minposonly < _maxPositional ? "at least" : "exactly";
            PyErr.TypeError($"{FunctionName}() takes {how} {minposonly} positional argument{(minposonly == 1 ? "" : "s")} ({npos} given)");
            return false;
        }

        for (int i = 0; i < npos; i++)
        {
            slots[i] = args[i];
        }

        int reqlimit = minkw > 0 ? _maxPositional + minkw : minpos;
        int remaining = nkw;
        for (int i = Math.Max(npos, _posOnly); i < _names.Length; i++)
        {
            PyObject? current = null;
            if (remaining > 0)
            {
                current = FindKeyword(args, kwnames!, npos, _names[i]);
            }
            else if (i >= reqlimit)
            {
                break;
            }

            slots[i] = current;
            if (current is not null)
            {
                remaining--;
            }
            else if (i < minpos || (_maxPositional <= i && i < reqlimit))
            {
                PyErr.TypeError($"{FunctionName}() missing required argument '{_names[i]}' (pos {i + 1})");
                return false;
            }
        }

        if (remaining > 0)
        {
            for (int i = _posOnly; i < npos; i++)
            {
                if (FindKeyword(args, kwnames!, npos, _names[i]) is not null)
                {
                    PyErr.TypeError($"argument for {FunctionName}() given by name ('{_names[i]}') and position ({i + 1})");
                    return false;
                }
            }

            for (int k = 0; k < nkw; k++)
            {
                if (kwnames!.Items[k] is not PyStr key)
                {
                    PyErr.TypeError("keywords must be strings");
                    return false;
                }

                if (Array.IndexOf(_names, key.Value) < _posOnly)
                {
                    PyErr.TypeError($"'{key.Value}' is an invalid keyword argument for {FunctionName}()");
                    return false;
                }
            }

            PyErr.TypeError($"invalid keyword argument for {FunctionName}()");
            return false;
        }

        return true;
    }

    private static PyObject? FindKeyword(ReadOnlySpan<PyObject> args, PyTuple kwnames, int npos, string name)
    {
        for (int k = 0; k < kwnames.Count; k++)
        {
            if (kwnames.Items[k] is PyStr key && key.Value == name)
            {
                return args[npos + k];
            }
        }

        return null;
    }
}
