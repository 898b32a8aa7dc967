using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;

namespace Ember.Runtime.Types;

/// <summary>
/// Calls a slot from Python-level arguments (typeobject.c's wrap_* functions):
/// checks the argument count ("expected 1 argument, got 0"), converts, calls,
/// and turns the slot's C#-level result into a Python object.
/// </summary>
internal static class SlotCall
{
    private static readonly Delegate?[] s_setAttrGenerics =
        [.. SlotDefs.All.Where(static d => d.Field == SlotField.SetAttr).Select(static d => d.Generic)];

    private static bool IsPythonSetAttr(SetAttrSlot? slot) => slot is not null && Array.IndexOf(s_setAttrGenerics, slot) >= 0;

    /// <summary>
    /// typeobject.c's hackcheck: <c>object.__setattr__(int, ...)</c> must not
    /// jump over a C-level __setattr__ (here type's) that a class in between
    /// defines; Python classes' own __setattr__ do not count.
    /// </summary>
    private static bool HackCheck(PyObject self, SetAttrSlot func, string what)
    {
        var type = self.Type;
        var defining = type;
        var mro = type.Mro;
        for (int i = mro.Length - 1; i >= 0; i--)
        {
            var b = mro[i];
            if (!IsPythonSetAttr(b.SetAttr) && ReferenceEquals(b.SetAttr, type.SetAttr))
            {
                defining = b;
                break;
            }
        }

        for (var b = defining; b is not null; b = b.Base)
        {
            if (ReferenceEquals(b.SetAttr, func))
            {
                break;
            }

            if (!IsPythonSetAttr(b.SetAttr))
            {
                PyErr.TypeError($"can't apply this {what} to {type.Name} object");
                return false;
            }
        }

        return true;
    }

    public static PyObject? Invoke(SlotDef def, Delegate slot, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var kind = def.Wrapper;
        if (kind is WrapperKind.Call)
        {
            return ((CallSlot)slot)(self, args, kwnames);
        }

        if (kind is WrapperKind.Init)
        {
            return ((InitSlot)slot)(self, args, kwnames) ? PyNone.Instance : null;
        }

        if (kwnames is not null && kwnames.Count > 0)
        {
            return PyErr.TypeError($"wrapper {def.Name}() takes no keyword arguments");
        }

        switch (kind)
        {
            case WrapperKind.Unary:
                return Count(args, 0) ? ((UnarySlot)slot)(self) : null;
            case WrapperKind.BinaryLeft:
            case WrapperKind.Concat:
                return Count(args, 1) ? ((BinarySlot)slot)(self, args[0]) : null;
            case WrapperKind.BinaryRight:
                return Count(args, 1) ? ((BinarySlot)slot)(args[0], self) : null;
            case WrapperKind.TernaryLeft:
            case WrapperKind.InplaceTernary:
                if (!Range(args, 1, 2))
                {
                    return null;
                }

                return ((TernarySlot)slot)(self, args[0], args.Length > 1 ? args[1] : PyNone.Instance);
            case WrapperKind.TernaryRight:
                if (!Range(args, 1, 2))
                {
                    return null;
                }

                return ((TernarySlot)slot)(args[0], self, args.Length > 1 ? args[1] : PyNone.Instance);
            case WrapperKind.Repeat:
                if (!Count(args, 1))
                {
                    return null;
                }

                if (args[0].Type.Index is null)
                {
                    return PyNotImplemented.Instance;
                }

                return PyNumber.AsSsize(args[0], out long n) ? ((RepeatSlot)slot)(self, n) : null;
            case WrapperKind.Hash:
                if (!Count(args, 0))
                {
                    return null;
                }

                long h = ((HashSlot)slot)(self);
                return h == -1 && PyErr.Occurred ? null : PyInt.From(h);
            case WrapperKind.RichCompare:
                return Count(args, 1) ? ((RichCompareSlot)slot)(self, args[0], def.Op) : null;
            case WrapperKind.GetAttr:
                if (!Count(args, 1) || !Name(args[0], out var getName))
                {
                    return null;
                }

                return ((GetAttrSlot)slot)(self, getName);
            case WrapperKind.SetAttr:
                if (!Count(args, 2, "") || !Name(args[0], out var setName))
                {
                    return null;
                }

                if (!HackCheck(self, (SetAttrSlot)slot, "__setattr__"))
                {
                    return null;
                }

                return ((SetAttrSlot)slot)(self, setName, args[1]) ? PyNone.Instance : null;
            case WrapperKind.DelAttr:
                if (!Count(args, 1) || !Name(args[0], out var delName))
                {
                    return null;
                }

                if (!HackCheck(self, (SetAttrSlot)slot, "__delattr__"))
                {
                    return null;
                }

                return ((SetAttrSlot)slot)(self, delName, null) ? PyNone.Instance : null;
            case WrapperKind.Next:
                if (!Count(args, 0))
                {
                    return null;
                }

                var next = ((NextSlot)slot)(self);
                if (next is null && !PyErr.Occurred)
                {
                    PyErr.SetObject(PyExc.StopIteration, null);
                }

                return next;
            case WrapperKind.DescrGet:
                if (!Range(args, 1, 2))
                {
                    return null;
                }

                var instance = ReferenceEquals(args[0], PyNone.Instance) ? null : args[0];
                var owner = args.Length > 1 && !ReferenceEquals(args[1], PyNone.Instance) ? args[1] : null;
                if (instance is null && owner is null)
                {
                    return PyErr.TypeError("__get__(None, None) is invalid");
                }

                return ((DescrGetSlot)slot)(self, instance, owner);
            case WrapperKind.DescrSet:
                if (!Count(args, 2))
                {
                    return null;
                }

                return ((DescrSetSlot)slot)(self, args[0], args[1]) ? PyNone.Instance : null;
            case WrapperKind.DescrDelete:
                if (!Count(args, 1))
                {
                    return null;
                }

                return ((DescrSetSlot)slot)(self, args[0], null) ? PyNone.Instance : null;
            case WrapperKind.Bool:
                if (!Count(args, 0))
                {
                    return null;
                }

                int truth = ((InquirySlot)slot)(self);
                return truth < 0 ? null : PyBool.From(truth != 0);
            case WrapperKind.Length:
                if (!Count(args, 0))
                {
                    return null;
                }

                long len = ((LengthSlot)slot)(self);
                return len < 0 ? null : PyInt.From(len);
            case WrapperKind.Contains:
                if (!Count(args, 1))
                {
                    return null;
                }

                int c = ((ContainsSlot)slot)(self, args[0]);
                return c < 0 ? null : PyBool.From(c != 0);
            case WrapperKind.SetItem:
                if (!Count(args, 2))
                {
                    return null;
                }

                return ((SetItemSlot)slot)(self, args[0], args[1]) ? PyNone.Instance : null;
            case WrapperKind.DelItem:
                if (!Count(args, 1))
                {
                    return null;
                }

                return ((SetItemSlot)slot)(self, args[0], null) ? PyNone.Instance : null;
            case WrapperKind.Finalize:
                if (!Count(args, 0))
                {
                    return null;
                }

                ((FinalizeSlot)slot)(self);
                return PyErr.Occurred ? null : PyNone.Instance;
            default:
                return PyErr.SystemError($"slot wrapper {def.Name} cannot be called");
        }
    }

    // check_num_args: "expected 1 argument, got 0".
    private static bool Count(ReadOnlySpan<PyObject> args, int n, string? prefix = null)
    {
        if (args.Length == n)
        {
            return true;
        }

        // wrap_setattr unpacks with an empty function name, hence CPython's leading space.
        string lead = prefix is null ? "" : prefix + " ";
        PyErr.TypeError($"{lead}expected {n} argument{(n == 1 ? "" : "s")}, got {args.Length}");
        return false;
    }

    private static bool Range(ReadOnlySpan<PyObject> args, int min, int max)
    {
        if (args.Length >= min && args.Length <= max)
        {
            return true;
        }

        if (args.Length < min)
        {
            PyErr.TypeError($" expected at least {min} argument{(min == 1 ? "" : "s")}, got {args.Length}");
        }
        else
        {
            PyErr.TypeError($" expected at most {max} argument{(max == 1 ? "" : "s")}, got {args.Length}");
        }

        return false;
    }

    private static bool Name(PyObject o, out PyStr name)
    {
        if (o is PyStr s)
        {
            name = s;
            return true;
        }

        name = null!;
        PyErr.TypeError($"attribute name must be string, not '{o.Type.Name}'");
        return false;
    }
}
