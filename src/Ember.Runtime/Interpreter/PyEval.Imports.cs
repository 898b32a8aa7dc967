using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;

namespace Ember.Runtime.Interpreter;

// IMPORT_NAME, IMPORT_FROM, IMPORT_STAR and PRINT_EXPR.
public static partial class PyEval
{
    private static readonly PyStr s_import = new("__import__");
    private static readonly PyStr s_name = new("__name__");
    private static readonly PyStr s_file = new("__file__");
    private static readonly PyStr s_all = new("__all__");
    private static readonly PyStr s_dict = new("__dict__");
    private static readonly PyStr s_spec = new("__spec__");
    private static readonly PyStr s_initializing = new("_initializing");

    private static PyObject? ImportName(Frame f, PyStr name, PyObject fromlist, PyObject level)
    {
        PyObject? import;
        if (f.Builtins is PyDict dict)
        {
            import = dict.GetItemStr(s_import);
        }
        else
        {
            import = PySequence.GetItem(f.Builtins, s_import);
            if (import is null && !PyErr.Clear(PyExc.KeyError))
            {
                return null;
            }
        }

        if (import is null)
        {
            return PyErr.SetString(PyExc.ImportError, "__import__ not found");
        }

        // The builtins' own __import__ still in place: no call through it (import_name in ceval.c).
        if (ReferenceEquals(import, PyThreadState.Current.Interpreter.Import.ImportFunc))
        {
            if (!PyNumber.AsSsize(level, out long lvl))
            {
                return null;
            }

            return Ember.Runtime.Import.PyImport.ImportModuleLevel(name, f.Globals, fromlist, lvl);
        }

        return PyCall.Call(import, [name, f.Globals, f.Locals ?? PyNone.Instance, fromlist, level], null);
    }

    private static PyObject? ImportFrom(PyThreadState ts, PyObject module, PyStr name)
    {
        var value = PyOps.GetAttr(module, name);
        if (value is not null || !PyErr.ExceptionMatches(PyExc.AttributeError))
        {
            return value;
        }

        PyErr.Clear();
        var pkgName = PyOps.GetAttrOrNull(module, s_name) as PyStr;
        if (pkgName is not null)
        {
            var full = new PyStr(pkgName.Value + "." + name.Value);
            if (ts.Interpreter.Modules.GetItemStr(full) is { } sub)
            {
                return sub;
            }
        }

        PyErr.Clear();
        string modName = pkgName?.Value ?? "<unknown module name>";
        var path = PyOps.GetAttrOrNull(module, s_file) as PyStr;
        PyErr.Clear();
        string message;
        if (path is null)
        {
            message = $"cannot import name '{name.Value}' from '{modName}' (unknown location)";
        }
        else if (IsInitializing(module))
        {
            message = $"cannot import name '{name.Value}' from partially initialized module '{modName}' (most likely due to a circular import) ({path.Value})";
        }
        else
        {
            message = $"cannot import name '{name.Value}' from '{modName}' ({path.Value})";
        }

        return InterpreterBuiltins.SetImportError(PyExc.ImportError, message, pkgName?.Value);
    }

    private static bool IsInitializing(PyObject module)
    {
        var spec = PyOps.GetAttrOrNull(module, s_spec);
        if (spec is null || ReferenceEquals(spec, PyNone.Instance))
        {
            PyErr.Clear();
            return false;
        }

        var init = PyOps.GetAttrOrNull(spec, s_initializing);
        PyErr.Clear();
        return init is not null && PyOps.IsTrue(init) == 1;
    }

    private static bool ImportStar(Frame f, PyObject module)
    {
        if (f.Locals is null)
        {
            PyErr.SystemError("no locals found during 'import *'");
            return false;
        }

        bool skipUnderscore = false;
        var all = PyOps.GetAttrOrNull(module, s_all);
        if (all is null)
        {
            if (PyErr.Occurred)
            {
                return false;
            }

            var dict = PyOps.GetAttrOrNull(module, s_dict);
            if (dict is null)
            {
                if (!PyErr.Occurred)
                {
                    PyErr.SetString(PyExc.ImportError, "from-import-* object has no __dict__ and no __all__");
                }

                return false;
            }

            all = PyCall.CallMethod(dict, s_keys, []);
            if (all is null)
            {
                return false;
            }

            skipUnderscore = true;
        }

        var names = PyIter.ToList(all);
        if (names is null)
        {
            return false;
        }

        foreach (var item in names)
        {
            if (item is not PyStr name)
            {
                string where = skipUnderscore ? "__dict__" : "__all__";
                string modName = (PyOps.GetAttrOrNull(module, s_name) as PyStr)?.Value ?? "?";
                PyErr.TypeError($"Item in {modName}.{where} must be str, not {item.Type.Name}");
                return false;
            }

            if (skipUnderscore && name.Value.StartsWith('_'))
            {
                continue;
            }

            var value = PyOps.GetAttr(module, name);
            if (value is null || !StoreName(f, name, value))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly PyStr s_displayhook = new("displayhook");

    private static bool PrintExpr(PyThreadState ts, PyObject value)
    {
        var sys = ts.Interpreter.Modules.GetItemStr("sys");
        var hook = sys is null ? null : PyOps.GetAttrOrNull(sys, s_displayhook);
        if (hook is null)
        {
            if (!PyErr.Occurred)
            {
                PyErr.RuntimeError("lost sys.displayhook");
            }

            return false;
        }

        return PyCall.Call(hook, value) is not null;
    }
}
