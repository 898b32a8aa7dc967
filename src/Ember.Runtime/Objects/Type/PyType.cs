using Ember.Runtime.Errors;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// A Python class (Objects/typeobject.c). Holds the name, bases, MRO, the
/// member dict, a version tag that changes whenever a lookup through this type
/// could give a different answer, and the slot table the protocol layer
/// dispatches through.
/// <para>
/// Builtin types are static, shared by every interpreter, and immutable from
/// Python: their slots are set when the type is created and their member dict
/// is built on first use (start-up creates nothing it does not need). Classes
/// made by Python code (<see cref="TypeFlags.HeapType"/>) belong to one
/// interpreter.
/// </para>
/// </summary>
public sealed partial class PyType : PyObject, IInstanceDict
{
    public static readonly PyType TypeType;
    public static readonly PyType ObjectType;

    // Version tags are unique in the process; 0 means "not valid" (a cache
    // never matches it). A counter is the one mutable static here: it hands
    // out numbers and holds no interpreter's state.
    private static int s_nextVersion;

    private PyDict? _dict;
    private Action<PyType>? _members;
    private readonly object _initLock = new();

    static PyType()
    {
        TypeType = new PyType(null, "type", null, TypeFlags.BaseType | TypeFlags.Immutable | TypeFlags.TypeSubclass | TypeFlags.HasWeakref);
        TypeType.Type = TypeType;
        ObjectType = new PyType(TypeType, "object", null, TypeFlags.BaseType | TypeFlags.Immutable);
        ObjectType.Mro = [ObjectType];
        TypeType.Base = ObjectType;
        TypeType.Bases = [ObjectType];
        TypeType.Mro = [TypeType, ObjectType];
        TypeType.Call = TypeCall;
        ObjectType.SolidBase = ObjectType;
        TypeType.SolidBase = TypeType;
        InitCoreSlots();
    }

    private PyType(PyType? metatype, string name, PyType? baseType, TypeFlags flags)
        : base(metatype!)
    {
        Name = name;
        QualName = name;
        Base = baseType;
        Bases = baseType is null ? [] : [baseType];
        Mro = [];
        Flags = flags;
        VersionTag = NewVersionTag();
    }

    /// <summary>
    /// A class created at run time (class statement, <c>type(name, bases, dict)</c>):
    /// the type machinery fills MRO, slots and the dict.
    /// </summary>
    public PyType(PyType metatype, string name, PyType[] bases, PyDict dict, TypeFlags flags)
        : base(metatype)
    {
        Name = name;
        QualName = name;
        Bases = bases;
        Base = bases.Length > 0 ? bases[0] : ObjectType;
        Mro = [];
        _dict = dict;
        Flags = flags | TypeFlags.HeapType;
        VersionTag = NewVersionTag();
    }

    /// <summary>
    /// Creates a builtin type. <paramref name="slots"/> runs now and sets the
    /// slots; slots it leaves empty are inherited from <paramref name="baseType"/>.
    /// <paramref name="members"/> runs on first use of the dict and adds the
    /// methods, getters and class attributes.
    /// </summary>
    public static PyType CreateBuiltin(
        string name,
        PyType? baseType,
        TypeFlags flags = TypeFlags.BaseType,
        Action<PyType>? slots = null,
        Action<PyType>? members = null,
        string module = "builtins")
    {
        baseType ??= ObjectType;
        var type = new PyType(TypeType, name, baseType, flags | TypeFlags.Immutable | (baseType.Flags & SubclassFlags))
        {
            ModuleName = module,
            _members = members,
        };
        var mro = new PyType[baseType.Mro.Length + 1];
        mro[0] = type;
        baseType.Mro.CopyTo(mro, 1);
        type.Mro = mro;
        slots?.Invoke(type);

        // inherit_special: a static type under object without its own tp_new cannot be instantiated.
        if (type.New is null && ReferenceEquals(baseType, ObjectType))
        {
            type.Flags |= TypeFlags.DisallowInstantiation;
        }

        type.SolidBase = SharesLayout(type, baseType) ? baseType.SolidBase : type;
        type.InheritSlots(baseType);
        return type;
    }

    internal const TypeFlags SubclassFlags = TypeFlags.LongSubclass | TypeFlags.ListSubclass | TypeFlags.TupleSubclass
        | TypeFlags.BytesSubclass | TypeFlags.UnicodeSubclass | TypeFlags.DictSubclass
        | TypeFlags.BaseExceptionSubclass | TypeFlags.TypeSubclass;

    public string Name;

    public string QualName;

    /// <summary>For builtin types, the module that defines them ("builtins", "_collections"); heap types keep __module__ in their dict.</summary>
    public string ModuleName = "builtins";

    /// <summary>
    /// CPython's tp_name, which most error messages quote: a builtin type
    /// outside builtins is "module.name" ("weakref.ProxyType"), any other
    /// type its bare name.
    /// </summary>
    public string TpName => IsHeapType || ModuleName == "builtins" ? Name : ModuleName + "." + Name;

    /// <summary>tp_base: the "solid" base whose layout instances share.</summary>
    public PyType? Base;

    public PyType[] Bases;

    /// <summary>The method resolution order, this type first.</summary>
    public PyType[] Mro;

    public TypeFlags Flags;

    /// <summary>Changes whenever a lookup through this type could give another answer.</summary>
    public int VersionTag;

    /// <summary>The members (tp_dict). Built on first use for builtin types.</summary>
    public PyDict Dict => _dict ?? EnsureDict();

    PyDict? IInstanceDict.Dict
    {
        get => Dict;
        set => throw new InvalidOperationException("a type's dict cannot be replaced");
    }

    public bool IsHeapType => (Flags & TypeFlags.HeapType) != 0;

    public bool HasFlag(TypeFlags flag) => (Flags & flag) != 0;

    public static int NewVersionTag()
    {
        int v = Interlocked.Increment(ref s_nextVersion);
        return v == 0 ? Interlocked.Increment(ref s_nextVersion) : v;
    }

    /// <summary>Invalidates caches that hold this type's version (after any change to its dict, bases or MRO).</summary>
    public void Modified()
    {
        VersionTag = NewVersionTag();
        OnModified();
    }

    // The type machinery propagates the change to subclasses (Types/).
    partial void OnModified();

    // The type machinery adds slot wrappers (__add__, __repr__, ...) for the slots a builtin type fills.
    partial void AddSlotWrappers();

    // The dict while its members are being added: the thread filling it sees it (members refer to
    // their type), other threads wait on the lock until it is complete and published.
    private PyDict? _dictInProgress;

    private PyDict EnsureDict()
    {
        lock (_initLock)
        {
            if (_dict is not null)
            {
                return _dict;
            }

            if (_dictInProgress is not null)
            {
                return _dictInProgress;
            }

            var dict = new PyDict();
            _dictInProgress = dict;
            _members?.Invoke(this);
            _members = null;
            AddSlotWrappers();
            if (dict.GetItemStr("__doc__") is null)
            {
                dict.SetItemStr("__doc__", PyNone.Instance);
            }

            Volatile.Write(ref _dict, dict);
            _dictInProgress = null;
            return dict;
        }
    }

    /// <summary>Whether this type is <paramref name="other"/> or derives from it (PyType_IsSubtype: by MRO).</summary>
    public bool IsSubtypeOf(PyType other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        var mro = Mro;
        for (int i = 1; i < mro.Length; i++)
        {
            if (ReferenceEquals(mro[i], other))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Finds <paramref name="name"/> in the dicts along the MRO without
    /// invoking descriptors (_PyType_Lookup). Null when absent; never raises.
    /// </summary>
    public PyObject? Lookup(PyStr name)
    {
        var cache = _lookupCache;
        if (cache is not null && cache.Version == VersionTag && name.CodePoints is null
            && cache.Map.TryGetValue(name.Value, out var cached))
        {
            return cached;
        }

        return LookupAndCache(name);
    }

    /// <summary>The same lookup by a .NET string (slow paths and start-up code).</summary>
    public PyObject? Lookup(string name)
    {
        var mro = Mro;
        for (int i = 0; i < mro.Length; i++)
        {
            var value = mro[i].Dict.GetItemStr(name);
            if (value is not null)
            {
                return value;
            }
        }

        return null;
    }

    // The method cache (CPython's type attribute cache, per type here): valid
    // while the version tag it was filled under is current. Every change that
    // could alter a lookup result bumps the tag (Modified), also in subclasses.
    private sealed class LookupCache(int version)
    {
        public readonly int Version = version;
        public readonly System.Collections.Concurrent.ConcurrentDictionary<string, PyObject?> Map = new(StringComparer.Ordinal);
    }

    private LookupCache? _lookupCache;

    /// <summary>
    /// sys._clear_type_cache (PyType_ClearCache): forgets the lookup caches of
    /// object and every live subclass; they refill on the next lookups.
    /// </summary>
    public static void ClearLookupCaches()
    {
        var pending = new Stack<PyType>();
        var seen = new HashSet<PyType>(ReferenceEqualityComparer.Instance);
        pending.Push(ObjectType);
        while (pending.TryPop(out var type))
        {
            if (!seen.Add(type))
            {
                continue;
            }

            type._lookupCache = null;
            foreach (var sub in type.Subclasses())
            {
                pending.Push(sub);
            }
        }
    }

    private const int LookupCacheLimit = 4096;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private PyObject? LookupAndCache(PyStr name)
    {
        int version = VersionTag;
        PyObject? result = null;
        var mro = Mro;
        for (int i = 0; i < mro.Length; i++)
        {
            var value = mro[i].Dict.GetItemStr(name);
            if (value is not null)
            {
                result = value;
                break;
            }
        }

        // A class still being built has no final MRO yet; strings with lone
        // surrogates have no exact .NET key.
        if (name.CodePoints is null && (!IsHeapType || HasFlag(TypeFlags.Ready)) && version == VersionTag)
        {
            var cache = _lookupCache;
            if (cache is null || cache.Version != version || cache.Map.Count >= LookupCacheLimit)
            {
                cache = new LookupCache(version);
                _lookupCache = cache;
            }

            cache.Map[name.Value] = result;
        }

        return result;
    }

    public override string ToString() => $"<class '{(ModuleName == "builtins" ? "" : ModuleName + ".")}{QualName}'>";
}
