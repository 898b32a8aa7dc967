using System.Runtime.CompilerServices;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.Abc;

/// <summary>
/// The <c>_abc</c> module (Modules/_abc.c): the machinery behind
/// <c>abc.ABCMeta</c>. Each abstract class keeps an <c>_abc_data</c> in its
/// <c>_abc_impl</c> attribute with three weak sets (registered virtual
/// subclasses, classes known to be subclasses, classes known not to be) and
/// the invalidation counter the negative cache was filled under. Without it
/// the stdlib falls back to <c>_py_abc</c>, which builds the same sets from
/// WeakSet objects in Python at several times the cost.
/// </summary>
public static class AbcModule
{
    private const string Doc = "Module contains faster C implementation of abc.ABCMeta";

    private static readonly PyStr s_abcImpl = new("_abc_impl");
    private static readonly PyStr s_dict = new("__dict__");
    private static readonly PyStr s_bases = new("__bases__");
    private static readonly PyStr s_abstractMethods = new("__abstractmethods__");
    private static readonly PyStr s_isAbstractMethod = new("__isabstractmethod__");
    private static readonly PyStr s_abcTpflags = new("__abc_tpflags__");
    private static readonly PyStr s_class = new("__class__");
    private static readonly PyStr s_subclassCheck = new("__subclasscheck__");
    private static readonly PyStr s_subclassHook = new("__subclasshook__");
    private static readonly PyStr s_subclasses = new("__subclasses__");
    private static readonly PyStr s_keys = new("keys");

    private const TypeFlags CollectionFlags = TypeFlags.Sequence | TypeFlags.Mapping;

    /// <summary>The interpreter's abc_invalidation_counter: bumped by every register(), it voids all negative caches.</summary>
    private sealed class AbcState
    {
        public long InvalidationCounter;
    }

    private static AbcState StateOf(PyInterpreterState interp) => interp.GetState(static _ => new AbcState());

    public static PyModule Create(PyInterpreterState interp)
    {
        var module = new PyModule("_abc") { Origin = "built-in" };
        var d = module.Dict;
        d.SetItemStr("__doc__", new PyStr(Doc));
        d.SetItemStr("_abc_data", PyAbcData.TypeObject);
        Add(d, "get_cache_token", static (args, kw) =>
            Args.NoArgs("_abc.get_cache_token", args, kw) ? PyInt.From(StateOf(PyThreadState.Current.Interpreter).InvalidationCounter) : null);
        Add(d, "_abc_init", static (args, kw) => Args.ExactlyOne("_abc._abc_init", args, kw) ? Init(args[0]) : null);
        Add(d, "_abc_register", static (args, kw) => Args.Positional("_abc_register", args, kw, 2, 2) ? Register(args[0], args[1]) : null);
        Add(d, "_abc_instancecheck", static (args, kw) =>
            Args.Positional("_abc_instancecheck", args, kw, 2, 2) ? InstanceCheck(args[0], args[1]) : null);
        Add(d, "_abc_subclasscheck", static (args, kw) =>
            Args.Positional("_abc_subclasscheck", args, kw, 2, 2) ? SubclassCheck(args[0], args[1]) : null);
        Add(d, "_get_dump", static (args, kw) => Args.ExactlyOne("_abc._get_dump", args, kw) ? GetDump(args[0]) : null);
        Add(d, "_reset_registry", static (args, kw) =>
        {
            if (!Args.ExactlyOne("_abc._reset_registry", args, kw) || GetImpl(args[0]) is not { } impl)
            {
                return null;
            }

            impl.Registry?.Clear();
            return PyNone.Instance;
        });
        Add(d, "_reset_caches", static (args, kw) =>
        {
            if (!Args.ExactlyOne("_abc._reset_caches", args, kw) || GetImpl(args[0]) is not { } impl)
            {
                return null;
            }

            impl.Cache?.Clear();
            impl.NegativeCache?.Clear();
            return PyNone.Instance;
        });
        return module;
    }

    /// <summary>_abc__abc_init: computes __abstractmethods__, attaches the _abc_data, applies __abc_tpflags__.</summary>
    private static PyObject? Init(PyObject self)
    {
        if (!ComputeAbstractMethods(self))
        {
            return null;
        }

        var data = new PyAbcData(StateOf(PyThreadState.Current.Interpreter).InvalidationCounter);
        if (!PyOps.SetAttr(self, s_abcImpl, data))
        {
            return null;
        }

        if (self is PyType cls)
        {
            // collections.abc's Sequence and Mapping name the flag their subclasses get for pattern matching.
            if (cls.Dict.GetItemStr(s_abcTpflags.Value) is { } flags)
            {
                if (ReferenceEquals(flags.Type, PyInt.TypeObject))
                {
                    var value = (PyInt)flags;
                    if (!value.IsSmall)
                    {
                        return PyErr.SetString(PyExc.OverflowError, "Python int too large to convert to C long");
                    }

                    var collection = (TypeFlags)value.Small & CollectionFlags;
                    if (collection == CollectionFlags)
                    {
                        return PyErr.TypeError("__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING");
                    }

                    cls.Flags |= collection;
                }

                if (cls.Dict.DelItem(s_abcTpflags) < 0)
                {
                    return null;
                }

                cls.Modified();
            }
        }

        return PyNone.Instance;
    }

    /// <summary>compute_abstract_methods: the names abstract in the class's own namespace or still abstract from a base.</summary>
    private static bool ComputeAbstractMethods(PyObject self)
    {
        var abstracts = new PyFrozenSet();
        var ns = PyOps.GetAttr(self, s_dict);
        if (ns is null)
        {
            return false;
        }

        var keys = MappingKeys(ns);
        if (keys is null)
        {
            return false;
        }

        for (int i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            var value = PySequence.GetItem(ns, key);
            if (value is null)
            {
                return false;
            }

            int isAbstract = IsAbstract(value);
            if (isAbstract < 0 || (isAbstract > 0 && !abstracts.Add(key)))
            {
                return false;
            }
        }

        var bases = PyOps.GetAttr(self, s_bases);
        if (bases is null)
        {
            return false;
        }

        if (bases is not PyTuple baseTuple)
        {
            PyErr.TypeError("__bases__ is not tuple");
            return false;
        }

        foreach (var item in baseTuple.Items)
        {
            var baseAbstracts = PyOps.GetAttrOrNull(item, s_abstractMethods);
            if (baseAbstracts is null)
            {
                if (PyErr.Occurred)
                {
                    return false;
                }

                continue;
            }

            var it = PyIter.GetIter(baseAbstracts);
            if (it is null)
            {
                return false;
            }

            while (PyIter.TryNext(it, out var key))
            {
                if (key is not PyStr name)
                {
                    PyErr.TypeError($"attribute name must be string, not '{key.Type.Name}'");
                    return false;
                }

                var value = PyOps.GetAttrOrNull(self, name);
                if (value is null)
                {
                    if (PyErr.Occurred)
                    {
                        return false;
                    }

                    continue;
                }

                int isAbstract = IsAbstract(value);
                if (isAbstract < 0 || (isAbstract > 0 && !abstracts.Add(key)))
                {
                    return false;
                }
            }

            if (PyErr.Occurred)
            {
                return false;
            }
        }

        return PyOps.SetAttr(self, s_abstractMethods, abstracts);
    }

    /// <summary>PyMapping_Keys: a dict's keys directly, else list(o.keys()).</summary>
    private static PyList? MappingKeys(PyObject o)
    {
        if (ReferenceEquals(o.Type, PyDict.TypeObject))
        {
            return PyList.FromIterable(o);
        }

        var keys = PyCall.CallMethod(o, s_keys, ReadOnlySpan<PyObject>.Empty);
        if (keys is null)
        {
            return null;
        }

        if (keys is PyList list && ReferenceEquals(list.Type, PyList.TypeObject))
        {
            return list;
        }

        var it = PyIter.GetIter(keys);
        if (it is null)
        {
            if (PyErr.ExceptionMatches(PyExc.TypeError))
            {
                PyErr.Clear();
                PyErr.TypeError($"{o.Type.Name}.keys() returned a non-iterable (type {keys.Type.Name})");
            }

            return null;
        }

        return PyList.FromIterable(it);
    }

    /// <summary>_PyObject_IsAbstract: a true __isabstractmethod__; -1 on error.</summary>
    private static int IsAbstract(PyObject value)
    {
        var flag = PyOps.GetAttrOrNull(value, s_isAbstractMethod);
        if (flag is null)
        {
            return PyErr.Occurred ? -1 : 0;
        }

        return PyOps.IsTrue(flag);
    }

    /// <summary>_get_impl: the class's _abc_data, which must be exactly that type.</summary>
    private static PyAbcData? GetImpl(PyObject self)
    {
        var impl = PyOps.GetAttr(self, s_abcImpl);
        if (impl is null)
        {
            return null;
        }

        if (impl is not PyAbcData data)
        {
            PyErr.TypeError("_abc_impl is set to a wrong type");
            return null;
        }

        return data;
    }

    /// <summary>_abc__abc_register: ABCMeta.register.</summary>
    private static PyObject? Register(PyObject self, PyObject subclass)
    {
        if (subclass is not PyType subType)
        {
            return PyErr.TypeError("Can only register classes");
        }

        int r = PyTypeCheck.IsSubclass(subclass, self);
        if (r > 0)
        {
            return subclass;
        }

        if (r < 0)
        {
            return null;
        }

        // Checked after "already a subclass", as ABCMeta.register does.
        r = PyTypeCheck.IsSubclass(self, subclass);
        if (r > 0)
        {
            return PyErr.RuntimeError("Refusing to create an inheritance cycle");
        }

        if (r < 0 || GetImpl(self) is not { } impl)
        {
            return null;
        }

        (impl.Registry ??= new WeakClassSet()).Add(subclass);
        StateOf(PyThreadState.Current.Interpreter).InvalidationCounter++;

        if (self is PyType selfType && (selfType.Flags & CollectionFlags) is var flag and not TypeFlags.None)
        {
            SetCollectionFlagRecursive(subType, flag);
        }

        return subclass;
    }

    /// <summary>set_collection_flag_recursive: a registered class and its subclasses match as sequences (or mappings).</summary>
    private static void SetCollectionFlagRecursive(PyType child, TypeFlags flag)
    {
        if (child.HasFlag(TypeFlags.Immutable) || (child.Flags & CollectionFlags) == flag)
        {
            return;
        }

        child.Flags = (child.Flags & ~CollectionFlags) | flag;
        foreach (var grandchild in child.Subclasses())
        {
            SetCollectionFlagRecursive(grandchild, flag);
        }
    }

    /// <summary>_abc__abc_instancecheck: ABCMeta.__instancecheck__.</summary>
    private static PyObject? InstanceCheck(PyObject self, PyObject instance)
    {
        if (GetImpl(self) is not { } impl)
        {
            return null;
        }

        var subclass = PyOps.GetAttr(instance, s_class);
        if (subclass is null)
        {
            return null;
        }

        if (impl.Cache?.Contains(subclass) == true)
        {
            return PyBool.True;
        }

        PyObject subtype = instance.Type;
        if (ReferenceEquals(subtype, subclass))
        {
            if (impl.NegativeCacheVersion == StateOf(PyThreadState.Current.Interpreter).InvalidationCounter
                && impl.NegativeCache?.Contains(subclass) == true)
            {
                return PyBool.False;
            }

            return PyCall.CallMethod(self, s_subclassCheck, [subclass]);
        }

        var result = PyCall.CallMethod(self, s_subclassCheck, [subclass]);
        if (result is null)
        {
            return null;
        }

        switch (PyOps.IsTrue(result))
        {
            case < 0:
                return null;
            case > 0:
                return result;
        }

        return PyCall.CallMethod(self, s_subclassCheck, [subtype]);
    }

    /// <summary>_abc__abc_subclasscheck: ABCMeta.__subclasscheck__, its caches first, then the hook, the MRO, the registry and the subclasses.</summary>
    private static PyObject? SubclassCheck(PyObject self, PyObject subclass)
    {
        if (subclass is not PyType subType)
        {
            return PyErr.TypeError("issubclass() arg 1 must be a class");
        }

        if (GetImpl(self) is not { } impl)
        {
            return null;
        }

        // 1. The positive cache.
        if (impl.Cache?.Contains(subclass) == true)
        {
            return PyBool.True;
        }

        // 2. The negative cache, emptied when a register() happened since it was filled.
        var state = StateOf(PyThreadState.Current.Interpreter);
        if (impl.NegativeCacheVersion < state.InvalidationCounter)
        {
            impl.NegativeCache?.Clear();
            impl.NegativeCacheVersion = state.InvalidationCounter;
        }
        else if (impl.NegativeCache?.Contains(subclass) == true)
        {
            return PyBool.False;
        }

        // 3. The subclass hook.
        var ok = PyCall.CallMethod(self, s_subclassHook, [subclass]);
        if (ok is null)
        {
            return null;
        }

        if (ReferenceEquals(ok, PyBool.True))
        {
            (impl.Cache ??= new WeakClassSet()).Add(subclass);
            return PyBool.True;
        }

        if (ReferenceEquals(ok, PyBool.False))
        {
            (impl.NegativeCache ??= new WeakClassSet()).Add(subclass);
            return PyBool.False;
        }

        if (!ReferenceEquals(ok, PyNotImplemented.Instance))
        {
            return PyErr.SetString(PyExc.AssertionError, "__subclasshook__ must return either False, True, or NotImplemented");
        }

        // 4. A direct subclass.
        foreach (var entry in subType.Mro)
        {
            if (ReferenceEquals(entry, self))
            {
                (impl.Cache ??= new WeakClassSet()).Add(subclass);
                return PyBool.True;
            }
        }

        // 5. A subclass of a registered class (recursively).
        if (impl.Registry is { } registry)
        {
            // A registered class itself is answered without entering the cache, as _abc.c's fast path.
            if (registry.Contains(subclass))
            {
                return PyBool.True;
            }

            // A copy: the checks below may register more classes.
            foreach (var registered in registry.Live())
            {
                int r = PyTypeCheck.IsSubclass(subclass, registered);
                if (r < 0)
                {
                    return null;
                }

                if (r > 0)
                {
                    (impl.Cache ??= new WeakClassSet()).Add(subclass);
                    return PyBool.True;
                }
            }
        }

        // 6. A subclass of a subclass (recursively).
        var subclasses = PyCall.CallMethod(self, s_subclasses, ReadOnlySpan<PyObject>.Empty);
        if (subclasses is null)
        {
            return null;
        }

        if (subclasses is not PyList list)
        {
            return PyErr.TypeError("__subclasses__() must return a list");
        }

        for (int i = 0; i < list.Count; i++)
        {
            int r = PyTypeCheck.IsSubclass(subclass, list[i]);
            if (r < 0)
            {
                return null;
            }

            if (r > 0)
            {
                (impl.Cache ??= new WeakClassSet()).Add(subclass);
                return PyBool.True;
            }
        }

        (impl.NegativeCache ??= new WeakClassSet()).Add(subclass);
        return PyBool.False;
    }

    /// <summary>_abc__get_dump: (registry, cache, negative cache) as sets of weak references, and the negative cache's version.</summary>
    private static PyObject? GetDump(PyObject self)
    {
        if (GetImpl(self) is not { } impl)
        {
            return null;
        }

        var registry = DumpSet(impl.Registry);
        var cache = registry is null ? null : DumpSet(impl.Cache);
        var negative = cache is null ? null : DumpSet(impl.NegativeCache);
        if (negative is null)
        {
            return null;
        }

        return new PyTuple([registry!, cache!, negative, PyInt.From(impl.NegativeCacheVersion)]);
    }

    private static PySet? DumpSet(WeakClassSet? set)
    {
        var result = new PySet();
        if (set is null)
        {
            return result;
        }

        foreach (var item in set.Live())
        {
            var reference = PyWeakref.New(PyWeakref.TypeObject, item, null);
            if (reference is null || !result.Add(reference))
            {
                return null;
            }
        }

        return result;
    }

    private static void Add(PyDict d, string name, FunctionImpl impl) =>
        d.SetItemStr(name, new PyBuiltinFunction(name, impl, "_abc"));
}

/// <summary>
/// A set of classes held weakly and compared by identity, as _abc.c's sets
/// of weak references (whose referents are classes, which hash by identity).
/// Membership is a weak table; the order of registration is kept for
/// iteration, with dead entries swept when the list doubles.
/// </summary>
internal sealed class WeakClassSet
{
    private ConditionalWeakTable<PyObject, object> _members = new();
    private readonly List<WeakReference<PyObject>> _order = new();
    private int _sweepAt = 16;

    public bool Contains(PyObject item) => _members.TryGetValue(item, out _);

    public void Add(PyObject item)
    {
        if (_members.TryGetValue(item, out _))
        {
            return;
        }

        _members.Add(item, item);
        if (_order.Count >= _sweepAt)
        {
            _order.RemoveAll(static w => !w.TryGetTarget(out _));
            _sweepAt = Math.Max(16, _order.Count * 2);
        }

        _order.Add(new WeakReference<PyObject>(item));
    }

    public void Clear()
    {
        _members = new ConditionalWeakTable<PyObject, object>();
        _order.Clear();
    }

    /// <summary>The live members in the order they were added (a copy).</summary>
    public List<PyObject> Live()
    {
        var result = new List<PyObject>(_order.Count);
        foreach (var w in _order)
        {
            if (w.TryGetTarget(out var item) && _members.TryGetValue(item, out _))
            {
                result.Add(item);
            }
        }

        return result;
    }
}

/// <summary>_abc._abc_data: the internal state of one abstract class.</summary>
public sealed class PyAbcData : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("_abc_data", null, TypeFlags.None, null, null, "_abc");

    internal PyAbcData(long negativeCacheVersion)
        : base(TypeObject)
    {
        NegativeCacheVersion = negativeCacheVersion;
    }

    internal WeakClassSet? Registry;

    internal WeakClassSet? Cache;

    internal WeakClassSet? NegativeCache;

    internal long NegativeCacheVersion;
}
