using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Interpreter;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

public sealed partial class PyFunction
{
    private static readonly ArgSpec s_newSpec = new("function", ["code", "globals", "name", "argdefs", "closure"], required: 2);

    private static partial void InitSlots(PyType type)
    {
        type.New = static (cls, args, kw) => New(args, kw);
        type.Call = static (self, args, kw) => FunctionCalls.Call(PyThreadState.Current, (PyFunction)self, args, kw);
        type.DescrGet = static (descr, instance, owner) =>
            instance is null || ReferenceEquals(instance, PyNone.Instance)
                ? descr
                : new PyMethod(descr, instance);
        type.Repr = static self =>
        {
            var f = (PyFunction)self;
            return new PyStr($"<function {f.QualNameText} at {ObjectAddress.Hex(f)}>");
        };
    }

    /// <summary>
    /// function(code, globals, name=None, argdefs=None, closure=None) (func_new_impl):
    /// the argument checks in CPython's order and words, then PyFunction_New.
    /// </summary>
    private static PyObject? New(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> slots = new PyObject?[5];
        if (!s_newSpec.Parse(args, kwnames, slots))
        {
            return null;
        }

        if (slots[0] is not PyCode code)
        {
            return PyErr.TypeError($"function() argument 'code' must be code, not {StrArgs.TypeNameForError(slots[0]!)}");
        }

        if (slots[1] is not PyDict globals)
        {
            return PyErr.TypeError($"function() argument 'globals' must be dict, not {StrArgs.TypeNameForError(slots[1]!)}");
        }

        var name = slots[2] ?? PyNone.Instance;
        var defaults = slots[3] ?? PyNone.Instance;
        var closure = slots[4] ?? PyNone.Instance;
        if (!ReferenceEquals(name, PyNone.Instance) && name is not PyStr)
        {
            return PyErr.TypeError("arg 3 (name) must be None or string");
        }

        if (!ReferenceEquals(defaults, PyNone.Instance) && defaults is not PyTuple)
        {
            return PyErr.TypeError("arg 4 (defaults) must be None or tuple");
        }

        int nfree = code.FreeVarCount;

        if (closure is not PyTuple cells)
        {
            if (!ReferenceEquals(closure, PyNone.Instance))
            {
                return PyErr.TypeError("arg 5 (closure) must be None or tuple");
            }

            if (nfree != 0)
            {
                return PyErr.TypeError("arg 5 (closure) must be tuple");
            }

            cells = null!;
        }

        int nclosure = cells?.Count ?? 0;
        if (nfree != nclosure)
        {
            return PyErr.ValueError($"{code.Code.Name} requires closure of length {nfree}, not {nclosure}");
        }

        for (int i = 0; i < nclosure; i++)
        {
            if (cells!.Items[i] is not PyCell)
            {
                return PyErr.TypeError($"arg 5 (closure) expected cell, found {cells.Items[i].Type.Name}");
            }
        }

        var func = new PyFunction(code, globals, BuiltinsFromGlobals(globals));
        if (name is PyStr)
        {
            func.Name = name;
        }

        func.Defaults = defaults as PyTuple;
        func.Closure = cells;
        return func;
    }

    /// <summary>
    /// _PyEval_BuiltinsFromGlobals: globals['__builtins__'] (a module gives its dict),
    /// else the running frame's builtins, else the interpreter's.
    /// </summary>
    private static PyObject BuiltinsFromGlobals(PyDict globals)
    {
        var ts = PyThreadState.Current;
        var builtins = globals.GetItemStr("__builtins__");
        if (builtins is not null)
        {
            return builtins is PyModule m ? m.Dict : builtins;
        }

        return (ts.CurrentFrame as Frame)?.Builtins ?? ts.Interpreter.Builtins;
    }

    private static partial void InitMembers(PyType type)
    {
        type.AddGetter("__code__", static self => ((PyFunction)self).Code, static (self, value) =>
        {
            if (value is not PyCode code)
            {
                PyErr.TypeError("__code__ must be set to a code object");
                return false;
            }

            // func_set_code: the new code must use exactly the cells the closure holds.
            var func = (PyFunction)self;
            int nfree = code.FreeVarCount;
            int nclosure = func.Closure?.Count ?? 0;
            if (nfree != nclosure)
            {
                PyErr.ValueError($"{((PyStr)func.Name).Value}() requires a code object with {nclosure} free vars, not {nfree}");
                return false;
            }

            func.Code = code;
            return true;
        });
        type.AddReadonlyMember("__globals__", static self => ((PyFunction)self).Globals);
        type.AddReadonlyMember("__builtins__", static self => ((PyFunction)self).Builtins);
        type.AddReadonlyMember("__closure__", static self => (PyObject?)((PyFunction)self).Closure ?? PyNone.Instance);
        type.AddGetter("__name__", static self => ((PyFunction)self).Name, static (self, value) =>
        {
            if (value is not PyStr)
            {
                PyErr.TypeError("__name__ must be set to a string object");
                return false;
            }

            ((PyFunction)self).Name = value;
            return true;
        });
        type.AddGetter("__qualname__", static self => ((PyFunction)self).QualName, static (self, value) =>
        {
            if (value is not PyStr)
            {
                PyErr.TypeError("__qualname__ must be set to a string object");
                return false;
            }

            ((PyFunction)self).QualName = value;
            return true;
        });
        type.AddGetter("__defaults__", static self => (PyObject?)((PyFunction)self).Defaults ?? PyNone.Instance, static (self, value) =>
        {
            if (value is null || ReferenceEquals(value, PyNone.Instance))
            {
                ((PyFunction)self).Defaults = null;
                return true;
            }

            if (value is not PyTuple t)
            {
                PyErr.TypeError("__defaults__ must be set to a tuple object");
                return false;
            }

            ((PyFunction)self).Defaults = t;
            return true;
        });
        type.AddGetter("__kwdefaults__", static self => (PyObject?)((PyFunction)self).KwDefaults ?? PyNone.Instance, static (self, value) =>
        {
            if (value is null || ReferenceEquals(value, PyNone.Instance))
            {
                ((PyFunction)self).KwDefaults = null;
                return true;
            }

            if (value is not PyDict d)
            {
                PyErr.TypeError("__kwdefaults__ must be set to a dict object");
                return false;
            }

            ((PyFunction)self).KwDefaults = d;
            return true;
        });
        type.AddGetter("__annotations__", static self => ((PyFunction)self).Annotations ??= new PyDict(), static (self, value) =>
        {
            if (value is not null && !ReferenceEquals(value, PyNone.Instance) && value is not PyDict)
            {
                PyErr.TypeError("__annotations__ must be set to a dict object");
                return false;
            }

            ((PyFunction)self).Annotations = value is PyDict ? value : null;
            return true;
        });
        type.AddMember("__doc__", static self => ((PyFunction)self).Doc, static (self, value) =>
        {
            ((PyFunction)self).Doc = value ?? PyNone.Instance;
            return true;
        });
        type.AddMember("__module__", static self => ((PyFunction)self).Module ?? PyNone.Instance, static (self, value) =>
        {
            ((PyFunction)self).Module = value ?? PyNone.Instance;
            return true;
        });
        type.AddGetter("__dict__", static self => ((PyFunction)self).Dict ??= new PyDict(), static (self, value) =>
        {
            if (value is null)
            {
                PyErr.TypeError("cannot delete __dict__");
                return false;
            }

            if (value is not PyDict d)
            {
                PyErr.TypeError("__dict__ must be set to a dictionary, not a '" + value.Type.Name + "'");
                return false;
            }

            ((PyFunction)self).Dict = d;
            return true;
        });
    }
}
