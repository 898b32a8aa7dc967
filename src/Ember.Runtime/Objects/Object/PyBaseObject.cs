using System.Runtime.CompilerServices;
using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// The slots of <c>object</c> (Objects/typeobject.c: object_new, object_init,
/// object_repr, object_richcompare, ...). Every class inherits them unless it
/// or a base defines its own; the members (<c>__class__</c>, <c>__reduce_ex__</c>,
/// <c>__dir__</c>, ...) are in <c>PyBaseObject.Members.cs</c>.
/// </summary>
public static partial class PyBaseObject
{
    /// <summary>The number id() gives, which reprs show as the address; stable for the object's life.</summary>
    public static long Id(PyObject o) => Modules.Builtins.ObjectIds.Id(o);

    /// <summary>The address text in reprs: "0x7f...", the same number as id().</summary>
    public static string Address(PyObject o) => "0x" + Id(o).ToString("x", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// object.__hash__: from identity. CPython's is id() >> 4; here the
    /// runtime's identity hash stands in, which needs no id table lookup.
    /// </summary>
    public static long Hash(PyObject self) => 0x7f000000000L + (uint)RuntimeHelpers.GetHashCode(self);

    /// <summary>object.__repr__: "&lt;__main__.Foo object at 0x...&gt;", module-qualified unless builtins.</summary>
    public static PyObject? Repr(PyObject self)
    {
        var type = self.Type;
        string? module = type.ModuleText();
        string name = module is not null && module != "builtins" ? module + "." + type.QualName : type.Name;
        return new PyStr($"<{name} object at {Address(self)}>");
    }

    /// <summary>
    /// object.__str__ (object_str): the type's repr slot called directly, so a
    /// non-str result is reported by str() as "__str__ returned non-string".
    /// </summary>
    public static PyObject? Str(PyObject self) => self.Type.Repr is { } repr ? repr(self) : Repr(self);

    /// <summary>
    /// object's rich comparison: == is identity (else NotImplemented), != asks
    /// the type's == and inverts an answer that is not NotImplemented, order
    /// comparisons are NotImplemented.
    /// </summary>
    public static PyObject? RichCompare(PyObject self, PyObject other, CompareOp op)
    {
        switch (op)
        {
            case CompareOp.Eq:
                return ReferenceEquals(self, other) ? PyBool.True : PyNotImplemented.Instance;
            case CompareOp.Ne:
                var eq = self.Type.RichCompare;
                if (eq is null)
                {
                    return PyNotImplemented.Instance;
                }

                var r = eq(self, other, CompareOp.Eq);
                if (r is null || ReferenceEquals(r, PyNotImplemented.Instance))
                {
                    return r;
                }

                int truth = PyOps.IsTrue(r);
                return truth < 0 ? null : PyBool.From(truth == 0);
            default:
                return PyNotImplemented.Instance;
        }
    }

    private static bool ExcessArgs(ReadOnlySpan<PyObject> args, PyTuple? kwnames) => args.Length > 0 || (kwnames is not null && kwnames.Count > 0);

    /// <summary>
    /// object.__new__: refuses arguments unless the class overrides
    /// __init__ (and not __new__), refuses abstract classes, and makes the
    /// instance in the layout the class's solid base needs.
    /// </summary>
    public static PyObject? New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (ExcessArgs(args, kwnames))
        {
            if (!ReferenceEquals(type.New, CoreSlots.ObjectNew))
            {
                return PyErr.TypeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }

            if (ReferenceEquals(type.Init, CoreSlots.ObjectInit))
            {
                return PyErr.TypeError($"{type.Name}() takes no arguments");
            }
        }

        if (type.HasFlag(TypeFlags.IsAbstract))
        {
            return AbstractError(type);
        }

        return Allocate(type);
    }

    /// <summary>A new, empty instance of <paramref name="type"/> whose solid base is object.</summary>
    public static PyObject? Allocate(PyType type)
    {
        if (!ReferenceEquals(type.BuiltinBase, PyType.ObjectType) || (!type.IsHeapType && !ReferenceEquals(type, PyType.ObjectType)))
        {
            return PyErr.TypeError($"cannot create '{type.Name}' instances");
        }

        // A class with __del__ gets instances the garbage collector reports (PyFinalizableInstance).
        return type.Finalize is null
            ? new PyInstance(type)
            : new PyFinalizableInstance(type, Threading.PyThreadState.Current.Interpreter.Pending);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? AbstractError(PyType type)
    {
        var names = new List<string>();
        var abstracts = type.Dict.GetItemStr("__abstractmethods__");
        if (abstracts is not null && PyType.Iterate(abstracts) is { } items)
        {
            foreach (var item in items)
            {
                var s = item as PyStr ?? PyOps.Str(item) as PyStr;
                if (s is null)
                {
                    return null;
                }

                names.Add(s.Value);
            }
        }
        else if (PyErr.Occurred)
        {
            return null;
        }

        names.Sort(StringComparer.Ordinal);
        string plural = names.Count == 1 ? "" : "s";
        return PyErr.TypeError($"Can't instantiate abstract class {type.Name} with abstract method{plural} {string.Join(", ", names)}");
    }

    /// <summary>object.__init__: refuses arguments unless the class overrides __new__ (and not __init__).</summary>
    public static bool Init(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (ExcessArgs(args, kwnames))
        {
            var type = self.Type;
            if (!ReferenceEquals(type.Init, CoreSlots.ObjectInit))
            {
                PyErr.TypeError("object.__init__() takes exactly one argument (the instance to initialize)");
                return false;
            }

            if (ReferenceEquals(type.New, CoreSlots.ObjectNew))
            {
                PyErr.TypeError($"{type.Name}.__init__() takes exactly one argument (the instance to initialize)");
                return false;
            }
        }

        return true;
    }
}
