using System.Runtime.CompilerServices;
using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;

namespace Ember.Runtime.Interpreter;

// Name lookups: locals mappings, globals, builtins and cells.
public static partial class PyEval
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void UnboundLocal(CodeObject co, int slot)
    {
        // format_exc_check_arg sets `name` on NameError itself only, not on UnboundLocalError.
        PyErr.SetString(PyExc.UnboundLocalError, $"cannot access local variable '{co.LocalsPlusNames[slot]}' where it is not associated with a value");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void UnboundDeref(CodeObject co, int slot)
    {
        if ((co.LocalsPlusKinds[slot] & LocalKind.Free) != 0)
        {
            PyErr.NameError($"cannot access free variable '{co.LocalsPlusNames[slot]}' where it is not associated with a value in enclosing scope");
            SetNameErrorName(new PyStr(co.LocalsPlusNames[slot]));
        }
        else
        {
            UnboundLocal(co, slot);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyObject? NameErrorFor(PyStr name)
    {
        PyErr.NameError($"name '{name.Value}' is not defined");
        SetNameErrorName(name);
        return null;
    }

    /// <summary>Records the missing name on the pending NameError, for the "Did you mean" hint (format_exc_check_arg).</summary>
    private static void SetNameErrorName(PyStr name)
    {
        if (PyThreadState.Current.CurrentException is PyNameError e)
        {
            e.Name = name;
        }
    }

    /// <summary>A builtin by name: builtins as a dict, or by subscript when it is another mapping; NameError when missing.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? LoadBuiltin(Frame f, PyStr name)
    {
        if (f.Builtins is PyDict dict)
        {
            return dict.GetItemStr(name) ?? NameErrorFor(name);
        }

        var value = PySequence.GetItem(f.Builtins, name);
        if (value is null && PyErr.Clear(PyExc.KeyError))
        {
            return NameErrorFor(name);
        }

        return value;
    }

    /// <summary>
    /// LOAD_GLOBAL when globals is a dict subclass: both namespaces are read
    /// with PyObject_GetItem, so __getitem__ and __missing__ take part.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? LoadGlobalSlow(Frame f, PyStr name)
    {
        var value = LookupInMapping(f.Globals, name);
        if (value is not null || PyErr.Occurred)
        {
            return value;
        }

        value = LookupInMapping(f.Builtins, name);
        if (value is not null || PyErr.Occurred)
        {
            return value;
        }

        return NameErrorFor(name);
    }

    /// <summary>
    /// Looks a name up in a locals mapping: the value, or null. Missing is
    /// null with nothing pending; an error leaves it pending.
    /// </summary>
    private static PyObject? LookupInMapping(PyObject mapping, PyStr name)
    {
        if (mapping is PyDict dict && ReferenceEquals(mapping.Type, PyDict.TypeObject))
        {
            return dict.GetItemStr(name);
        }

        var value = PySequence.GetItem(mapping, name);
        if (value is null)
        {
            PyErr.Clear(PyExc.KeyError);
        }

        return value;
    }

    private static PyObject? LoadName(Frame f, PyStr name)
    {
        if (f.Locals is null)
        {
            return PyErr.SystemError($"no locals when loading '{name.Value}'");
        }

        var value = LookupInMapping(f.Locals, name);
        if (value is not null || PyErr.Occurred)
        {
            return value;
        }

        return f.Globals.GetItemStr(name) ?? LoadBuiltin(f, name);
    }

    private static bool StoreName(Frame f, PyStr name, PyObject value)
    {
        if (f.Locals is null)
        {
            PyErr.SystemError($"no locals found when storing '{name.Value}'");
            return false;
        }

        if (f.Locals is PyDict dict && ReferenceEquals(f.Locals.Type, PyDict.TypeObject))
        {
            dict.SetItemStr(name, value);
            return true;
        }

        return PySequence.SetItem(f.Locals, name, value);
    }

    private static bool DeleteName(Frame f, PyStr name)
    {
        if (f.Locals is null)
        {
            PyErr.SystemError($"no locals when deleting '{name.Value}'");
            return false;
        }

        if (f.Locals is PyDict dict && ReferenceEquals(f.Locals.Type, PyDict.TypeObject))
        {
            int r = dict.DelItem(name);
            if (r == 0)
            {
                NameErrorFor(name);
            }

            return r > 0;
        }

        if (!PySequence.SetItem(f.Locals, name, null))
        {
            if (PyErr.Clear(PyExc.KeyError))
            {
                NameErrorFor(name);
            }

            return false;
        }

        return true;
    }

    private static PyObject? LoadClassDeref(Frame f, int slot)
    {
        var name = f.Code.LocalsPlusNames[slot];
        if (f.Locals is not null)
        {
            var value = LookupInMapping(f.Locals, name);
            if (value is not null || PyErr.Occurred)
            {
                return value;
            }
        }

        var contents = ((PyCell)f.Values[slot]).Contents;
        if (contents is null)
        {
            UnboundDeref(f.CodeObject, slot);
        }

        return contents;
    }

    private static PyObject? LoadBuildClass(Frame f)
    {
        var name = new PyStr("__build_class__");
        PyObject? bc;
        if (f.Builtins is PyDict dict)
        {
            bc = dict.GetItemStr(name);
        }
        else
        {
            bc = PySequence.GetItem(f.Builtins, name);
            if (bc is null && !PyErr.Clear(PyExc.KeyError))
            {
                return null;
            }
        }

        return bc ?? PyErr.NameError("__build_class__ not found");
    }

    private static bool SetupAnnotations(Frame f)
    {
        if (f.Locals is null)
        {
            PyErr.SystemError("no locals found when setting up annotations");
            return false;
        }

        var key = new PyStr("__annotations__");
        var existing = LookupInMapping(f.Locals, key);
        if (existing is not null)
        {
            return true;
        }

        if (PyErr.Occurred)
        {
            return false;
        }

        return PySequence.SetItem(f.Locals, key, new PyDict());
    }

    /// <summary>
    /// LOAD_METHOD (_PyObject_GetMethod): with <paramref name="unbound"/> the
    /// function found on the type, to be called with the owner as its first
    /// argument and no bound method made; otherwise the attribute's value.
    /// </summary>
    private static bool LoadMethod(PyObject owner, PyStr name, out PyObject method, out bool unbound)
    {
        unbound = PyAttr.GetMethod(owner, name, out var value);
        method = value!;
        return value is not null;
    }
}
