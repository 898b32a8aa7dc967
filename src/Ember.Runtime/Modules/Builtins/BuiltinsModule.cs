using Ember.Runtime.Modules.Sys;
using Ember.Runtime.Objects;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.Builtins;

/// <summary>
/// The <c>builtins</c> module (Python/bltinmodule.c): the builtin functions,
/// the builtin types under their Python names, the exception classes and the
/// constants. The functions are split by concern into partial files
/// (BuiltinsModule.Print.cs, .Objects.cs, .Numbers.cs, .Iteration.cs, ...).
/// </summary>
public static partial class BuiltinsModule
{
    /// <summary>
    /// Fills <see cref="PyInterpreterState.Builtins"/> with the builtin
    /// functions, types and constants, adds the interpreter's own builtins
    /// (__build_class__, exec, ...) and puts the module in sys.modules.
    /// </summary>
    public static void Init(PyInterpreterState interp)
    {
        var d = interp.Builtins;
        d.SetItemStr("__name__", new PyStr("builtins"));
        d.SetItemStr("__doc__", new PyStr("Built-in functions, types, exceptions, and other objects."));
        d.SetItemStr("__package__", PyStr.Empty);
        d.SetItemStr("__loader__", PyNone.Instance);
        d.SetItemStr("__spec__", PyNone.Instance);

        d.SetItemStr("None", PyNone.Instance);
        d.SetItemStr("Ellipsis", PyEllipsis.Instance);
        d.SetItemStr("NotImplemented", PyNotImplemented.Instance);
        d.SetItemStr("False", PyBool.False);
        d.SetItemStr("True", PyBool.True);
        d.SetItemStr("__debug__", PyBool.True);

        AddTypes(d);
        AddExceptions(d);
        AddFunctions(d);
        d.SetItemStr("open", new PyBuiltinFunction("open", Io.IoModule.OpenFunction, "_io")); // _io.open
        Interpreter.InterpreterBuiltins.AddTo(interp, d);

        if (interp.Modules.GetItemStr("builtins") is null)
        {
            interp.Modules.SetItemStr("builtins", new PyModule("builtins", d) { Origin = "built-in" });
        }
    }

    private static void AddTypes(PyDict d)
    {
        // Each builtin type under its Python name; a type joins this list when its owner adds it to the runtime.
        AddType(d, PyType.ObjectType, "object");
        AddType(d, PyType.TypeType, "type");
        AddType(d, PyInt.TypeObject, "int");
        AddType(d, PyBool.TypeObject, "bool");
        AddType(d, PyFloat.TypeObject, "float");
        AddType(d, PyComplex.TypeObject, "complex");
        AddType(d, PyStr.TypeObject, "str");
        AddType(d, PyBytes.TypeObject, "bytes");
        AddType(d, PyByteArray.TypeObject, "bytearray");
        AddType(d, PyMemoryView.TypeObject, "memoryview");
        AddType(d, PyTuple.TypeObject, "tuple");
        AddType(d, PyList.TypeObject, "list");
        AddType(d, PyDict.TypeObject, "dict");
        AddType(d, PySet.TypeObject, "set");
        AddType(d, PyFrozenSet.TypeObject, "frozenset");
        AddType(d, PyRange.TypeObject, "range");
        AddType(d, PySlice.TypeObject, "slice");
        AddType(d, PyEnumerate.TypeObject, "enumerate");
        AddType(d, PyZip.TypeObject, "zip");
        AddType(d, PyMap.TypeObject, "map");
        AddType(d, PyFilter.TypeObject, "filter");
        AddType(d, PyReversed.TypeObject, "reversed");
        AddType(d, PySuper.TypeObject, "super");
        AddType(d, PyProperty.TypeObject, "property");
        AddType(d, PyClassMethod.TypeObject, "classmethod");
        AddType(d, PyStaticMethod.TypeObject, "staticmethod");
    }

    private static void AddType(PyDict d, PyType type, string name) => d.SetItemStr(name, type);

    private static void AddExceptions(PyDict d)
    {
        foreach (var type in PyExc.All)
        {
            d.SetItemStr(type.Name, type);
        }

        // Aliases kept for old code (PEP 3151).
        d.SetItemStr("EnvironmentError", PyExc.OSError);
        d.SetItemStr("IOError", PyExc.OSError);
    }

    private static void Add(PyDict d, string name, FunctionImpl impl) =>
        d.SetItemStr(name, new PyBuiltinFunction(name, impl, "builtins"));

    private static void AddFunctions(PyDict d)
    {
        AddIoFunctions(d);
        AddObjectFunctions(d);
        AddAttributeFunctions(d);
        AddNumberFunctions(d);
        AddIterationFunctions(d);
    }

    /// <summary>The <c>builtins</c> dict of the running interpreter.</summary>
    internal static PyDict Current => PyThreadState.Current.Interpreter.Builtins;

    internal static SysState Sys => SysState.Of(PyThreadState.Current.Interpreter);
}
