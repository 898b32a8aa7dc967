using Ember.Runtime.Errors;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

public static partial class PyExc
{
    // Classes not named here inherit everything from their base (CPython's SimpleExtendsException).
    private static partial void InitSlots(PyType type)
    {
        switch (type.Name)
        {
            case "BaseException": PyBaseException.InitBaseSlots(type); break;
            case "KeyError": type.Str = static self => KeyErrorStr((PyBaseException)self); break;
            case "OSError": PyOSError.InitSlots(type); break;
            case "SyntaxError": PySyntaxError.InitSlots(type); break;
            case "StopIteration": PyStopIteration.InitSlots(type); break;
            case "SystemExit": PySystemExit.InitSlots(type); break;
            case "ImportError": PyImportError.InitSlots(type); break;
            case "NameError": PyNameError.InitSlots(type); break;
            case "AttributeError": PyAttributeError.InitSlots(type); break;
            case "UnicodeEncodeError":
            case "UnicodeDecodeError":
            case "UnicodeTranslateError": PyUnicodeError.InitSlots(type); break;
            case "BaseExceptionGroup": PyBaseExceptionGroup.InitSlots(type); break;
        }
    }

    private static partial void InitMembers(PyType type)
    {
        if (DocOf(type.Name) is { } doc)
        {
            type.AddValue("__doc__", new PyStr(doc));
        }

        switch (type.Name)
        {
            case "BaseException": PyBaseException.InitBaseMembers(type); break;
            case "OSError": PyOSError.InitMembers(type); break;
            case "SyntaxError": PySyntaxError.InitMembers(type); break;
            case "StopIteration": PyStopIteration.InitMembers(type); break;
            case "SystemExit": PySystemExit.InitMembers(type); break;
            case "ImportError": PyImportError.InitMembers(type); break;
            case "NameError": PyNameError.InitMembers(type); break;
            case "AttributeError": PyAttributeError.InitMembers(type); break;
            case "UnicodeEncodeError":
            case "UnicodeDecodeError":
            case "UnicodeTranslateError": PyUnicodeError.InitMembers(type); break;
            case "BaseExceptionGroup": PyBaseExceptionGroup.InitMembers(type); break;
        }
    }

    /// <summary>KeyError's str: the repr of a single key (so KeyError('') shows ''), otherwise BaseException's.</summary>
    private static PyObject? KeyErrorStr(PyBaseException self) =>
        self.Args.Count == 1 ? Protocols.PyOps.Repr(self.Args.Items[0]) : self.StrOfArgs();

    /// <summary>Raises AttributeError(message) with its name and obj attributes set (as PyObject_GetAttr's errors do).</summary>
    public static void RaiseAttributeError(string message, PyStr name, PyObject obj)
    {
        PyErr.Raise(new PyAttributeError(AttributeError, PyTuple.Create(new PyStr(message))) { Name = name, Obj = obj });
    }

    /// <summary>Whether <paramref name="o"/> is a traceback object (the interpreter's builtin type named "traceback").</summary>
    public static bool IsTraceback(PyObject o) =>
        o.Type.Name == "traceback" && !o.Type.IsHeapType && o.Type.ModuleName == "builtins";

    /// <summary>
    /// Parses the keyword-only arguments of an exception's __init__
    /// (ImportError's name and path, ...): false with CPython's
    /// "'x' is an invalid keyword argument for F()" when a name is unknown.
    /// </summary>
    internal static bool ParseKeywordOnly(string function, ReadOnlySpan<PyObject> args, PyTuple? kwnames, ReadOnlySpan<string> names, Span<PyObject?> values)
    {
        values.Clear();
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        for (int k = 0; k < nkw; k++)
        {
            string key = ((PyStr)kwnames!.Items[k]).Value;
            int index = names.IndexOf(key);
            if (index < 0)
            {
                PyErr.TypeError($"'{key}' is an invalid keyword argument for {function}()");
                return false;
            }

            values[index] = args[npos + k];
        }

        return true;
    }

    /// <summary>
    /// The items of an iterable as an array (PySequence_Tuple), copying exact
    /// tuples and lists directly; null with an exception pending.
    /// </summary>
    public static PyObject[]? ItemsOf(PyObject iterable)
    {
        if (iterable is PyTuple t && ReferenceEquals(t.Type, PyTuple.TypeObject))
        {
            return t.Items;
        }

        if (iterable is PyList l && ReferenceEquals(l.Type, PyList.TypeObject))
        {
            return l.AsSpan().ToArray();
        }

        var items = Protocols.PyIter.ToList(iterable);
        return items is null ? null : [.. items];
    }

    /// <summary>Adds a plain object attribute (a T_OBJECT member): reads give None when unset; deleting unsets it.</summary>
    internal static void AddMember<T>(PyType type, string name, Func<T, PyObject?> get, Action<T, PyObject?> set)
        where T : PyBaseException
    {
        type.AddMember(name, self => get((T)self) ?? PyNone.Instance, (self, value) =>
        {
            set((T)self, value);
            return true;
        });
    }
}
