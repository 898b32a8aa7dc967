using Ember.Runtime.Modules.Builtins;
using Ember.Runtime.Modules.Sys;
using Ember.Runtime.Objects;
using Ember.Runtime.Threading;

namespace Ember.Runtime.Modules;

/// <summary>
/// The modules built into the runtime, by name (CPython's inittab,
/// Modules/config.c): each entry creates the module for one interpreter.
/// The import system asks here first for <c>import NAME</c>, then the
/// interpreter's <see cref="ModuleTable"/> (the C-level modules a host adds,
/// such as Ember.Modules' math and itertools); a builtin module is created
/// once per interpreter and then found in sys.modules.
/// </summary>
public static class ModuleRegistry
{
    private static readonly Dictionary<string, Func<PyInterpreterState, PyModule>> s_modules = new()
    {
        ["builtins"] = static interp =>
        {
            BuiltinsModule.Init(interp);
            return (PyModule)interp.Modules.GetItemStr("builtins")!;
        },
        ["gc"] = Gc.GcModule.Create,
        ["_weakref"] = Weakref.WeakrefModule.Create,
        ["_abc"] = Abc.AbcModule.Create,
        ["_io"] = Io.IoModule.Create,
        ["_warnings"] = Warnings.WarningsModule.Create,
        ["_imp"] = Imp.ImpModule.Create,
        ["marshal"] = MarshalFormat.MarshalModule.Create,
        ["atexit"] = Atexit.AtexitModule.Create,
        ["_thread"] = Thread.ThreadModule.Create,
        ["posix"] = Posix.PosixModule.Create,
        ["_posixsubprocess"] = PosixSubprocess.PosixSubprocessModule.Create,
        ["select"] = IoSelect.SelectModule.Create,
        ["pwd"] = Pwd.PwdModule.Create,
        ["grp"] = Grp.GrpModule.Create,
        ["errno"] = Errno.ErrnoModule.Create,
        ["_codecs"] = Codecs.CodecsModule.Create,
        ["_ast"] = AstNodes.AstModule.Create,
        ["_signal"] = Signal.SignalModule.Create,
        ["sys"] = static interp =>
        {
            SysModule.Init(interp);
            return SysModule.Get(interp)!;
        },
    };

    /// <summary>Whether <paramref name="name"/> is a builtin module of the runtime itself.</summary>
    public static bool IsBuiltin(string name) => s_modules.ContainsKey(name);

    /// <summary>Whether <paramref name="name"/> is a builtin module of <paramref name="interp"/>: the runtime's or one of its host's table.</summary>
    public static bool IsBuiltin(PyInterpreterState interp, string name) =>
        s_modules.ContainsKey(name) || interp.ExtensionModules.Contains(name);

    /// <summary>The names of the runtime's own builtin modules, sorted.</summary>
    public static IEnumerable<string> Names => s_modules.Keys.Order(StringComparer.Ordinal);

    /// <summary>The names of every builtin module of <paramref name="interp"/>, sorted (sys.builtin_module_names).</summary>
    public static string[] NamesFor(PyInterpreterState interp)
    {
        var names = new SortedSet<string>(s_modules.Keys, StringComparer.Ordinal);
        names.UnionWith(interp.ExtensionModules.Names);
        return [.. names];
    }

    /// <summary>
    /// The builtin module <paramref name="name"/> for <paramref name="interp"/>:
    /// the one in sys.modules if there is one, else a new one (added to
    /// sys.modules). Null when no builtin module has that name.
    /// </summary>
    public static PyModule? Load(PyInterpreterState interp, string name)
    {
        if (!s_modules.TryGetValue(name, out var create) && !interp.ExtensionModules.TryGet(name, out create))
        {
            return null;
        }

        if (interp.Modules.GetItemStr(name) is PyModule existing)
        {
            return existing;
        }

        var module = create(interp);
        PyBuiltinFunction.BindTo(module);
        MarkTopLevel(module);
        if (interp.Modules.GetItemStr(name) is null)
        {
            interp.Modules.SetItemStr(name, module);
        }

        return module;
    }

    /// <summary>
    /// A new module object for the builtin module <paramref name="name"/>
    /// (_imp.create_builtin), not added to sys.modules: importlib's loader does
    /// that. Null when no builtin module has that name.
    /// </summary>
    public static PyModule? Create(PyInterpreterState interp, string name)
    {
        if (!s_modules.TryGetValue(name, out var create) && !interp.ExtensionModules.TryGet(name, out create))
        {
            return null;
        }

        var module = create(interp);
        PyBuiltinFunction.BindTo(module);
        return module;
    }

    /// <summary>Sets up what every interpreter has before running code: builtins and sys.</summary>
    public static void InitCore(PyInterpreterState interp)
    {
        SysModule.Init(interp);
        BuiltinsModule.Init(interp);
        BindCoreFunctions(interp);
    }

    /// <summary>Once sys and builtins are filled: their functions report their module as __self__.</summary>
    public static void BindCoreFunctions(PyInterpreterState interp)
    {
        foreach (var name in (ReadOnlySpan<string>)["sys", "builtins"])
        {
            if (interp.Modules.GetItemStr(name) is PyModule module)
            {
                PyBuiltinFunction.BindTo(module);
                MarkTopLevel(module);
            }
        }
    }

    /// <summary>
    /// What importlib's _init_module_attrs gives a top-level builtin module:
    /// __package__ is its spec's parent, the empty string.
    /// </summary>
    private static void MarkTopLevel(PyModule module)
    {
        if (module.Dict.GetItemStr("__package__") is null or PyNone)
        {
            module.Dict.SetItemStr("__package__", PyStr.Empty);
        }
    }
}
