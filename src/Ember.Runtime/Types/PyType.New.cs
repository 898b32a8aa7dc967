using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// Class creation: <c>type(name, bases, dict, **kwds)</c> and
/// <c>type.__new__</c> (typeobject.c's type_new and its helpers): the winning
/// metaclass, the best base and layout checks, <c>__slots__</c>, the class
/// dict's special entries, the MRO, the slots, then <c>__set_name__</c> and
/// <c>__init_subclass__</c>.
/// </summary>
public sealed partial class PyType
{
    // In a class of its own so that PyType's static initialisation does not create strs.
    private static class TypeNewNames
    {
        public static readonly PyStr MroEntries = new("__mro_entries__");
    }

    public static PyObject? TypeNew(PyType metatype, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        if (ReferenceEquals(metatype, TypeType) && npos == 1 && nkw == 0)
        {
            return args[0].Type;
        }

        if (npos != 3)
        {
            return PyErr.TypeError($"type.__new__() takes exactly 3 arguments ({npos} given)");
        }

        if (args[0] is not PyStr name)
        {
            return PyErr.TypeError($"type.__new__() argument 1 must be str, not {StrArgs.TypeNameForError(args[0])}");
        }

        if (args[1] is not PyTuple bases)
        {
            return PyErr.TypeError($"type.__new__() argument 2 must be tuple, not {StrArgs.TypeNameForError(args[1])}");
        }

        if (args[2] is not PyDict dict)
        {
            return PyErr.TypeError($"type.__new__() argument 3 must be dict, not {StrArgs.TypeNameForError(args[2])}");
        }

        // type_new_get_bases refuses MRO entries before the metaclass is calculated.
        foreach (var b in bases.Items)
        {
            if (b is PyType)
            {
                continue;
            }

            int has = PyAttr.TryGetAttr(b, TypeNewNames.MroEntries, out _);
            if (has < 0)
            {
                return null;
            }

            if (has > 0)
            {
                return PyErr.TypeError("type() doesn't support MRO entry resolution; use types.new_class()");
            }
        }

        var winner = CalculateMetaclass(metatype, bases);
        if (winner is null)
        {
            return null;
        }

        if (!ReferenceEquals(winner, metatype) && winner.New is { } winnerNew && !ReferenceEquals(winnerNew, CoreSlots.TypeNew))
        {
            return winnerNew(winner, args, kwnames);
        }

        var kwargs = args[3..];
        return CreateClass(winner, name, bases, dict, kwargs, kwnames);
    }

    /// <summary>_PyType_CalculateMetaclass: the most derived metaclass among the given one and the bases' classes.</summary>
    public static PyType? CalculateMetaclass(PyType metatype, PyTuple bases)
    {
        var winner = metatype;
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

    private static PyType? CreateClass(PyType metatype, PyStr name, PyTuple basesTuple, PyDict original, ReadOnlySpan<PyObject> kwargs, PyTuple? kwnames)
    {
        PyType[] bases;
        if (basesTuple.Count == 0)
        {
            bases = [ObjectType];
        }
        else
        {
            bases = new PyType[basesTuple.Count];
            for (int i = 0; i < bases.Length; i++)
            {
                var b = basesTuple[i];
                if (b is not PyType bt)
                {
                    int has = PyAttr.TryGetAttr(b, TypeNewNames.MroEntries, out _);
                    if (has < 0)
                    {
                        return null;
                    }

                    if (has > 0)
                    {
                        PyErr.TypeError("type() doesn't support MRO entry resolution; use types.new_class()");
                    }
                    else
                    {
                        PyErr.TypeError("bases must be types");
                    }

                    return null;
                }

                if (!bt.HasFlag(TypeFlags.BaseType))
                {
                    PyErr.TypeError($"type '{bt.DisplayName}' is not an acceptable base type");
                    return null;
                }

                bases[i] = bt;
            }
        }

        var best = BestBase(bases);
        if (best is null)
        {
            return null;
        }

        var dict = original.Copy();
        var slots = ParseSlots(name.Value, bases, best, dict, out bool addDict, out bool addWeakref);
        if (slots is null && PyErr.Occurred)
        {
            return null;
        }

        // type_new_set_name, after the slots are checked.
        if (name.Value.Contains('\0'))
        {
            PyErr.ValueError("type name must not contain null characters");
            return null;
        }

        var flags = TypeFlags.HeapType | TypeFlags.BaseType | (best.Flags & (SubclassFlags | TypeFlags.Sequence | TypeFlags.Mapping));
        if (addDict || best.HasFlag(TypeFlags.HasDict) || AnyBaseHas(bases, TypeFlags.HasDict))
        {
            flags |= TypeFlags.HasDict;
        }

        if (addWeakref || best.HasFlag(TypeFlags.HasWeakref) || AnyBaseHas(bases, TypeFlags.HasWeakref))
        {
            flags |= TypeFlags.HasWeakref;
        }

        var type = new PyType(metatype, name.Value, bases, dict, flags)
        {
            Base = best,
            ModuleName = "",
        };
        type.OwnSlotNames = slots is { Length: > 0 } ? slots : null;
        type.MemberSlotCount = best.MemberSlotCount + (slots?.Length ?? 0);
        type.SolidBase = type.OwnSlotNames is not null ? type : best.SolidBase;

        if (!SetSpecialEntries(type, dict))
        {
            return null;
        }

        // Members for the new __slots__, then __dict__ and __weakref__ when this class adds them, as CPython orders them.
        if (slots is not null)
        {
            int index = best.MemberSlotCount;
            foreach (var slotName in slots)
            {
                dict.SetItemStr(slotName, new PyMemberDescriptor(type, slotName, index++));
            }
        }

        // As PyType_Ready's add_getset (PyDict_SetDefault), a __dict__ or __weakref__ the body defined stays.
        if (addDict && !best.HasFlag(TypeFlags.HasDict) && dict.GetItemStr("__dict__") is null)
        {
            dict.SetItemStr("__dict__", new PyGetSetDescriptor(type, "__dict__", InstanceDictGet, InstanceDictSet));
        }

        if (addWeakref && !best.HasFlag(TypeFlags.HasWeakref) && dict.GetItemStr("__weakref__") is null)
        {
            dict.SetItemStr("__weakref__", new PyGetSetDescriptor(type, "__weakref__", PyWeakref.WeakrefAttribute, null));
        }

        if (dict.GetItemStr("__doc__") is null)
        {
            dict.SetItemStr("__doc__", PyNone.Instance);
        }

        if (dict.GetItemStr("__eq__") is not null && dict.GetItemStr("__hash__") is null)
        {
            dict.SetItemStr("__hash__", PyNone.Instance);
        }

        var mro = InvokeMro(type);
        if (mro is null)
        {
            return null;
        }

        type.Mro = mro;
        for (int i = 1; i < mro.Length; i++)
        {
            type.InheritSlots(mro[i]);
        }

        type.FixupSlots();
        foreach (var b in bases)
        {
            b.AddSubclass(type);
        }

        type.Flags |= TypeFlags.Ready;
        if (!SetNames(type) || !InitSubclass(type, kwargs, kwnames))
        {
            return null;
        }

        return type;
    }

    private static bool AnyBaseHas(PyType[] bases, TypeFlags flag)
    {
        foreach (var b in bases)
        {
            if (b.HasFlag(flag))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>best_base: the base whose solid layout every other base's layout is part of.</summary>
    private static PyType? BestBase(PyType[] bases)
    {
        PyType? winner = null, best = null;
        foreach (var b in bases)
        {
            var candidate = b.SolidBase;
            if (winner is null)
            {
                winner = candidate;
                best = b;
            }
            else if (winner.IsSubtypeOfSolid(candidate))
            {
            }
            else if (candidate.IsSubtypeOfSolid(winner))
            {
                winner = candidate;
                best = b;
            }
            else
            {
                PyErr.TypeError("multiple bases have instance lay-out conflict");
                return null;
            }
        }

        return best;
    }

    /// <summary>
    /// Reads <c>__slots__</c> (type_new_slots): the member names, mangled,
    /// sorted as CPython sorts them, without __dict__ and __weakref__, whose
    /// presence is reported apart. Null without an error when the class has
    /// no __slots__ (it then gets a __dict__ and __weakref__).
    /// </summary>
    private static string[]? ParseSlots(string className, PyType[] bases, PyType best, PyDict dict, out bool addDict, out bool addWeakref)
    {
        var slotsObj = dict.GetItemStr("__slots__");
        bool baseHasDict = best.HasFlag(TypeFlags.HasDict);
        bool baseHasWeakref = best.HasFlag(TypeFlags.HasWeakref);
        if (slotsObj is null)
        {
            addDict = !baseHasDict;
            addWeakref = !baseHasWeakref;
            return null;
        }

        addDict = false;
        addWeakref = false;
        List<PyObject>? items;
        if (slotsObj is PyStr single)
        {
            items = [single];
        }
        else
        {
            items = Iterate(slotsObj);
            if (items is null)
            {
                return null;
            }
        }

        if (items.Count > 0 && IsVarSized(best))
        {
            PyErr.TypeError($"nonempty __slots__ not supported for subtype of '{best.Name}'");
            return null;
        }

        var names = new List<string>();
        foreach (var item in items)
        {
            if (item is not PyStr s)
            {
                PyErr.TypeError($"__slots__ items must be strings, not '{item.Type.Name}'");
                return null;
            }

            if (!IsIdentifier(s.Value))
            {
                PyErr.TypeError("__slots__ must be identifiers");
                return null;
            }

            if (s.Value == "__dict__")
            {
                if (addDict || baseHasDict)
                {
                    PyErr.TypeError("__dict__ slot disallowed: we already got one");
                    return null;
                }

                addDict = true;
                continue;
            }

            if (s.Value == "__weakref__")
            {
                if (addWeakref || baseHasWeakref)
                {
                    PyErr.TypeError("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
                    return null;
                }

                addWeakref = true;
                continue;
            }

            names.Add(Mangle(className, s.Value));
        }

        // type_new_copy_slots: the mangled names must not clash with class
        // attributes (but the compiler's __qualname__ and __classcell__ go away);
        // repeated names are allowed, the last member wins in the dict.
        foreach (var item in items)
        {
            var s = ((PyStr)item).Value;
            if ((s == "__dict__" && addDict) || (s == "__weakref__" && addWeakref))
            {
                continue;
            }

            var mangled = Mangle(className, s);
            if (mangled is not ("__qualname__" or "__classcell__") && dict.GetItemStr(mangled) is not null)
            {
                PyErr.ValueError($"'{mangled}' in __slots__ conflicts with class variable");
                return null;
            }
        }

        names.Sort(StringComparer.Ordinal);
        return names.ToArray();
    }

    /// <summary>The items of an iterable; tuples and lists are read directly.</summary>
    internal static List<PyObject>? Iterate(PyObject iterable)
    {
        if (iterable is PyTuple t)
        {
            return [.. t.Items];
        }

        if (iterable is PyList l)
        {
            return [.. l.AsSpan()];
        }

        return PyIter.ToList(iterable);
    }

    private static bool IsIdentifier(string s)
    {
        if (s.Length == 0 || !(char.IsLetter(s[0]) || s[0] == '_' || char.IsSurrogate(s[0])))
        {
            return false;
        }

        foreach (char c in s)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_' || char.IsSurrogate(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
                or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.ConnectorPunctuation))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Private name mangling (_Py_Mangle): <c>__x</c> in class <c>_A</c> becomes <c>_A__x</c>.</summary>
    public static string Mangle(string className, string name)
    {
        if (!name.StartsWith("__", StringComparison.Ordinal) || name.EndsWith("__", StringComparison.Ordinal) || name.Contains('.'))
        {
            return name;
        }

        string stripped = className.TrimStart('_');
        return stripped.Length == 0 ? name : "_" + stripped + name;
    }

    /// <summary>__module__, __qualname__, __classcell__ and the implicit staticmethod/classmethod wrappers.</summary>
    private static bool SetSpecialEntries(PyType type, PyDict dict)
    {
        // A class statement sets __module__; a direct type(...) call takes the caller's __name__.
        if (dict.GetItemStr("__module__") is null && (Threading.PyThreadState.Current.CurrentFrame as Interpreter.Frame)?.Globals is { } globals
            && globals.GetItemStr("__name__") is { } moduleName)
        {
            dict.SetItemStr("__module__", moduleName);
        }

        var qualname = dict.GetItemStr("__qualname__");
        if (qualname is not null)
        {
            if (qualname is not PyStr q)
            {
                PyErr.TypeError($"type __qualname__ must be a str, not {qualname.Type.Name}");
                return false;
            }

            type.QualName = q.Value;
            dict.DelItem(new PyStr("__qualname__"));
        }

        var newFunc = dict.GetItemStr("__new__");
        if (newFunc is not null && IsPythonFunction(newFunc))
        {
            dict.SetItemStr("__new__", new PyStaticMethod(newFunc));
        }

        foreach (var special in (ReadOnlySpan<string>)["__init_subclass__", "__class_getitem__"])
        {
            var f = dict.GetItemStr(special);
            if (f is not null && IsPythonFunction(f))
            {
                dict.SetItemStr(special, new PyClassMethod(f));
            }
        }

        var cell = dict.GetItemStr("__classcell__");
        if (cell is not null)
        {
            if (cell is PyCell classCell)
            {
                classCell.Contents = type;
            }
            else
            {
                PyErr.TypeError($"__classcell__ must be a nonlocal cell, not {PyOps.ReprString(cell.Type)}");
                return false;
            }

            dict.DelItem(new PyStr("__classcell__"));
        }

        return true;
    }

    // A function written in Python: what CPython's PyFunction_Check accepts.
    private static bool IsPythonFunction(PyObject o) => o is PyFunction;

    /// <summary>Calls <c>__set_name__(owner, name)</c> on every class attribute that has one (type_new_set_names).</summary>
    private static bool SetNames(PyType type)
    {
        var snapshot = type.Dict.Copy();
        var setName = new PyStr("__set_name__");
        int pos = 0;
        while (snapshot.Next(ref pos, out var key, out var value))
        {
            var hook = value.Type.Lookup(setName);
            if (hook is null)
            {
                continue;
            }

            var r = PyAttr.CallUnbound(hook, value, [type, key]);
            if (r is null)
            {
                var cause = PyErr.Fetch();
                string keyText = key is PyStr ks ? "'" + ks.Value + "'" : PyOps.ReprString(key) ?? "?";
                PyErr.RuntimeError($"Error calling __set_name__ on '{value.Type.Name}' instance {keyText} in '{type.Name}'");
                if (PyErr.Fetch() is { } wrapper)
                {
                    wrapper.Cause = cause;
                    wrapper.Context = cause;
                    wrapper.SuppressContext = true;
                    PyErr.Restore(wrapper);
                }

                return false;
            }
        }

        return true;
    }

    /// <summary><c>super(type, type).__init_subclass__(**kwargs)</c> (type_new_init_subclass).</summary>
    private static bool InitSubclass(PyType type, ReadOnlySpan<PyObject> kwargs, PyTuple? kwnames)
    {
        var name = new PyStr("__init_subclass__");
        var mro = type.Mro;
        for (int i = 1; i < mro.Length; i++)
        {
            var descr = mro[i].Dict.GetItemStr(name);
            if (descr is null)
            {
                continue;
            }

            var bound = descr.Type.DescrGet is { } get ? get(descr, type, type) : descr;
            if (bound is null)
            {
                return false;
            }

            return PyCall.Call(bound, kwargs, kwnames) is not null;
        }

        return true;
    }

    private static PyObject? InstanceDictGet(PyObject self)
    {
        if (self is PyInstance inst)
        {
            return inst.GetDict();
        }

        if (self is IInstanceDict owner)
        {
            var d = owner.Dict;
            if (d is null)
            {
                d = new PyDict();
                owner.Dict = d;
            }

            return d;
        }

        return PyErr.AttributeError($"'{self.Type.Name}' object has no attribute '__dict__'");
    }

    private static bool InstanceDictSet(PyObject self, PyObject? value)
    {
        if (value is null)
        {
            // subtype_setdict with NULL: the instance starts again with no attributes.
            if (self is PyInstance emptied)
            {
                emptied.SetDict(new PyDict());
                return true;
            }

            if (self is IInstanceDict cleared)
            {
                cleared.Dict = null;
                return true;
            }

            PyErr.AttributeError($"'{self.Type.Name}' object has no attribute '__dict__'");
            return false;
        }

        if (value is not PyDict d)
        {
            PyErr.TypeError($"__dict__ must be set to a dictionary, not a '{value.Type.Name}'");
            return false;
        }

        if (self is PyInstance inst)
        {
            inst.SetDict(d);
            return true;
        }

        if (self is IInstanceDict owner)
        {
            owner.Dict = d;
            return true;
        }

        PyErr.AttributeError($"'{self.Type.Name}' object has no attribute '__dict__'");
        return false;
    }
}
