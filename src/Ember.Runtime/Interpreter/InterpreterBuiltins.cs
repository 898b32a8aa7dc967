using Ember.Bytecode;
using Ember.Compiler;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Runtime.Interpreter;

/// <summary>
/// The builtins that belong to the interpreter rather than to the object model:
/// __build_class__, __import__, exec, eval, globals, locals.
/// </summary>
public static class InterpreterBuiltins
{
    private static readonly PyStr s_metaclass = new("metaclass");
    private static readonly PyStr s_prepare = new("__prepare__");
    private static readonly PyStr s_mroEntries = new("__mro_entries__");
    private static readonly PyStr s_origBases = new("__orig_bases__");
    private static readonly PyStr s_name = new("__name__");
    private static readonly PyStr s_builtins = new("__builtins__");
    private static readonly ArgSpec s_execSpec = new("exec", ["source", "globals", "locals", "closure"], posOnly: 3, maxPositional: 3, required: 1);

    public static void AddTo(PyInterpreterState interp, PyDict builtins)
    {
        builtins.SetItemStr("__build_class__", new PyBuiltinFunction("__build_class__", BuildClass, "builtins"));
        builtins.SetItemStr("__import__", new PyBuiltinFunction("__import__", Import, "builtins"));
        builtins.SetItemStr("globals", new PyBuiltinFunction("globals", Globals, "builtins"));
        builtins.SetItemStr("locals", new PyBuiltinFunction("locals", Locals, "builtins"));
        builtins.SetItemStr("exec", new PyBuiltinFunction("exec", (args, kw) => ExecOrEval(args, kw, "exec"), "builtins"));
        builtins.SetItemStr("eval", new PyBuiltinFunction("eval", (args, kw) => ExecOrEval(args, kw, "eval"), "builtins"));
        builtins.SetItemStr("compile", new PyBuiltinFunction("compile", Compile, "builtins"));
    }

    private const int OnlyAst = 0x400;

    // The PyCF_* flags compile() accepts, with the CO_FUTURE_* bits.
    private const int KnownFlags = OnlyAst | 0x200 | 0x800 | 0x1000 | 0x2000 | 0x4000 | 0x1FE0000;

    /// <summary>compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1): a code object.</summary>
    private static PyObject? Compile(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var spec = new ArgSpec("compile", ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"], required: 3);
        Span<PyObject?> slots = new PyObject?[7];
        if (!spec.Parse(args, kwnames, slots))
        {
            return null;
        }

        // The arguments convert in order (the clinic's converters), then the checks of builtin_compile_impl.
        var filename = Protocols.PyFsPath.FsDecode(slots[1]!);
        if (filename is null)
        {
            return null;
        }

        if (slots[2] is not PyStr modeStr)
        {
            return PyErr.TypeError($"compile() argument 'mode' must be str, not {StrArgs.TypeNameForError(slots[2]!)}");
        }

        long flags = 0;
        if (slots[3] is { } flagsObj && !Protocols.PyNumber.AsSsize(flagsObj, out flags))
        {
            return null;
        }

        long dontInheritValue = 0;
        if (slots[4] is { } di && !Protocols.PyNumber.AsSsize(di, out dontInheritValue))
        {
            return null;
        }

        long optimize = -1;
        if (slots[5] is { } optObj && !Protocols.PyNumber.AsSsize(optObj, out optimize))
        {
            return null;
        }

        if ((flags & ~(long)KnownFlags) != 0)
        {
            return PyErr.ValueError("compile(): unrecognised flags");
        }

        if (optimize < -1 || optimize > 2)
        {
            return PyErr.ValueError("compile(): invalid optimize value");
        }

        switch (modeStr.Value)
        {
            case "exec" or "eval" or "single":
                break;
            case "func_type" when (flags & OnlyAst) == 0:
                return PyErr.ValueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
            case "func_type":
                break;
            default:
                return PyErr.ValueError((flags & OnlyAst) != 0
                    ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
                    : "compile() mode must be 'exec', 'eval' or 'single'");
        }

        var source = slots[0]!;
        int isAst = source is PyStr || Codecs.BytesLike.TryGetBytes(source, out _) ? 0 : Modules.AstNodes.AstObjects.IsAst(source);
        if (isAst < 0)
        {
            return null;
        }

        if (isAst == 0 && source is not PyStr && !Codecs.BytesLike.TryGetBytes(source, out _))
        {
            return PyErr.TypeError("compile() arg 1 must be a string, bytes or AST object");
        }

        Ember.Syntax.Ast.ModNode? tree = null;
        if (isAst > 0)
        {
            // An AST given with PyCF_ONLY_AST comes back unchanged.
            if ((flags & OnlyAst) != 0)
            {
                return source;
            }

            tree = Modules.AstNodes.AstObjects.FromPython(source, modeStr.Value);
            if (tree is null)
            {
                return null;
            }
        }
        else if ((flags & OnlyAst) != 0)
        {
            var parsed = ParseSourceArg(source, filename.Value, modeStr.Value);
            return parsed is null ? null : Modules.AstNodes.AstObjects.ToPython(parsed);
        }

        bool dontInherit = dontInheritValue != 0;
        var futures = (Ember.Bytecode.CodeFlags)(flags & 0x1FE0000);
        if (!dontInherit && CurrentFrame is { } caller)
        {
            futures |= caller.CodeObject.Flags & (Ember.Bytecode.CodeFlags)0x1FE0000;
        }

        var mode = modeStr.Value switch
        {
            "eval" => CompileMode.Eval,
            "single" => CompileMode.Single,
            _ => CompileMode.Exec,
        };
        var options = new CompileOptions
        {
            Optimize = optimize < 0 ? 0 : (int)optimize,
            FutureFlags = futures,
            DontInherit = dontInherit,
            RecursionLimit = PyThreadState.Current.Interpreter.RecursionLimit,
        };
        if (tree is not null)
        {
            return CompileTree(tree, filename.Value, mode, options);
        }

        return CompileSourceArg(source, filename.Value, mode, options, stripLeading: false);
    }

    private static PyCode? CompileTree(Ember.Syntax.Ast.ModNode tree, string filename, CompileMode mode, CompileOptions options)
    {
        try
        {
            return PyCode.For(PythonCompiler.Compile(tree, filename, mode, options));
        }
        catch (Ember.Syntax.Diagnostics.PythonSyntaxError error)
        {
            return (PyCode?)Hosting.SyntaxErrors.Raise(error);
        }
        catch (Ember.Syntax.Diagnostics.PythonParseFailure failure)
        {
            return (PyCode?)PyErr.SetString(failure.TypeName == "MemoryError" ? PyExc.MemoryError : PyExc.ValueError, failure.Message);
        }
    }

    /// <summary>The parser's tree of compile()'s source for PyCF_ONLY_AST; null with the error pending.</summary>
    private static Ember.Syntax.Ast.ModNode? ParseSourceArg(PyObject source, string filename, string mode)
    {
        var parseMode = mode switch
        {
            "eval" => Ember.Syntax.Parsing.ParseMode.Eval,
            "single" => Ember.Syntax.Parsing.ParseMode.Single,
            "func_type" => Ember.Syntax.Parsing.ParseMode.FuncType,
            _ => Ember.Syntax.Parsing.ParseMode.Exec,
        };
        try
        {
            if (source is not PyStr && Codecs.BytesLike.TryGetBytes(source, out var data))
            {
                if (data.Contains((byte)0))
                {
                    PyErr.ValueError("source code string cannot contain null bytes");
                    return null;
                }

                return Ember.Syntax.Parsing.Parser.ParseBytes(data, filename, parseMode);
            }

            var str = (PyStr)source;
            if (str.Value.Contains('\0', StringComparison.Ordinal))
            {
                PyErr.ValueError("source code string cannot contain null bytes");
                return null;
            }

            if (SurrogateRun(str) is var (start, end))
            {
                Codecs.CodecErrors.EncodeError("utf-8", str, start, end, "surrogates not allowed");
                return null;
            }

            return Ember.Syntax.Parsing.Parser.Parse(str.Value, filename, parseMode);
        }
        catch (Ember.Syntax.Diagnostics.PythonSyntaxError error)
        {
            Hosting.SyntaxErrors.Raise(error);
            return null;
        }
        catch (Ember.Syntax.Diagnostics.PythonParseFailure failure)
        {
            PyErr.SetString(failure.TypeName == "MemoryError" ? PyExc.MemoryError : PyExc.ValueError, failure.Message);
            return null;
        }
    }

    /// <summary>
    /// source_as_string and the parser for compile(), exec() and eval(): a str
    /// is parsed as text, bytes are decoded as CPython decodes source strings
    /// (BOM, coding declaration, invalid UTF-8 a SyntaxError where it is met).
    /// eval() drops leading spaces and tabs first. Null with the error pending.
    /// </summary>
    /// <summary>compile() of bytes at least this long uses the code cache (below it, a compile costs less than a cache file).</summary>
    private const int CachedSourceMinimum = 1024;

    private static PyCode? CompileSourceArg(PyObject source, string filename, CompileMode mode, CompileOptions options, bool stripLeading)
    {
        try
        {
            if (source is not PyStr && Codecs.BytesLike.TryGetBytes(source, out var data))
            {
                if (data.Contains((byte)0))
                {
                    return (PyCode?)PyErr.ValueError("source code string cannot contain null bytes");
                }

                if (stripLeading)
                {
                    data = data.TrimStart(" \t"u8);
                }

                // Source files read as bytes (importlib's loaders) go through the compiled-code cache; small strings do not.
                if (data.Length >= CachedSourceMinimum && PyThreadState.Current.Interpreter.CodeCache is { } cache)
                {
                    return PyCode.For(cache.CompileBytes(data, filename, mode, options));
                }

                return PyCode.For(PythonCompiler.CompileBytes(data, filename, mode, options));
            }

            var str = (PyStr)source;
            string text = str.Value;
            if (text.Contains('\0', StringComparison.Ordinal))
            {
                return (PyCode?)PyErr.ValueError("source code string cannot contain null bytes");
            }

            if (SurrogateRun(str) is var (start, end))
            {
                // The source must be encoded to UTF-8 first (PyUnicode_AsUTF8AndSize).
                return (PyCode?)Codecs.CodecErrors.EncodeError("utf-8", str, start, end, "surrogates not allowed");
            }

            if (stripLeading)
            {
                text = text.TrimStart(' ', '\t');
            }

            return PyCode.For(PythonCompiler.CompileSource(text, filename, mode, options));
        }
        catch (Ember.Syntax.Diagnostics.PythonSyntaxError error)
        {
            return (PyCode?)Hosting.SyntaxErrors.Raise(error);
        }
        catch (Ember.Syntax.Diagnostics.PythonParseFailure failure)
        {
            return (PyCode?)PyErr.SetString(failure.TypeName == "MemoryError" ? PyExc.MemoryError : PyExc.ValueError, failure.Message);
        }
    }

    // The first run of surrogate code points, which UTF-8 cannot encode.
    private static (int Start, int End)? SurrogateRun(PyStr s)
    {
        if (s.Value.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            return null;
        }

        var cps = s.GetCodePoints();
        for (int i = 0; i < cps.Length; i++)
        {
            if (cps[i] is >= 0xD800 and <= 0xDFFF)
            {
                int end = i + 1;
                while (end < cps.Length && cps[end] is >= 0xD800 and <= 0xDFFF)
                {
                    end++;
                }

                return (i, end);
            }
        }

        return null;
    }

    private static Frame? CurrentFrame => PyThreadState.Current.CurrentFrame as Frame;

    private static PyObject? Globals(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.NoArgs("globals", args, kwnames))
        {
            return null;
        }

        return (PyObject?)CurrentFrame?.Globals ?? PyNone.Instance;
    }

    private static PyObject? Locals(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.NoArgs("locals", args, kwnames))
        {
            return null;
        }

        var f = CurrentFrame;
        return f is null ? PyErr.SystemError("frame does not exist") : f.FrameObject.Locals();
    }

    /// <summary>
    /// __build_class__(func, name, *bases, metaclass=None, **kwds) (bltinmodule.c):
    /// resolves __mro_entries__, computes the metaclass, calls __prepare__,
    /// runs the body in the namespace and calls the metaclass.
    /// </summary>
    private static PyObject? BuildClass(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        if (npos < 2)
        {
            return PyErr.TypeError("__build_class__: not enough arguments");
        }

        if (args[0] is not PyFunction body)
        {
            return PyErr.TypeError("__build_class__: func must be a function");
        }

        if (args[1] is not PyStr name)
        {
            return PyErr.TypeError("__build_class__: name is not a string");
        }

        var origBases = PyTuple.Create(args[2..npos]);
        var bases = UpdateBases(origBases);
        if (bases is null)
        {
            return null;
        }

        PyObject? meta = null;
        var kwds = new PyDict();
        for (int i = 0; i < nkw; i++)
        {
            var key = (PyStr)kwnames!.Items[i];
            if (key.EqualsStr(s_metaclass))
            {
                meta = args[npos + i];
            }
            else
            {
                kwds.SetItemStr(key, args[npos + i]);
            }
        }

        bool isClass = meta is PyType;
        if (meta is null)
        {
            meta = bases.Count == 0 ? PyType.TypeType : bases.Items[0].Type;
            isClass = true;
        }

        if (isClass)
        {
            var winner = CalculateMetaclass((PyType)meta, bases);
            if (winner is null)
            {
                return null;
            }

            meta = winner;
        }

        PyObject? ns;
        var prepare = PyOps.GetAttrOrNull(meta, s_prepare);
        if (prepare is null)
        {
            if (PyErr.Occurred)
            {
                return null;
            }

            ns = new PyDict();
        }
        else
        {
            ns = PyCall.CallWithDict(prepare, [name, bases], kwds);
            if (ns is null)
            {
                return null;
            }
        }

        if (ns.Type.GetItem is null)
        {
            return PyErr.TypeError($"{(isClass ? ((PyType)meta).Name : "<metaclass>")}.__prepare__() must return a mapping, not {ns.Type.Name}");
        }

        var cell = FunctionCalls.RunWithLocals(PyThreadState.Current, body, ns);
        if (cell is null)
        {
            return null;
        }

        if (!ReferenceEquals(bases, origBases) && !PySequence.SetItem(ns, s_origBases, origBases))
        {
            return null;
        }

        var callArgs = new PyObject[] { name, bases, ns };
        var cls = PyCall.CallWithDict(meta, callArgs, kwds);
        if (cls is not null && cell is PyCell classCell)
        {
            if (!ReferenceEquals(classCell.Contents, cls))
            {
                if (classCell.Contents is null)
                {
                    PyErr.RuntimeError($"__class__ not set defining {Repr(name)} as {Repr(cls)}. Was __classcell__ propagated to type.__new__?");
                }
                else
                {
                    PyErr.TypeError($"__class__ set to {Repr(classCell.Contents)} defining {Repr(name)} as {Repr(cls)}");
                }

                return null;
            }
        }

        return cls;
    }

    private static string Repr(PyObject o) => (PyOps.Repr(o) as PyStr)?.Value ?? "?";

    /// <summary>update_bases: replaces each base that is not a class by what its __mro_entries__ returns (PEP 560).</summary>
    private static PyTuple? UpdateBases(PyTuple bases)
    {
        List<PyObject>? result = null;
        for (int i = 0; i < bases.Count; i++)
        {
            var b = bases.Items[i];
            if (b is PyType)
            {
                result?.Add(b);
                continue;
            }

            var meth = PyOps.GetAttrOrNull(b, s_mroEntries);
            if (meth is null)
            {
                if (PyErr.Occurred)
                {
                    return null;
                }

                result?.Add(b);
                continue;
            }

            var entries = PyCall.Call(meth, bases);
            if (entries is null)
            {
                return null;
            }

            if (entries is not PyTuple t)
            {
                PyErr.TypeError("__mro_entries__ must return a tuple");
                return null;
            }

            if (result is null)
            {
                result = new List<PyObject>();
                for (int j = 0; j < i; j++)
                {
                    result.Add(bases.Items[j]);
                }
            }

            result.AddRange(t.Items);
        }

        return result is null ? bases : new PyTuple(result.ToArray());
    }

    /// <summary>_PyType_CalculateMetaclass: the most derived metaclass, or TypeError "metaclass conflict".</summary>
    private static PyType? CalculateMetaclass(PyType meta, PyTuple bases)
    {
        var winner = meta;
        foreach (var b in bases.Items)
        {
            var t = b.Type;
            if (winner.IsSubtypeOf(t))
            {
                continue;
            }

            if (t.IsSubtypeOf(winner))
            {
                winner = t;
                continue;
            }

            PyErr.TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
            return null;
        }

        return winner;
    }

    /// <summary>__import__(name, globals=None, locals=None, fromlist=(), level=0): builtin___import__.</summary>
    private static readonly ArgSpec s_importSpec = new("__import__", ["name", "globals", "locals", "fromlist", "level"], required: 1);

    private static PyObject? Import(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> slots = new PyObject?[5];
        if (!s_importSpec.Parse(args, kwnames, slots))
        {
            return null;
        }

        long level = 0;
        if (slots[4] is { } levelObj && !Protocols.PyNumber.AsSsize(levelObj, out level))
        {
            return null;
        }

        if (slots[0] is not PyStr name)
        {
            return PyErr.TypeError("module name must be a string");
        }

        return Ember.Runtime.Import.PyImport.ImportModuleLevel(name, slots[1], slots[3], level);
    }

    /// <summary>
    /// __import__ before importlib is installed (or when it could not be):
    /// builtin modules only, with importlib's messages. <paramref name="name"/>
    /// is the absolute name, <paramref name="relativeName"/> the name as written.
    /// </summary>
    internal static PyObject? ImportBuiltinOnly(PyStr name, PyStr relativeName, PyObject? fromlist, long level)
    {
        var interp = PyThreadState.Current.Interpreter;
        var modules = interp.Modules;
        var module = modules.GetItemStr(name);
        if (module is PyNone)
        {
            // importlib's _find_and_load: a None entry stops the import.
            return SetImportError(PyExc.ModuleNotFoundError, $"import of {name.Value} halted; None in sys.modules", name.Value);
        }

        // A builtin module is made on its first import (the import system proper comes later).
        module ??= Modules.ModuleRegistry.Load(interp, name.Value);
        if (module is null)
        {
            // importlib imports the parents first: the first missing prefix is the one named;
            // a parent that exists is no package (no builtin module is one), which importlib
            // reports for the child under it.
            string full = name.Value;
            int end = full.IndexOf('.');
            if (end >= 0)
            {
                string parent = full[..end];
                if ((modules.GetItemStr(parent) ?? Modules.ModuleRegistry.Load(interp, parent)) is null)
                {
                    if (PyErr.Occurred)
                    {
                        return null;
                    }

                    return SetImportError(PyExc.ModuleNotFoundError, $"No module named '{parent}'", parent);
                }

                int next = full.IndexOf('.', end + 1);
                string child = next < 0 ? full : full[..next];
                return SetImportError(PyExc.ModuleNotFoundError, $"No module named '{child}'; '{parent}' is not a package", child);
            }

            return SetImportError(PyExc.ModuleNotFoundError, $"No module named '{full}'", full);
        }

        bool hasFromlist = fromlist is not null && !ReferenceEquals(fromlist, PyNone.Instance) && PyOps.IsTrue(fromlist) == 1;
        if (hasFromlist)
        {
            return module;
        }

        if (level == 0)
        {
            int dot = name.Value.IndexOf('.');
            return dot < 0 ? module : modules.GetItemStr(name.Value[..dot]) ?? module;
        }

        // A relative import without a fromlist returns the package its first component names.
        int firstDot = relativeName.Value.IndexOf('.');
        if (relativeName.Value.Length == 0 || firstDot < 0)
        {
            return module;
        }

        int cutOff = relativeName.Value.Length - firstDot;
        string toReturn = name.Value[..^cutOff];
        return modules.GetItemStr(toReturn)
            ?? PyErr.SetString(PyExc.KeyError, $"'{toReturn}' not in sys.modules as expected");
    }

    private static readonly PyStr s_package = new("__package__");
    private static readonly PyStr s_spec = new("__spec__");
    private static readonly PyStr s_parent = new("parent");
    private static readonly PyStr s_path = new("__path__");

    /// <summary>
    /// resolve_name (Python/import.c): the absolute name of a relative import
    /// from the importing module's __package__, __spec__.parent or __name__.
    /// Null with the error pending.
    /// </summary>
    internal static PyStr? ResolveName(PyStr name, PyObject? globals, long level)
    {
        if (globals is null)
        {
            PyErr.SetString(PyExc.KeyError, "'__name__' not in globals");
            return null;
        }

        if (globals is not PyDict g)
        {
            PyErr.TypeError("globals must be a dict");
            return null;
        }

        var package = g.GetItemStr(s_package);
        if (package is PyNone)
        {
            package = null;
        }

        var spec = g.GetItemStr(s_spec);
        string pkg;
        if (package is not null)
        {
            if (package is not PyStr p)
            {
                PyErr.TypeError("package must be a string");
                return null;
            }

            pkg = p.Value;
        }
        else if (spec is not null and not PyNone)
        {
            var parent = PyOps.GetAttr(spec, s_parent);
            if (parent is null)
            {
                return null;
            }

            if (parent is not PyStr p)
            {
                PyErr.TypeError("__spec__.parent must be a string");
                return null;
            }

            pkg = p.Value;
        }
        else
        {
            // CPython warns (ImportWarning) that it falls back on __name__ and __path__.
            var modName = g.GetItemStr(s_name);
            if (modName is null)
            {
                PyErr.SetString(PyExc.KeyError, "'__name__' not in globals");
                return null;
            }

            if (modName is not PyStr n)
            {
                PyErr.TypeError("__name__ must be a string");
                return null;
            }

            pkg = n.Value;
            if (g.GetItemStr(s_path) is null)
            {
                int dot = pkg.LastIndexOf('.');
                if (dot < 0)
                {
                    PyErr.SetString(PyExc.ImportError, "attempted relative import with no known parent package");
                    return null;
                }

                pkg = pkg[..dot];
            }
        }

        int lastDot = pkg.Length;
        if (lastDot == 0)
        {
            PyErr.SetString(PyExc.ImportError, "attempted relative import with no known parent package");
            return null;
        }

        for (long up = 1; up < level; up++)
        {
            lastDot = lastDot == 0 ? -1 : pkg.LastIndexOf('.', lastDot - 1);
            if (lastDot < 0)
            {
                PyErr.SetString(PyExc.ImportError, "attempted relative import beyond top-level package");
                return null;
            }
        }

        string baseName = pkg[..lastDot];
        return name.Value.Length == 0 ? new PyStr(baseName) : new PyStr(baseName + "." + name.Value);
    }

    private static PyObject? ExecOrEval(ReadOnlySpan<PyObject> args, PyTuple? kwnames, string mode)
    {
        // eval(source, globals=None, locals=None, /) checks its count as _PyArg_CheckPositional;
        // exec(source, globals=None, locals=None, /, *, closure=None) goes through the keyword parser.
        Span<PyObject?> slots = new PyObject?[4];
        if (mode == "eval")
        {
            if (!Args.Positional("eval", args, kwnames, 1, 3))
            {
                return null;
            }

            for (int i = 0; i < args.Length; i++)
            {
                slots[i] = args[i];
            }
        }
        else if (!s_execSpec.Parse(args, kwnames, slots))
        {
            return null;
        }

        var closure = slots[3] is null || ReferenceEquals(slots[3], PyNone.Instance) ? null : slots[3];

        var ts = PyThreadState.Current;
        var caller = ts.CurrentFrame as Frame;
        var globalsArg = slots[1] is null || ReferenceEquals(slots[1], PyNone.Instance) ? null : slots[1];
        var localsArg = slots[2] is null || ReferenceEquals(slots[2], PyNone.Instance) ? null : slots[2];
        if (globalsArg is not null && globalsArg is not PyDict)
        {
            return PyErr.TypeError(mode == "exec"
                ? $"exec() globals must be a dict, not {globalsArg.Type.Name}"
                : "globals must be a real dict; try eval(expr, {}, mapping)");
        }

        if (localsArg is not null && localsArg.Type.GetItem is null)
        {
            return PyErr.TypeError(mode == "exec"
                ? $"locals must be a mapping or None, not {localsArg.Type.Name}"
                : "locals must be a mapping");
        }

        var globals = (PyDict?)globalsArg ?? caller?.Globals;
        if (globals is null)
        {
            return PyErr.SystemError("globals and locals cannot be NULL");
        }

        PyObject locals = localsArg ?? (globalsArg is null && caller is not null ? caller.FrameObject.Locals() : globals);
        if (globals.GetItemStr(s_builtins) is null)
        {
            globals.SetItemStr(s_builtins, ts.Interpreter.Builtins);
        }

        PyCode code;
        PyTuple? closureCells = null;
        if (slots[0] is PyCode given)
        {
            code = given;
            int numFree = 0;
            foreach (var kind in given.Code.LocalsPlusKinds)
            {
                numFree += (kind & LocalKind.Free) != 0 ? 1 : 0;
            }

            if (numFree == 0)
            {
                if (closure is not null)
                {
                    return PyErr.TypeError("cannot use a closure with this code object");
                }
            }
            else
            {
                bool closureOk = closure is PyTuple cells && cells.Type == PyTuple.TypeObject && cells.Count == numFree;
                if (closureOk)
                {
                    foreach (var cell in ((PyTuple)closure!).Items)
                    {
                        closureOk &= cell is PyCell;
                    }
                }

                if (!closureOk)
                {
                    return PyErr.TypeError($"code object requires a closure of exactly length {numFree}");
                }

                closureCells = (PyTuple)closure!;
            }
        }
        else if (closure is not null)
        {
            return PyErr.TypeError("closure can only be used when source is a code object");
        }
        else if (slots[0] is PyStr || Codecs.BytesLike.TryGetBytes(slots[0]!, out _))
        {
            var compiled = CompileSourceArg(slots[0]!, "<string>", mode == "eval" ? CompileMode.Eval : CompileMode.Exec, CompileOptions.Default, stripLeading: mode == "eval");
            if (compiled is null)
            {
                return null;
            }

            code = compiled;
        }
        else
        {
            return PyErr.TypeError($"{mode}() arg 1 must be a string, bytes or code object");
        }

        var builtins = globals.GetItemStr(s_builtins) is PyModule m ? m.Dict : globals.GetItemStr(s_builtins) ?? ts.Interpreter.Builtins;
        // As PyEval_EvalCodeEx, a closure travels on a function object made for the call (COPY_FREE_VARS reads it there).
        var function = closureCells is null ? null : new PyFunction(code, globals, builtins) { Closure = closureCells };
        var frame = new Frame(code, globals, builtins, locals, function);
        var result = PyEval.Execute(ts, frame);
        if (result is null)
        {
            return null;
        }

        return mode == "exec" ? PyNone.Instance : result;
    }

    /// <summary>An ImportError (or subclass) with its <c>name</c> attribute, as importlib raises it.</summary>
    internal static PyObject? SetImportError(PyType type, string message, string? name)
    {
        PyErr.SetString(type, message);
        if (name is not null && PyErr.Fetch() is PyImportError e)
        {
            e.Name = new PyStr(name);
            PyErr.Restore(e);
        }

        return null;
    }
}
