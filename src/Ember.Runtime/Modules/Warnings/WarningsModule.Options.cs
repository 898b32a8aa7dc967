using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Modules.Builtins;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;

namespace Ember.Runtime.Modules.Warnings;

// sys.warnoptions at start-up: -W options, PYTHONWARNINGS, -b and -X dev become filters.
public static partial class WarningsModule
{
    /// <summary>
    /// The <c>sys.warnoptions</c> CPython builds (config_init_warnoptions),
    /// lowest priority first since each later filter goes in front: "default"
    /// for dev mode, PYTHONWARNINGS' comma-separated entries, the -W options,
    /// then the filter -b/-bb ask for.
    /// </summary>
    public static List<string> BuildWarnOptions(bool devMode, string? pythonWarnings, IEnumerable<string> commandLine, int bytesWarning)
    {
        var options = new List<string>();
        if (devMode)
        {
            options.Add("default");
        }

        if (!string.IsNullOrEmpty(pythonWarnings))
        {
            options.AddRange(pythonWarnings.Split(',', StringSplitOptions.RemoveEmptyEntries));
        }

        options.AddRange(commandLine);
        if (bytesWarning > 0)
        {
            options.Add(bytesWarning > 1 ? "error::BytesWarning" : "default::BytesWarning");
        }

        return options;
    }

    /// <summary>
    /// What start-up does with a non-empty sys.warnoptions (init_interp_main):
    /// <c>import warnings</c>, whose import applies them. While the stdlib's
    /// warnings.py cannot be imported, they are applied here as its
    /// <c>_processoptions</c> would, except that the message and module
    /// fields (regular expressions) are refused with a message saying so.
    /// </summary>
    public static void ApplyWarnOptions(PyThreadState ts)
    {
        var interp = ts.Interpreter;
        if (Sys.SysModule.GetObject(interp, "warnoptions") is not PyList { Count: > 0 } options)
        {
            return;
        }

        if (ImportWarnings(interp) is not null)
        {
            return;
        }

        if (!PyErr.ExceptionMatches(PyExc.ImportError))
        {
            var stderr = Sys.SysModule.GetObject(interp, "stderr");
            var error = PyErr.Fetch()!;
            if (stderr is not null and not PyNone)
            {
                BuiltinsModule.WriteToFile(stderr, "'import warnings' failed; traceback:\n" + Interpreter.TracebackPrinter.Format(error));
            }

            PyErr.Clear();
            return;
        }

        PyErr.Clear();
        foreach (var option in options.AsSpan().ToArray())
        {
            if (option is not PyStr arg)
            {
                continue;
            }

            string? problem = SetOption(ts, arg.Value);
            if (problem is null && PyErr.Occurred)
            {
                PyErr.Clear();
                continue;
            }

            if (problem is not null && Sys.SysModule.GetObject(interp, "stderr") is { } stderr and not PyNone)
            {
                BuiltinsModule.WriteToFile(stderr, "Invalid -W option ignored: " + problem + "\n");
                PyErr.Clear();
            }
        }
    }

    /// <summary>warnings._setoption: null when the filter was added, else the _OptionError's message.</summary>
    private static string? SetOption(PyThreadState ts, string arg)
    {
        var parts = arg.Split(':');
        if (parts.Length > 5)
        {
            return $"too many fields (max 5): {PyStrRepr(arg)}";
        }

        var fields = new string[5];
        for (int i = 0; i < 5; i++)
        {
            fields[i] = i < parts.Length ? StripPython(parts[i]) : "";
        }

        string? action = GetAction(fields[0]);
        if (action is null)
        {
            return $"invalid action: {PyStrRepr(fields[0])}";
        }

        var category = GetOptionCategory(ts, fields[2], out string? problem);
        if (category is null)
        {
            return problem;
        }

        if (fields[1].Length > 0 || fields[3].Length > 0)
        {
            return $"the message and module fields of {PyStrRepr(arg)} need the re module, which cannot be imported yet";
        }

        long lineno = 0;
        if (fields[4].Length > 0)
        {
            var parsed = PyCall.Call(PyInt.TypeObject, new PyStr(fields[4])) as PyInt;
            if (parsed is null || !parsed.IsSmall)
            {
                PyErr.Clear();
                return $"invalid lineno {PyStrRepr(fields[4])}";
            }

            if (parsed.Sign < 0)
            {
                // int() succeeded, so the message shows the number.
                return $"invalid lineno {parsed}";
            }

            lineno = parsed.Small;
        }

        // _add_filter: a duplicate moves to the front.
        var item = PyTuple.Create([new PyStr(action), PyNone.Instance, category, PyNone.Instance, PyInt.From(lineno)]);
        var state = StateOf(ts.Interpreter);
        if (state.Filters is PyList filters)
        {
            var span = filters.AsSpan();
            for (int i = 0; i < span.Length; i++)
            {
                int eq = PyOps.RichCompareBool(span[i], item, CompareOp.Eq);
                if (eq < 0)
                {
                    return null;
                }

                if (eq == 1)
                {
                    PyCall.CallMethod(filters, "pop", [PyInt.From(i)]);
                    break;
                }
            }

            PyCall.CallMethod(filters, "insert", [PyInt.Zero, item]);
        }

        state.FiltersVersion++;
        return null;
    }

    // _getaction: a prefix of an action's name; "all" is "always".
    private static string? GetAction(string action)
    {
        if (action.Length == 0)
        {
            return "default";
        }

        if (action == "all")
        {
            return "always";
        }

        foreach (var a in (ReadOnlySpan<string>)["default", "always", "ignore", "module", "once", "error"])
        {
            if (a.StartsWith(action, StringComparison.Ordinal))
            {
                return a;
            }
        }

        return null;
    }

    // _getcategory: a builtins name or "module.Class", which must be a Warning subclass.
    private static PyObject? GetOptionCategory(PyThreadState ts, string category, out string? problem)
    {
        problem = null;
        if (category.Length == 0)
        {
            return PyExc.Warning;
        }

        PyObject? holder;
        string klass;
        int dot = category.LastIndexOf('.');
        if (dot < 0)
        {
            holder = ts.Interpreter.Modules.GetItemStr("builtins");
            klass = category;
        }
        else
        {
            string module = category[..dot];
            klass = category[(dot + 1)..];
            var import = ts.Interpreter.Builtins.GetItemStr("__import__");
            holder = import is null ? null : PyCall.Call(import, [new PyStr(module), PyNone.Instance, PyNone.Instance, PyTuple.Create(new PyStr(klass))], null);
            if (holder is null)
            {
                if (PyErr.ExceptionMatches(PyExc.ImportError))
                {
                    PyErr.Clear();
                    problem = $"invalid module name: {PyStrRepr(module)}";
                }

                return null;
            }
        }

        var cat = holder is null ? null : PyOps.GetAttr(holder, klass);
        if (cat is null)
        {
            if (PyErr.ExceptionMatches(PyExc.AttributeError) || holder is null)
            {
                PyErr.Clear();
                problem = $"unknown warning category: {PyStrRepr(category)}";
            }

            return null;
        }

        int rc = PyTypeCheck.IsSubclass(cat, PyExc.Warning);
        if (rc < 0)
        {
            return null;
        }

        if (rc == 0)
        {
            problem = $"invalid warning category: {PyStrRepr(category)}";
            return null;
        }

        return cat;
    }

    private static string PyStrRepr(string s) => PyOps.ReprString(new PyStr(s)) ?? s;

    // str.strip() with no arguments: Python's whitespace.
    private static string StripPython(string s)
    {
        int start = 0, end = s.Length;
        while (start < end && Text.PyUnicodeData.IsSpace(s[start]))
        {
            start++;
        }

        while (end > start && Text.PyUnicodeData.IsSpace(s[end - 1]))
        {
            end--;
        }

        return s[start..end];
    }
}
