using Ember.Runtime.Codecs;
using Ember.Runtime.Errors;
using Ember.Runtime.Hashing;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.Imp;

/// <summary>
/// The <c>_imp</c> module (Python/import.c): what importlib._bootstrap asks
/// the runtime for. Builtin modules come from <see cref="ModuleRegistry"/> and
/// the host's <see cref="ModuleTable"/>; Ember has no frozen modules (the
/// bootstrap is compiled from the stdlib's source) and loads no C extensions,
/// so the frozen queries answer "not frozen" and extension_suffixes() is empty.
/// </summary>
public static class ImpModule
{
    private const string Doc = "(Extremely) low-level import machinery bits as used by importlib.";

    private static readonly ArgSpec s_sourceHashSpec = new("source_hash", ["key", "source"], required: 2);
    private static readonly ArgSpec s_findFrozenSpec = new("find_frozen", ["name", "withdata"], posOnly: 1, maxPositional: 1, required: 1);

    public static PyModule Create(PyInterpreterState interp)
    {
        var module = new PyModule("_imp") { Origin = "built-in" };
        var d = module.Dict;
        d.SetItemStr("__doc__", new PyStr(Doc));
        Add(d, "lock_held", static (args, kw) =>
            Args.NoArgs("_imp.lock_held", args, kw) ? PyBool.From(ImportLock.Of(PyThreadState.Current.Interpreter).IsHeld) : null);
        Add(d, "acquire_lock", static (args, kw) =>
        {
            if (!Args.NoArgs("_imp.acquire_lock", args, kw))
            {
                return null;
            }

            ImportLock.Of(PyThreadState.Current.Interpreter).Acquire();
            return PyNone.Instance;
        });
        Add(d, "release_lock", static (args, kw) =>
        {
            if (!Args.NoArgs("_imp.release_lock", args, kw))
            {
                return null;
            }

            if (!ImportLock.Of(PyThreadState.Current.Interpreter).Release())
            {
                return PyErr.RuntimeError("not holding the import lock");
            }

            return PyNone.Instance;
        });
        Add(d, "is_builtin", IsBuiltin);
        Add(d, "create_builtin", CreateBuiltin);
        Add(d, "exec_builtin", static (args, kw) => Args.ExactlyOne("_imp.exec_builtin", args, kw) ? PyInt.Zero : null);
        Add(d, "is_frozen", static (args, kw) =>
            Args.ExactlyOne("_imp.is_frozen", args, kw) && StrArg("is_frozen", args[0]) ? PyBool.False : null);
        Add(d, "find_frozen", FindFrozen);
        Add(d, "get_frozen_object", static (args, kw) => NoFrozen("get_frozen_object", args, kw, 1, 2));
        Add(d, "is_frozen_package", static (args, kw) => NoFrozen("is_frozen_package", args, kw, 1, 1));
        Add(d, "init_frozen", static (args, kw) =>
            Args.ExactlyOne("_imp.init_frozen", args, kw) && StrArg("init_frozen", args[0]) ? PyNone.Instance : null);
        Add(d, "_frozen_module_names", static (args, kw) => Args.NoArgs("_imp._frozen_module_names", args, kw) ? new PyList() : null);
        Add(d, "_override_frozen_modules_for_tests", static (args, kw) =>
            Args.ExactlyOne("_imp._override_frozen_modules_for_tests", args, kw) && PyLong.AsLong(args[0], out _) ? PyNone.Instance : null);
        Add(d, "extension_suffixes", static (args, kw) => Args.NoArgs("_imp.extension_suffixes", args, kw) ? new PyList() : null);
        Add(d, "create_dynamic", static (args, kw) =>
        {
            if (!Args.Positional("create_dynamic", args, kw, 1, 2))
            {
                return null;
            }

            var name = PyOps.GetAttr(args[0], new PyStr("name"));
            if (name is null)
            {
                return null;
            }

            return PyErr.SetString(PyExc.ImportError, $"Ember cannot load C extension modules ('{(name as PyStr)?.Value}')");
        });
        Add(d, "exec_dynamic", static (args, kw) => Args.ExactlyOne("_imp.exec_dynamic", args, kw) ? PyInt.Zero : null);
        Add(d, "source_hash", SourceHash);
        Add(d, "_fix_co_filename", FixCoFilename);
        d.SetItemStr("check_hash_based_pycs", new PyStr("default"));
        return module;
    }

    private static bool StrArg(string function, PyObject o)
    {
        if (o is PyStr)
        {
            return true;
        }

        PyErr.TypeError($"{function}() argument must be str, not {o.Type.TpName}");
        return false;
    }

    // is_builtin: 1 for a builtin module, -1 for sys and builtins (which cannot be initialized again), 0 otherwise.
    private static PyObject? IsBuiltin(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.ExactlyOne("_imp.is_builtin", args, kwnames) || !StrArg("is_builtin", args[0]))
        {
            return null;
        }

        string name = ((PyStr)args[0]).Value;
        if (name is "sys" or "builtins")
        {
            return PyInt.From(-1);
        }

        return PyInt.From(ModuleRegistry.IsBuiltin(PyThreadState.Current.Interpreter, name) ? 1 : 0);
    }

    private static readonly PyStr s_name = new("name");

    // create_builtin(spec): a new module object for spec.name; sys and builtins are the interpreter's own.
    private static PyObject? CreateBuiltin(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.ExactlyOne("_imp.create_builtin", args, kwnames))
        {
            return null;
        }

        var nameObj = PyOps.GetAttr(args[0], s_name);
        if (nameObj is null)
        {
            return null;
        }

        if (nameObj is not PyStr name)
        {
            // 3.11.2 finds no module of a name that is no str (and raises nothing).
            return PyNone.Instance;
        }

        var interp = PyThreadState.Current.Interpreter;
        if (name.Value is "sys" or "builtins")
        {
            return interp.Modules.GetItemStr(name.Value) ?? ModuleRegistry.Load(interp, name.Value) ?? (PyObject)PyNone.Instance;
        }

        return (PyObject?)ModuleRegistry.Create(interp, name.Value) ?? (PyErr.Occurred ? null : PyNone.Instance);
    }

    private static PyObject? FindFrozen(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> slots = [null, null];
        if (!s_findFrozenSpec.Parse(args, kwnames, slots))
        {
            return null;
        }

        if (slots[0] is not PyStr)
        {
            return PyErr.TypeError($"find_frozen() argument 1 must be str, not {slots[0]!.Type.TpName}");
        }

        if (slots[1] is { } withdata && PyOps.IsTrue(withdata) < 0)
        {
            return null;
        }

        return PyNone.Instance;
    }

    private static PyObject? NoFrozen(string function, ReadOnlySpan<PyObject> args, PyTuple? kwnames, int min, int max)
    {
        bool ok = max == 1 ? Args.ExactlyOne("_imp." + function, args, kwnames) : Args.Positional(function, args, kwnames, min, max);
        if (!ok || !StrArg(function, args[0]))
        {
            return null;
        }

        string name = ((PyStr)args[0]).Value;
        return Interpreter.InterpreterBuiltins.SetImportError(PyExc.ImportError, $"No such frozen object named '{name}'", name);
    }

    // source_hash(key, source): _Py_KeyedHash, SipHash-1-3 keyed with (key, 0), as 8 bytes in native order.
    private static PyObject? SourceHash(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> slots = [null, null];
        if (!s_sourceHashSpec.Parse(args, kwnames, slots) || !PyLong.AsLong(slots[0]!, out long key))
        {
            return null;
        }

        if (!BytesLike.TryGetBytes(slots[1]!, out var source))
        {
            return PyErr.TypeError($"a bytes-like object is required, not '{slots[1]!.Type.TpName}'");
        }

        ulong hash = PyHash.SipHash13(unchecked((ulong)key), 0, source);
        var bytes = new byte[8];
        BitConverter.TryWriteBytes(bytes, hash);
        return PyBytes.From(bytes);
    }

    // _fix_co_filename(code, path): sets co_filename of the code and of every code object in its constants.
    private static PyObject? FixCoFilename(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.Positional("_fix_co_filename", args, kwnames, 2, 2))
        {
            return null;
        }

        if (args[0] is not PyCode code)
        {
            return PyErr.TypeError($"_fix_co_filename() argument 1 must be code, not {args[0].Type.TpName}");
        }

        if (args[1] is not PyStr path)
        {
            return PyErr.TypeError($"_fix_co_filename() argument 2 must be str, not {args[1].Type.TpName}");
        }

        string old = code.Code.Filename;
        if (old != path.Value)
        {
            FixFilename(code.Code, old, path.Value);
        }

        return PyNone.Instance;
    }

    private static void FixFilename(Ember.Bytecode.CodeObject code, string old, string path)
    {
        if (code.Filename != old)
        {
            return;
        }

        code.Filename = path;
        foreach (var constant in code.Constants)
        {
            if (constant is Ember.Bytecode.CodeObject inner)
            {
                FixFilename(inner, old, path);
            }
        }
    }

    private static void Add(PyDict d, string name, FunctionImpl impl) =>
        d.SetItemStr(name, new PyBuiltinFunction(name, impl, "_imp"));
}
