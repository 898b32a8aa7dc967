using Ember.Runtime.Errors;
using Ember.Runtime.Interpreter;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.Warnings;

/// <summary>
/// The <c>_warnings</c> module (Python/_warnings.c): the filters, the
/// registries and <c>warn</c>/<c>warn_explicit</c> that the stdlib's
/// warnings.py re-exports, and the C-level API the runtime warns through
/// (<see cref="PyErr.Warn"/>). As in CPython, when a <c>warnings</c> module is
/// in sys.modules its <c>filters</c>, <c>defaultaction</c>,
/// <c>onceregistry</c> and <c>_showwarnmsg</c> take over from the state kept
/// here; otherwise a warning is printed by the C fallback
/// (<see cref="ShowWarning"/>).
/// </summary>
public static partial class WarningsModule
{
    private const string Doc = "_warnings provides basic warning filtering support.\n"
        + "It is a helper module to speed up interpreter start-up.";

    private static readonly ArgSpec s_warnSpec = new("warn", ["message", "category", "stacklevel", "source"], required: 1);

    private static readonly ArgSpec s_warnExplicitSpec = new("warn_explicit",
        ["message", "category", "filename", "lineno", "module", "registry", "module_globals", "source"], required: 4);

    private static readonly PyStr s_version = new("version");
    private static readonly PyStr s_warningRegistry = new("__warningregistry__");
    private static readonly PyStr s_name = new("__name__");
    private static readonly PyStr s_loader = new("__loader__");
    private static readonly PyStr s_getSource = new("get_source");
    private static readonly PyStr s_match = new("match");
    private static readonly PyStr s_filters = new("filters");
    private static readonly PyStr s_defaultaction = new("defaultaction");
    private static readonly PyStr s_onceregistry = new("onceregistry");
    private static readonly PyStr s_showwarnmsg = new("_showwarnmsg");
    private static readonly PyStr s_warningMessage = new("WarningMessage");

    /// <summary>WarningsState: the interpreter's filters, once-registry, default action and the filters' version.</summary>
    internal sealed class WarningsState
    {
        public PyObject Filters = InitFilters();
        public PyObject OnceRegistry = new PyDict();
        public PyObject DefaultAction = new PyStr("default");
        public long FiltersVersion;
    }

    internal static WarningsState StateOf(PyInterpreterState interp) => interp.GetState(static _ => new WarningsState());

    public static PyModule Create(PyInterpreterState interp)
    {
        var state = StateOf(interp);
        var module = new PyModule("_warnings") { Origin = "built-in" };
        var d = module.Dict;
        d.SetItemStr("__doc__", new PyStr(Doc));
        d.SetItemStr("filters", state.Filters);
        d.SetItemStr("_defaultaction", state.DefaultAction);
        d.SetItemStr("_onceregistry", state.OnceRegistry);
        Add(d, "warn", Warn);
        Add(d, "warn_explicit", WarnExplicitFunction);
        Add(d, "_filters_mutated", static (args, kw) =>
        {
            if (!Args.NoArgs("_filters_mutated", args, kw))
            {
                return null;
            }

            StateOf(PyThreadState.Current.Interpreter).FiltersVersion++;
            return PyNone.Instance;
        });
        return module;
    }

    /// <summary>init_filters: what release builds of CPython 3.11 start with, in its order.</summary>
    private static PyList InitFilters()
    {
        var main = new PyStr("__main__");
        var list = new PyList();
        list.Append(Filter("default", PyExc.DeprecationWarning, main));
        list.Append(Filter("ignore", PyExc.DeprecationWarning, PyNone.Instance));
        list.Append(Filter("ignore", PyExc.PendingDeprecationWarning, PyNone.Instance));
        list.Append(Filter("ignore", PyExc.ImportWarning, PyNone.Instance));
        list.Append(Filter("ignore", PyExc.ResourceWarning, PyNone.Instance));
        return list;
    }

    internal static PyTuple Filter(string action, PyType category, PyObject module) =>
        PyTuple.Create([new PyStr(action), PyNone.Instance, category, module, PyInt.Zero]);

    private static PyObject? Warn(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> slots = [null, null, null, null];
        if (!s_warnSpec.Parse(args, kwnames, slots))
        {
            return null;
        }

        long stacklevel = 1;
        if (slots[2] is { } level && !AsSsize(level, out stacklevel))
        {
            return null;
        }

        var message = slots[0]!;
        var category = GetCategory(message, slots[1]);
        if (category is null)
        {
            return null;
        }

        // The clinic default None counts as no source: only a real object makes it try warnings.py.
        var source = slots[3] is PyNone ? null : slots[3];
        return DoWarn(PyThreadState.Current, message, category, stacklevel, source) ? PyNone.Instance : null;
    }

    private static PyObject? WarnExplicitFunction(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> slots = [null, null, null, null, null, null, null, null];
        if (!s_warnExplicitSpec.Parse(args, kwnames, slots))
        {
            return null;
        }

        if (slots[2] is not PyStr filename)
        {
            return PyErr.TypeError($"warn_explicit() argument 3 must be str, not {slots[2]!.Type.TpName}");
        }

        if (!AsCInt(slots[3]!, out int lineno))
        {
            return null;
        }

        var ts = PyThreadState.Current;
        PyObject? sourceLine = null;
        if (slots[6] is { } moduleGlobals and not PyNone)
        {
            if (moduleGlobals is not PyDict globals)
            {
                return PyErr.TypeError($"module_globals must be a dict, not '{moduleGlobals.Type.TpName}'");
            }

            sourceLine = GetSourceLine(globals, lineno);
            if (sourceLine is null && PyErr.Occurred)
            {
                return null;
            }
        }

        return WarnExplicit(ts, slots[1]!, slots[0]!, filename, lineno, slots[4], slots[5], sourceLine, slots[7])
            ? PyNone.Instance
            : null;
    }

    /// <summary>get_category: the message's own class when it is a Warning, else the category (UserWarning when None), which must subclass Warning.</summary>
    private static PyObject? GetCategory(PyObject message, PyObject? category)
    {
        int rc = PyTypeCheck.IsInstance(message, PyExc.Warning);
        if (rc < 0)
        {
            return null;
        }

        if (rc == 1)
        {
            category = message.Type;
        }
        else if (category is null or PyNone)
        {
            category = PyExc.UserWarning;
        }

        rc = PyTypeCheck.IsSubclass(category, PyExc.Warning);
        if (rc <= 0)
        {
            PyErr.Clear();
            PyErr.TypeError($"category must be a Warning subclass, not '{category.Type.TpName}'");
            return null;
        }

        return category;
    }

    /// <summary>do_warn: finds the frame <paramref name="stackLevel"/> levels up and warns from there; false with the exception pending.</summary>
    internal static bool DoWarn(PyThreadState ts, PyObject message, PyObject category, long stackLevel, PyObject? source)
    {
        if (!SetupContext(ts, stackLevel, out var filename, out int lineno, out var module, out var registry))
        {
            return false;
        }

        return WarnExplicit(ts, category, message, filename, lineno, module, registry, null, source);
    }

    /// <summary>
    /// setup_context: the file, line, module name and registry of the frame
    /// <paramref name="stackLevel"/> levels up (importlib's bootstrap frames
    /// skipped when counting); past the outermost frame, sys's globals at "sys":1.
    /// </summary>
    private static bool SetupContext(PyThreadState ts, long stackLevel, out PyStr filename, out int lineno, out PyObject module, out PyDict registry)
    {
        var f = ts.CurrentFrame as Frame;
        if (stackLevel <= 0 || IsInternalFrame(f))
        {
            while (--stackLevel > 0 && f is not null)
            {
                f = f.Back;
            }
        }
        else
        {
            while (--stackLevel > 0 && f is not null)
            {
                do
                {
                    f = f.Back;
                }
                while (f is not null && IsInternalFrame(f));
            }
        }

        PyDict globals;
        if (f is null)
        {
            globals = Sys.SysModule.Get(ts.Interpreter)?.Dict ?? new PyDict();
            filename = new PyStr("sys");
            lineno = 1;
        }
        else
        {
            globals = f.Globals;
            filename = new PyStr(f.CodeObject.Filename);
            lineno = f.LineNo;
        }

        var found = globals.GetItemStr(s_warningRegistry);
        if (found is PyDict existing)
        {
            registry = existing;
        }
        else if (found is null)
        {
            registry = new PyDict();
            globals.SetItemStr(s_warningRegistry, registry);
        }
        else
        {
            // A non-dict registry: warn_explicit rejects it.
            registry = null!;
            module = PyNone.Instance;
            PyErr.TypeError("'registry' must be a dict or None");
            return false;
        }

        var name = globals.GetItemStr(s_name);
        module = name is PyNone or PyStr ? name : new PyStr("<string>");
        return true;
    }

    /// <summary>is_internal_frame: code from importlib's _bootstrap files.</summary>
    private static bool IsInternalFrame(Frame? f)
    {
        if (f is null)
        {
            return false;
        }

        string file = f.CodeObject.Filename;
        return file.Contains("importlib", StringComparison.Ordinal) && file.Contains("_bootstrap", StringComparison.Ordinal);
    }

    /// <summary>
    /// warn_explicit: checks the registry, finds the action for the warning
    /// and carries it out. False with the exception pending when the warning
    /// became an exception ("error") or something failed.
    /// </summary>
    internal static bool WarnExplicit(PyThreadState ts, PyObject category, PyObject message, PyStr filename, int lineno,
        PyObject? module, PyObject? registry, PyObject? sourceLine, PyObject? source)
    {
        // A warning emitted late in shutdown, when modules are gone: ignored.
        if (module is PyNone)
        {
            return true;
        }

        if (registry is PyNone)
        {
            registry = null;
        }

        if (registry is not null and not PyDict)
        {
            PyErr.TypeError("'registry' must be a dict or None");
            return false;
        }

        var reg = (PyDict?)registry;
        module ??= NormalizeModule(filename);

        PyObject text;
        int rc = PyTypeCheck.IsInstance(message, PyExc.Warning);
        if (rc < 0)
        {
            return false;
        }

        if (rc == 1)
        {
            var str = PyOps.Str(message);
            if (str is null)
            {
                return false;
            }

            text = str;
            category = message.Type;
        }
        else
        {
            text = message;
            var created = PyCall.Call(category, message);
            if (created is null)
            {
                return false;
            }

            message = created;
        }

        var interp = ts.Interpreter;
        var linenoObj = PyInt.From(lineno);
        var key = PyTuple.Create([text, category, linenoObj]);
        if (reg is not null)
        {
            rc = AlreadyWarned(interp, reg, key, false);
            if (rc != 0)
            {
                return rc > 0;
            }
        }

        var action = GetFilter(interp, category, text, lineno, module, out var item);
        if (action is null)
        {
            return false;
        }

        string actionName = ((PyStr)action).Value;
        if (actionName == "error")
        {
            PyErr.SetObject(category as PyType ?? PyExc.Warning, message);
            return false;
        }

        if (actionName == "ignore")
        {
            return true;
        }

        rc = 0;
        if (actionName != "always")
        {
            if (reg is not null && !reg.SetItem(key, PyBool.True))
            {
                return false;
            }

            if (actionName == "once")
            {
                var onceRegistry = reg;
                if (onceRegistry is null)
                {
                    var once = GetOnceRegistry(interp);
                    if (once is null)
                    {
                        return false;
                    }

                    onceRegistry = once;
                }

                rc = UpdateRegistry(interp, onceRegistry, text, category);
            }
            else if (actionName == "module")
            {
                if (reg is not null)
                {
                    rc = UpdateRegistry(interp, reg, text, category);
                }
            }
            else if (actionName != "default")
            {
                var actionRepr = PyOps.Repr(action);
                var itemRepr = actionRepr is null ? null : PyOps.Repr(item);
                if (itemRepr is null)
                {
                    return false;
                }

                PyErr.RuntimeError($"Unrecognized action ({((PyStr)actionRepr!).Value}) in warnings.filters:\n {((PyStr)itemRepr).Value}");
                return false;
            }
        }

        if (rc == 1)
        {
            return true;
        }

        if (rc < 0)
        {
            return false;
        }

        return CallShowWarning(ts, category, text, message, filename, lineno, linenoObj, sourceLine, source);
    }

    /// <summary>normalize_module: the filename without ".py"; "&lt;unknown&gt;" for an empty one.</summary>
    private static PyStr NormalizeModule(PyStr filename)
    {
        string s = filename.Value;
        if (s.Length == 0)
        {
            return new PyStr("<unknown>");
        }

        return s.EndsWith(".py", StringComparison.Ordinal) ? new PyStr(s[..^3]) : filename;
    }

    /// <summary>
    /// already_warned: 1 when the registry has the key set true; a registry
    /// made under other filters (its "version" differs) is cleared first.
    /// With <paramref name="shouldSet"/> the key is recorded.
    /// </summary>
    private static int AlreadyWarned(PyInterpreterState interp, PyDict registry, PyObject key, bool shouldSet)
    {
        long filtersVersion = StateOf(interp).FiltersVersion;
        var versionObj = registry.GetItemStr(s_version);
        if (versionObj is not PyInt v || !ReferenceEquals(v.Type, PyInt.TypeObject) || !v.IsSmall || v.Small != filtersVersion)
        {
            registry.Clear();
            registry.SetItemStr(s_version, PyInt.From(filtersVersion));
        }
        else
        {
            var warned = registry.GetItem(key);
            if (warned is not null)
            {
                int rc = PyOps.IsTrue(warned);
                if (rc != 0)
                {
                    return rc;
                }
            }
            else if (PyErr.Occurred)
            {
                return -1;
            }
        }

        if (shouldSet)
        {
            return registry.SetItem(key, PyBool.True) ? 0 : -1;
        }

        return 0;
    }

    // update_registry: records (text, category) in the registry.
    private static int UpdateRegistry(PyInterpreterState interp, PyDict registry, PyObject text, PyObject category) =>
        AlreadyWarned(interp, registry, PyTuple.Create(text, category), true);

    /// <summary>
    /// get_filter: the action of the first filter that matches (message
    /// regex or exact text, category subclass, module, line; 0 matches any
    /// line), else the default action. <paramref name="item"/> is the filter, or None.
    /// </summary>
    private static PyObject? GetFilter(PyInterpreterState interp, PyObject category, PyObject text, int lineno, PyObject module, out PyObject item)
    {
        item = PyNone.Instance;
        var state = StateOf(interp);
        var fromPython = GetWarningsAttr(interp, s_filters, false);
        if (fromPython is null)
        {
            if (PyErr.Occurred)
            {
                return null;
            }
        }
        else
        {
            state.Filters = fromPython;
        }

        if (state.Filters is not PyList filters)
        {
            return PyErr.ValueError("_warnings.filters must be a list");
        }

        for (int i = 0; i < filters.Count; i++)
        {
            var tmp = filters.AsSpan()[i];
            if (tmp is not PyTuple { Count: 5 } filter)
            {
                return PyErr.ValueError($"_warnings.filters item {i} isn't a 5-tuple");
            }

            var items = filter.Items;
            var action = items[0];
            if (action is not PyStr)
            {
                return PyErr.TypeError($"action must be a string, not '{action.Type.TpName}'");
            }

            int goodMsg = CheckMatched(items[1], text);
            if (goodMsg < 0)
            {
                return null;
            }

            int goodMod = CheckMatched(items[3], module);
            if (goodMod < 0)
            {
                return null;
            }

            int isSubclass = PyTypeCheck.IsSubclass(category, items[2]);
            if (isSubclass < 0)
            {
                return null;
            }

            if (items[4] is not PyInt lnObj)
            {
                return PyErr.TypeError("an integer is required");
            }

            if (!lnObj.IsSmall)
            {
                return PyErr.OverflowError("Python int too large to convert to C ssize_t");
            }

            long ln = lnObj.Small;
            if (goodMsg == 1 && isSubclass == 1 && goodMod == 1 && (ln == 0 || lineno == ln))
            {
                item = filter;
                return action;
            }
        }

        var defaultAction = GetDefaultAction(interp);
        return defaultAction;
    }

    /// <summary>check_matched: None matches all, an exact str must equal, anything else is asked match().</summary>
    private static int CheckMatched(PyObject obj, PyObject arg)
    {
        if (obj is PyNone)
        {
            return 1;
        }

        if (obj is PyStr s && ReferenceEquals(obj.Type, PyStr.TypeObject))
        {
            if (arg is not PyStr a)
            {
                PyErr.TypeError($"Can't compare str and {arg.Type.TpName}");
                return -1;
            }

            return string.CompareOrdinal(s.Value, a.Value) == 0 ? 1 : 0;
        }

        var result = PyCall.CallMethod(obj, s_match, [arg]);
        return result is null ? -1 : PyOps.IsTrue(result);
    }

    private static PyObject? GetDefaultAction(PyInterpreterState interp)
    {
        var state = StateOf(interp);
        var action = GetWarningsAttr(interp, s_defaultaction, false);
        if (action is null)
        {
            return PyErr.Occurred ? null : state.DefaultAction;
        }

        if (action is not PyStr)
        {
            return PyErr.TypeError($"_warnings.defaultaction must be a string, not '{action.Type.TpName}'");
        }

        state.DefaultAction = action;
        return action;
    }

    private static PyDict? GetOnceRegistry(PyInterpreterState interp)
    {
        var state = StateOf(interp);
        var registry = GetWarningsAttr(interp, s_onceregistry, false);
        if (registry is null)
        {
            if (PyErr.Occurred)
            {
                return null;
            }

            registry = state.OnceRegistry;
        }
        else if (registry is not PyDict)
        {
            PyErr.TypeError($"_warnings.onceregistry must be a dict, not '{registry.Type.TpName}'");
            return null;
        }

        state.OnceRegistry = registry;
        return registry as PyDict;
    }

    /// <summary>
    /// get_warnings_attr: an attribute of the Python warnings module when it
    /// is in sys.modules (imported first when <paramref name="tryImport"/>);
    /// null without an exception when there is no such module or attribute.
    /// </summary>
    private static PyObject? GetWarningsAttr(PyInterpreterState interp, PyStr name, bool tryImport)
    {
        PyObject? warnings;
        if (tryImport)
        {
            warnings = ImportWarnings(interp);
            if (warnings is null)
            {
                if (PyErr.ExceptionMatches(PyExc.ImportError))
                {
                    PyErr.Clear();
                }

                return null;
            }
        }
        else
        {
            warnings = interp.Modules.GetItemStr("warnings");
            if (warnings is null)
            {
                return null;
            }
        }

        return PyOps.GetAttrOrNull(warnings, name);
    }

    // PyImport_Import("warnings"): through builtins.__import__, then sys.modules.
    private static PyObject? ImportWarnings(PyInterpreterState interp)
    {
        var import = interp.Builtins.GetItemStr("__import__");
        if (import is null)
        {
            return PyErr.SetString(PyExc.ImportError, "__import__ not found");
        }

        if (PyCall.Call(import, new PyStr("warnings")) is null)
        {
            return null;
        }

        return interp.Modules.GetItemStr("warnings") ?? PyErr.SetString(PyExc.KeyError, "warnings");
    }

    /// <summary>
    /// get_source_line: line <paramref name="lineno"/> of what the module's
    /// <c>__loader__.get_source(__name__)</c> returns; null without an
    /// exception when there is no loader, no get_source or no source.
    /// </summary>
    private static PyObject? GetSourceLine(PyDict moduleGlobals, int lineno)
    {
        var loader = moduleGlobals.GetItemStr(s_loader);
        var moduleName = moduleGlobals.GetItemStr(s_name);
        if (loader is null || moduleName is null)
        {
            return null;
        }

        var getSource = PyOps.GetAttrOrNull(loader, s_getSource);
        if (getSource is null)
        {
            return null;
        }

        var source = PyCall.Call(getSource, moduleName);
        if (source is null or PyNone)
        {
            return null;
        }

        if (source is not PyStr)
        {
            return PyErr.TypeError($"must be str, not {source.Type.TpName}");
        }

        if (PyCall.CallMethod(source, "splitlines", []) is not PyList lines)
        {
            return null;
        }

        if (lineno - 1 < 0 || lineno - 1 >= lines.Count)
        {
            return PyErr.IndexError("list index out of range");
        }

        return lines.AsSpan()[lineno - 1];
    }

    /// <summary>A clinic Py_ssize_t argument: __index__, then the C range.</summary>
    private static bool AsSsize(PyObject o, out long value)
    {
        value = 0;
        var i = PyNumber.Index(o);
        if (i is null)
        {
            return false;
        }

        if (!i.IsSmall)
        {
            PyErr.OverflowError("Python int too large to convert to C ssize_t");
            return false;
        }

        value = i.Small;
        return true;
    }

    /// <summary>getargs' "i": __index__, then the range of a C int.</summary>
    private static bool AsCInt(PyObject o, out int value)
    {
        value = 0;
        var i = PyNumber.Index(o);
        if (i is null)
        {
            return false;
        }

        if (i.Sign > 0 && (!i.IsSmall || i.Small > int.MaxValue))
        {
            PyErr.OverflowError("signed integer is greater than maximum");
            return false;
        }

        if (!i.IsSmall || i.Small < int.MinValue)
        {
            PyErr.OverflowError("signed integer is less than minimum");
            return false;
        }

        value = (int)i.Small;
        return true;
    }

    private static void Add(PyDict d, string name, FunctionImpl impl) =>
        d.SetItemStr(name, new PyBuiltinFunction(name, impl, "_warnings"));
}
