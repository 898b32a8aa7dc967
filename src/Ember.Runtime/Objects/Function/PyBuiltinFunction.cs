using Ember.Runtime.Errors;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// <c>builtin_function_or_method</c> (Objects/methodobject.c): a function
/// written in C#, either module-level (<see cref="Function"/>) or a builtin
/// method bound to its object (<see cref="Method"/> with <see cref="Self"/>).
/// </summary>
public sealed partial class PyBuiltinFunction : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin(
        "builtin_function_or_method", null, TypeFlags.HasWeakref, InitSlots, InitMembers);

    public PyBuiltinFunction(string name, FunctionImpl function, string? module = null, string? doc = null)
        : base(TypeObject)
    {
        Name = name;
        Function = function;
        ModuleName = module;
        Doc = doc;
    }

    public PyBuiltinFunction(string name, MethodImpl method, PyObject self, string? doc = null)
        : base(TypeObject)
    {
        Name = name;
        Method = method;
        Self = self;
        Doc = doc;
    }

    public string Name { get; }

    public FunctionImpl? Function { get; }

    public MethodImpl? Method { get; }

    /// <summary>The bound object (__self__), or null for a module-level function (whose __self__ is its module).</summary>
    public PyObject? Self { get; }

    public string? ModuleName { get; }

    /// <summary>__module__ once assigned (m_module is a writable member); null while it is <see cref="ModuleName"/>.</summary>
    internal PyObject? ModuleAttr { get; set; }

    /// <summary>
    /// The module a module-level function belongs to (its m_self, shown as
    /// __self__), set when the builtin module is made (<see cref="BindTo"/>).
    /// </summary>
    public PyModule? ModuleObject { get; private set; }

    /// <summary>Makes the module-level builtins in <paramref name="module"/>'s dict, named after it, report it as their __self__.</summary>
    public static void BindTo(PyModule module)
    {
        if (module.Dict.GetItemStr("__name__") is not PyStr name)
        {
            return;
        }

        int pos = 0;
        while (module.Dict.Next(ref pos, out _, out var value))
        {
            if (value is PyBuiltinFunction { Self: null, ModuleObject: null } f && f.ModuleName == name.Value)
            {
                f.ModuleObject = module;
            }
        }
    }

    public string? Doc { get; }

    /// <summary>__text_signature__ when known, e.g. "($module, obj, /)"; null gives None.</summary>
    public string? TextSignature { get; init; }

    public PyObject? Invoke(ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        Function is not null ? Function(args, kwnames) : Method!(Self!, args, kwnames);

    private static partial void InitSlots(PyType type);

    private static partial void InitMembers(PyType type);
}

/// <summary>
/// <c>method_descriptor</c> (Objects/descrobject.c): a builtin type's method
/// as found in the type's dict; binding it to an instance gives a
/// <see cref="PyBuiltinFunction"/>.
/// </summary>
public sealed partial class PyMethodDescriptor : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("method_descriptor", null, TypeFlags.MethodDescriptor, InitSlots, InitMembers);

    public PyMethodDescriptor(PyType owner, string name, MethodImpl impl, string? doc = null)
        : base(TypeObject)
    {
        Owner = owner;
        Name = name;
        Impl = impl;
        Doc = doc;
    }

    public PyType Owner { get; }

    public string Name { get; }

    public MethodImpl Impl { get; }

    public string? Doc { get; }

    /// <summary>__text_signature__ when known, e.g. "($self, object, /)"; null gives None.</summary>
    public string? TextSignature { get; init; }

    /// <summary>Calls with args[0] as self, checking its type as CPython's method_vectorcall does.</summary>
    public PyObject? CallUnbound(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        if (args.Length - nkw < 1)
        {
            return PyErr.TypeError($"unbound method {Owner.Name}.{Name}() needs an argument");
        }

        var self = args[0];
        if (!self.Type.IsSubtypeOf(Owner))
        {
            return PyErr.TypeError($"descriptor '{Name}' for '{Owner.Name}' objects doesn't apply to a '{self.Type.Name}' object");
        }

        return Impl(self, args[1..], kwnames);
    }

    private static partial void InitSlots(PyType type);

    private static partial void InitMembers(PyType type);
}

/// <summary><c>getset_descriptor</c>: a computed attribute of a builtin type.</summary>
public sealed partial class PyGetSetDescriptor : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("getset_descriptor", null, TypeFlags.None, InitSlots, InitMembers);

    public PyGetSetDescriptor(PyType owner, string name, GetterImpl getter, SetterImpl? setter, string? doc = null)
        : base(TypeObject)
    {
        Owner = owner;
        Name = name;
        Getter = getter;
        Setter = setter;
        Doc = doc;
    }

    public PyType Owner { get; }

    public string Name { get; }

    public GetterImpl Getter { get; }

    public SetterImpl? Setter { get; }

    public string? Doc { get; }

    private static partial void InitSlots(PyType type);

    private static partial void InitMembers(PyType type);
}

/// <summary><c>classmethod_descriptor</c>: a builtin classmethod such as <c>dict.fromkeys</c>; self is the class.</summary>
public sealed partial class PyClassMethodDescriptor : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("classmethod_descriptor", null, TypeFlags.None, InitSlots, InitMembers);

    public PyClassMethodDescriptor(PyType owner, string name, MethodImpl impl, string? doc = null)
        : base(TypeObject)
    {
        Owner = owner;
        Name = name;
        Impl = impl;
        Doc = doc;
    }

    public PyType Owner { get; }

    public string Name { get; }

    public MethodImpl Impl { get; }

    public string? Doc { get; }

    private static partial void InitSlots(PyType type);

    private static partial void InitMembers(PyType type);
}
