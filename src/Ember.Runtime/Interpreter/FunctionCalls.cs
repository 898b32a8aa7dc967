using System.Runtime.CompilerServices;
using System.Text;
using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Threading;

namespace Ember.Runtime.Interpreter;

/// <summary>
/// Calling Python functions: argument binding into the new frame's
/// locals-plus slots with CPython 3.11's messages (ceval.c's
/// initialize_locals, too_many_positional, missing_arguments,
/// positional_only_passed_as_keyword). No argument container is made for
/// positional calls (DESIGN.md rule 4).
/// </summary>
public static class FunctionCalls
{
    public static PyObject? Call(PyThreadState ts, PyFunction func, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var code = func.Code;
        var co = code.Code;

        // _PyFunction_Vectorcall: code without fast locals (a module's or class body's) runs in the globals.
        var frame = new Frame(code, func.Globals, func.Builtins, (co.Flags & CodeFlags.Optimized) == 0 ? func.Globals : null, func);
        if (kwnames is null && args.Length == co.ArgCount
            && (co.Flags & (CodeFlags.VarArgs | CodeFlags.VarKeywords)) == 0 && co.KwOnlyArgCount == 0)
        {
            args.CopyTo(frame.Values);
        }
        else if (!Bind(func, frame.Values, args, kwnames))
        {
            return null;
        }

        return PyEval.Execute(ts, frame);
    }

    /// <summary>Runs a class body (or any code without fast locals) with <paramref name="locals"/> as its namespace.</summary>
    public static PyObject? RunWithLocals(PyThreadState ts, PyFunction func, PyObject locals)
    {
        var frame = new Frame(func.Code, func.Globals, func.Builtins, locals, func);
        return PyEval.Execute(ts, frame);
    }

    /// <summary>Binds <paramref name="args"/> into <paramref name="locals"/>; false with TypeError pending.</summary>
    public static bool Bind(PyFunction func, PyObject[] locals, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var co = func.Code.Code;
        int argcount = co.ArgCount;
        int totalArgs = argcount + co.KwOnlyArgCount;
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        PyDict? kwdict = null;
        if ((co.Flags & CodeFlags.VarKeywords) != 0)
        {
            kwdict = new PyDict();
            int i = totalArgs + ((co.Flags & CodeFlags.VarArgs) != 0 ? 1 : 0);
            locals[i] = kwdict;
        }

        int n = Math.Min(npos, argcount);
        args[..n].CopyTo(locals);
        if ((co.Flags & CodeFlags.VarArgs) != 0)
        {
            locals[totalArgs] = npos > argcount ? PyTuple.Create(args[argcount..npos]) : PyTuple.Empty;
        }

        if (nkw > 0)
        {
            var names = func.Code.LocalsPlusNames;
            for (int k = 0; k < nkw; k++)
            {
                var keyword = kwnames!.Items[k];
                var value = args[npos + k];
                if (keyword is not PyStr kw)
                {
                    PyErr.TypeError($"{func.QualNameText}() keywords must be strings");
                    return false;
                }

                int j = FindParameter(names, co.PosOnlyArgCount, totalArgs, kw);
                if (j < 0)
                {
                    if (kwdict is null)
                    {
                        if (co.PosOnlyArgCount > 0 && PositionalOnlyPassedAsKeyword(func, kwnames))
                        {
                            return false;
                        }

                        PyErr.TypeError($"{func.QualNameText}() got an unexpected keyword argument '{kw.Value}'");
                        return false;
                    }

                    if (!kwdict.SetItem(kw, value))
                    {
                        return false;
                    }

                    continue;
                }

                if (locals[j] is not null)
                {
                    PyErr.TypeError($"{func.QualNameText}() got multiple values for argument '{kw.Value}'");
                    return false;
                }

                locals[j] = value;
            }
        }

        if (npos > argcount && (co.Flags & CodeFlags.VarArgs) == 0)
        {
            TooManyPositional(func, npos, locals);
            return false;
        }

        if (npos < argcount)
        {
            var defaults = func.Defaults;
            int defcount = defaults?.Count ?? 0;
            int m = argcount - defcount;
            int missing = 0;
            for (int i = npos; i < m; i++)
            {
                if (locals[i] is null)
                {
                    missing++;
                }
            }

            if (missing > 0)
            {
                MissingArguments(func, locals, 0, m, missing, "positional");
                return false;
            }

            for (int i = n > m ? n - m : 0; i < defcount; i++)
            {
                locals[m + i] ??= defaults!.Items[i];
            }
        }

        if (co.KwOnlyArgCount > 0)
        {
            int missing = 0;
            var names = func.Code.LocalsPlusNames;
            for (int i = argcount; i < totalArgs; i++)
            {
                if (locals[i] is not null)
                {
                    continue;
                }

                if (func.KwDefaults is { } kwdefs)
                {
                    var def = kwdefs.GetItem(names[i]);
                    if (def is not null)
                    {
                        locals[i] = def;
                        continue;
                    }

                    if (PyErr.Occurred)
                    {
                        return false;
                    }
                }

                missing++;
            }

            if (missing > 0)
            {
                MissingArguments(func, locals, argcount, totalArgs, missing, "keyword-only");
                return false;
            }
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FindParameter(PyStr[] names, int start, int end, PyStr keyword)
    {
        for (int j = start; j < end; j++)
        {
            if (ReferenceEquals(names[j], keyword))
            {
                return j;
            }
        }

        for (int j = start; j < end; j++)
        {
            if (names[j].EqualsStr(keyword))
            {
                return j;
            }
        }

        return -1;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void TooManyPositional(PyFunction func, int given, PyObject[] locals)
    {
        var co = func.Code.Code;
        int kwonlyGiven = 0;
        for (int i = co.ArgCount; i < co.ArgCount + co.KwOnlyArgCount; i++)
        {
            if (locals[i] is not null)
            {
                kwonlyGiven++;
            }
        }

        int defcount = func.Defaults?.Count ?? 0;
        bool plural;
        string sig;
        if (defcount > 0)
        {
            plural = true;
            sig = $"from {co.ArgCount - defcount} to {co.ArgCount}";
        }
        else
        {
            plural = co.ArgCount != 1;
            sig = co.ArgCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        string kwonlySig = kwonlyGiven > 0
            ? $" positional argument{(given != 1 ? "s" : "")} (and {kwonlyGiven} keyword-only argument{(kwonlyGiven != 1 ? "s" : "")})"
            : "";
        string verb = given == 1 && kwonlyGiven == 0 ? "was" : "were";
        PyErr.TypeError($"{func.QualNameText}() takes {sig} positional argument{(plural ? "s" : "")} but {given}{kwonlySig} {verb} given");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void MissingArguments(PyFunction func, PyObject[] locals, int start, int end, int missing, string kind)
    {
        var names = func.Code.Code.LocalsPlusNames;
        var list = new List<string>();
        for (int i = start; i < end; i++)
        {
            if (locals[i] is null)
            {
                list.Add("'" + names[i] + "'");
            }
        }

        var sb = new StringBuilder();
        for (int i = 0; i < list.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(list.Count == 2 ? " and " : i == list.Count - 1 ? ", and " : ", ");
            }

            sb.Append(list[i]);
        }

        PyErr.TypeError($"{func.QualNameText}() missing {missing} required {kind} argument{(missing == 1 ? "" : "s")}: {sb}");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool PositionalOnlyPassedAsKeyword(PyFunction func, PyTuple kwnames)
    {
        var co = func.Code.Code;
        var names = func.Code.LocalsPlusNames;
        var found = new List<string>();
        for (int k = 0; k < co.PosOnlyArgCount; k++)
        {
            foreach (var kw in kwnames.Items)
            {
                if (kw is PyStr s && names[k].EqualsStr(s))
                {
                    found.Add(names[k].Value);
                    break;
                }
            }
        }

        if (found.Count == 0)
        {
            return false;
        }

        PyErr.TypeError($"{func.QualNameText}() got some positional-only arguments passed as keyword arguments: '{string.Join(", ", found)}'");
        return true;
    }
}
