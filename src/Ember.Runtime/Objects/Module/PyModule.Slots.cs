using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

public partial class PyModule
{
    private static readonly PyStr s_getattr = new("__getattr__");
    private static readonly PyStr s_dir = new("__dir__");
    private static readonly ArgSpec s_initSpec = new("module", ["name", "doc"], required: 1);

    /// <summary>An empty module of <paramref name="type"/> (module.__new__); __init__ fills the dict.</summary>
    private PyModule(PyType type)
        : base(type)
    {
        Dict = new PyDict();
    }

    /// <summary>
    /// Where the module came from when it has no __spec__ or __file__ to say
    /// so: "built-in" for the runtime's own modules (their repr is
    /// "&lt;module 'sys' (built-in)&gt;").
    /// </summary>
    public string? Origin { get; set; }

    private static partial void InitSlots(PyType type)
    {
        type.New = static (cls, args, kw) => new PyModule(cls);
        type.Init = static (self, args, kw) => ((PyModule)self).InitFromArgs(args, kw);
        type.Repr = static self => ((PyModule)self).ReprOf();
        type.GetAttr = static (self, name) => ((PyModule)self).GetAttribute(name);
        type.SetAttr = static (self, name, value) => ((PyModule)self).SetAttribute(name, value);
    }

    private static partial void InitMembers(PyType type)
    {
        type.AddGetter("__dict__", static self => ((PyModule)self).Dict);
        type.AddGetter("__annotations__", static self => ((PyModule)self).GetAnnotations(), static (self, value) => ((PyModule)self).SetAnnotations(value));
        type.AddMethod("__dir__", static (self, args, kw) => Args.NoArgs("__dir__", args, kw) ? ((PyModule)self).Dir() : null);
    }

    private bool InitFromArgs(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> a = [null, null];
        if (!s_initSpec.Parse(args, kwnames, a))
        {
            return false;
        }

        if (a[0] is not PyStr name)
        {
            PyErr.TypeError($"module() argument 'name' must be str, not {StrArgs.TypeNameForError(a[0]!)}");
            return false;
        }

        Dict.SetItemStr("__name__", name);
        Dict.SetItemStr("__doc__", a[1] ?? PyNone.Instance);
        Dict.SetItemStr("__package__", PyNone.Instance);
        Dict.SetItemStr("__loader__", PyNone.Instance);
        Dict.SetItemStr("__spec__", PyNone.Instance);
        return true;
    }

    /// <summary>
    /// module_getattro: the type's data descriptors, then the module dict,
    /// then the type's other attributes, then the module's own __getattr__
    /// (PEP 562), else "module 'x' has no attribute 'y'".
    /// </summary>
    public PyObject? GetAttribute(PyStr name)
    {
        // Fast path: a global of a plain module (math.sqrt). Only dunder names can hit the type's descriptors first.
        string n = name.Value;
        if (ReferenceEquals(Type, TypeObject) && !(n.Length > 4 && n[0] == '_' && n[1] == '_'))
        {
            var value = Dict.GetItemStr(name);
            if (value is not null)
            {
                return value;
            }
        }

        return GetAttributeSlow(name);
    }

    private PyObject? GetAttributeSlow(PyStr name)
    {
        var descr = Type.Lookup(name);
        if (descr is not null && descr.Type.DescrGet is { } get && descr.Type.DescrSet is not null)
        {
            return get(descr, this, Type);
        }

        if (Dict.GetItemStr(name) is { } value)
        {
            return value;
        }

        if (descr is not null)
        {
            return descr.Type.DescrGet is { } get2 ? get2(descr, this, Type) : descr;
        }

        if (Dict.GetItemStr(s_getattr) is { } hook)
        {
            return PyCall.Call(hook, name);
        }

        string message = Dict.GetItemStr("__name__") is PyStr modName
            ? IsInitializing() ? $"partially initialized module '{modName.Value}' has no attribute '{name.Value}' (most likely due to a circular import)"
                : $"module '{modName.Value}' has no attribute '{name.Value}'"
            : $"module has no attribute '{name.Value}'";
        PyExc.RaiseAttributeError(message, name, this);
        return null;
    }

    private bool IsInitializing()
    {
        if (Dict.GetItemStr("__spec__") is not { } spec || spec is PyNone)
        {
            return false;
        }

        var flag = PyOps.GetAttrOrNull(spec, new PyStr("_initializing"));
        if (flag is null)
        {
            PyErr.Clear();
            return false;
        }

        int r = PyOps.IsTrue(flag);
        if (r < 0)
        {
            PyErr.Clear();
        }

        return r == 1;
    }

    /// <summary>Setting or (value null) deleting a module attribute: the type's data descriptors, else the dict.</summary>
    public bool SetAttribute(PyStr name, PyObject? value)
    {
        var descr = Type.Lookup(name);
        if (descr is not null && descr.Type.DescrSet is { } set)
        {
            return set(descr, this, value);
        }

        if (value is not null)
        {
            Dict.SetItemStr(name, value);
            return true;
        }

        int r = Dict.DelItem(name);
        if (r == 0)
        {
            PyExc.RaiseAttributeError($"'{Type.Name}' object has no attribute '{name.Value}'", name, this);
        }

        return r == 1;
    }

    private PyObject? GetAnnotations()
    {
        if (Dict.GetItemStr("__annotations__") is { } existing)
        {
            return existing;
        }

        var annotations = new PyDict();
        Dict.SetItemStr("__annotations__", annotations);
        return annotations;
    }

    private bool SetAnnotations(PyObject? value)
    {
        if (value is not null)
        {
            Dict.SetItemStr("__annotations__", value);
            return true;
        }

        if (Dict.DelItem(new PyStr("__annotations__")) == 1)
        {
            return true;
        }

        PyErr.AttributeError("__annotations__");
        return false;
    }

    private PyObject? Dir()
    {
        if (Dict.GetItemStr(s_dir) is { } hook)
        {
            return PyCall.Call(hook);
        }

        var list = new PyList(Dict.Count);
        int pos = 0;
        while (Dict.Next(ref pos, out var key, out _))
        {
            list.Append(key);
        }

        return list;
    }

    /// <summary>
    /// The repr importlib gives (_module_repr): by __spec__ when there is
    /// one, else "from" __file__, else the loader or the builtin origin.
    /// </summary>
    private PyObject? ReprOf()
    {
        string name = Dict.GetItemStr("__name__") is PyStr n ? n.Value : "?";
        var spec = Dict.GetItemStr("__spec__");
        if (spec is not null and not PyNone)
        {
            return ReprFromSpec(spec);
        }

        if (Dict.GetItemStr("__file__") is { } file)
        {
            var fileRepr = PyOps.Str(file);
            return fileRepr is null ? null : new PyStr($"<module '{name}' from '{((PyStr)fileRepr).Value}'>");
        }

        if (Origin is not null)
        {
            return new PyStr($"<module '{name}' ({Origin})>");
        }

        var loader = Dict.GetItemStr("__loader__");
        if (loader is null or PyNone)
        {
            return new PyStr($"<module '{name}'>");
        }

        var loaderRepr = PyOps.Repr(loader);
        return loaderRepr is null ? null : new PyStr($"<module '{name}' ({((PyStr)loaderRepr).Value})>");
    }

    private static PyObject? ReprFromSpec(PyObject spec)
    {
        var nameObj = PyOps.GetAttr(spec, "name");
        var origin = nameObj is null ? null : PyOps.GetAttr(spec, "origin");
        if (origin is null)
        {
            return null;
        }

        var nameStr = PyOps.Str(nameObj!);
        if (nameStr is null)
        {
            return null;
        }

        string name = ((PyStr)nameStr).Value;
        if (origin is PyNone)
        {
            var loader = PyOps.GetAttr(spec, "loader");
            if (loader is null)
            {
                return null;
            }

            if (loader is PyNone)
            {
                return new PyStr($"<module '{name}'>");
            }

            var lr = PyOps.Repr(loader);
            return lr is null ? null : new PyStr($"<module '{name}' ({((PyStr)lr).Value})>");
        }

        var originStr = PyOps.Str(origin);
        var hasLocation = originStr is null ? null : PyOps.GetAttr(spec, "has_location");
        if (hasLocation is null)
        {
            return null;
        }

        int located = PyOps.IsTrue(hasLocation);
        if (located < 0)
        {
            return null;
        }

        string o = ((PyStr)originStr!).Value;
        return new PyStr(located == 1 ? $"<module '{name}' from '{o}'>" : $"<module '{name}' ({o})>");
    }
}
