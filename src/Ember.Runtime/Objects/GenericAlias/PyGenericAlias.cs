using System.Text;
using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// <c>types.GenericAlias</c> (Objects/genericaliasobject.c, PEP 585): what
/// <c>list[int]</c> gives. Attribute access other than its own few is
/// forwarded to the origin, calling it calls the origin.
/// </summary>
public class PyGenericAlias : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("GenericAlias", null, TypeFlags.BaseType | TypeFlags.HasWeakref, InitSlots, InitMembers, module: "types");

    private static readonly string[] s_ownAttributes =
    [
        "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__", "__typing_unpacked_tuple_args__",
        "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__",
    ];

    private static readonly PyStr s_typingSubst = new("__typing_subst__");
    private static readonly PyStr s_parameters = new("__parameters__");
    private static readonly PyStr s_origin = new("__origin__");
    private static readonly PyStr s_args = new("__args__");
    private static readonly PyStr s_origClass = new("__orig_class__");
    private static readonly PyStr s_module = new("__module__");
    private static readonly PyStr s_qualname = new("__qualname__");

    private PyTuple? _parameters;

    public PyGenericAlias(PyObject origin, PyObject args)
        : this(TypeObject, origin, args, starred: false)
    {
    }

    protected PyGenericAlias(PyType type, PyObject origin, PyObject args, bool starred)
        : base(type)
    {
        Origin = origin;
        Args = args as PyTuple ?? PyTuple.Create(args);
        Starred = starred;
    }

    public PyObject Origin { get; }

    public PyTuple Args { get; }

    /// <summary>Whether this is <c>*tuple[int]</c> (PEP 646).</summary>
    public bool Starred { get; }

    private static PyObject? New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (ReferenceEquals(type, TypeObject) && !Types.Args.NoKeywords("GenericAlias", kwnames))
        {
            return null;
        }

        int nkw = kwnames?.Count ?? 0;
        var positional = args[..(args.Length - nkw)];
        if (!Types.Args.Positional("GenericAlias", positional, null, 2, 2))
        {
            return null;
        }

        return ReferenceEquals(type, TypeObject)
            ? new PyGenericAlias(positional[0], positional[1])
            : new PyGenericAliasSubclass(type, positional[0], positional[1]);
    }

    /// <summary>__parameters__: the type variables among the arguments, in order, each once (_Py_make_parameters).</summary>
    public PyTuple? Parameters
    {
        get
        {
            if (_parameters is not null)
            {
                return _parameters;
            }

            var found = new List<PyObject>();
            foreach (var t in Args.Items)
            {
                if (t is PyType)
                {
                    continue;
                }

                var subst = PyOps.GetAttrOrNull(t, s_typingSubst);
                if (subst is not null)
                {
                    AddUnique(found, t);
                    continue;
                }

                if (PyErr.Occurred)
                {
                    return null;
                }

                var sub = PyOps.GetAttrOrNull(t, s_parameters);
                if (sub is PyTuple subParams)
                {
                    foreach (var p in subParams.Items)
                    {
                        AddUnique(found, p);
                    }
                }
                else if (PyErr.Occurred)
                {
                    return null;
                }
            }

            _parameters = PyTuple.Create(found.ToArray());
            return _parameters;
        }
    }

    private static void AddUnique(List<PyObject> list, PyObject item)
    {
        foreach (var x in list)
        {
            if (ReferenceEquals(x, item))
            {
                return;
            }
        }

        list.Add(item);
    }

    // ga_repr_item: types by qualified name, ... as itself, other aliases and objects by repr.
    private static bool ReprItem(StringBuilder sb, PyObject p)
    {
        if (ReferenceEquals(p, PyEllipsis.Instance))
        {
            sb.Append("...");
            return true;
        }

        var origin = PyOps.GetAttrOrNull(p, s_origin);
        if (origin is null && PyErr.Occurred)
        {
            return false;
        }

        var args = origin is null ? null : PyOps.GetAttrOrNull(p, s_args);
        if (args is null && PyErr.Occurred)
        {
            return false;
        }

        if (origin is not null && args is not null)
        {
            // It looks like a GenericAlias.
            var r = PyOps.ReprString(p);
            sb.Append(r);
            return r is not null;
        }

        if (p is PyType type)
        {
            var qualname = PyOps.GetAttrOrNull(type, s_qualname) as PyStr;
            var module = PyOps.GetAttrOrNull(type, s_module) as PyStr;
            if (PyErr.Occurred)
            {
                return false;
            }

            string q = qualname?.Value ?? type.QualName;
            string m = module?.Value ?? type.ModuleName;
            sb.Append(m == "builtins" ? q : $"{m}.{q}");
            return true;
        }

        var repr = PyOps.ReprString(p);
        sb.Append(repr);
        return repr is not null;
    }

    private static PyObject? Repr(PyObject self)
    {
        var ga = (PyGenericAlias)self;
        var sb = new StringBuilder();
        if (ga.Starred)
        {
            sb.Append('*');
        }

        if (!ReprItem(sb, ga.Origin))
        {
            return null;
        }

        sb.Append('[');
        var items = ga.Args.Items;
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }

            if (!ReprItem(sb, items[i]))
            {
                return null;
            }
        }

        if (items.Length == 0)
        {
            sb.Append("()");
        }

        sb.Append(']');
        return new PyStr(sb.ToString());
    }

    private static PyObject? GetAttr(PyObject self, PyStr name)
    {
        var ga = (PyGenericAlias)self;
        if (Array.IndexOf(s_ownAttributes, name.Value) < 0)
        {
            return PyOps.GetAttr(ga.Origin, name);
        }

        var generic = PyType.ObjectType.GetAttr;
        return generic is null ? PyErr.AttributeError($"'{self.Type.Name}' object has no attribute '{name.Value}'") : generic(self, name);
    }

    private static PyObject? Call(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var ga = (PyGenericAlias)self;
        var obj = PyCall.Call(ga.Origin, args, kwnames);
        if (obj is null)
        {
            return null;
        }

        if (!PyOps.SetAttr(obj, s_origClass, ga))
        {
            if (!PyErr.ExceptionMatches(PyExc.AttributeError) && !PyErr.ExceptionMatches(PyExc.TypeError))
            {
                return null;
            }

            PyErr.Clear();
        }

        return obj;
    }

    private static PyObject? RichCompare(PyObject self, PyObject other, CompareOp op)
    {
        if (other is not PyGenericAlias b || (op != CompareOp.Eq && op != CompareOp.Ne))
        {
            return PyNotImplemented.Instance;
        }

        var a = (PyGenericAlias)self;
        if (a.Starred != b.Starred)
        {
            return PyBool.From(op == CompareOp.Ne);
        }

        int eq = PyOps.RichCompareBool(a.Origin, b.Origin, CompareOp.Eq);
        if (eq < 0)
        {
            return null;
        }

        if (eq > 0)
        {
            eq = PyOps.RichCompareBool(a.Args, b.Args, CompareOp.Eq);
            if (eq < 0)
            {
                return null;
            }
        }

        return PyBool.From((eq > 0) == (op == CompareOp.Eq));
    }

    private static long Hash(PyObject self)
    {
        var ga = (PyGenericAlias)self;
        long h0 = PyOps.Hash(ga.Origin);
        if (h0 == -1)
        {
            return -1;
        }

        long h1 = PyOps.Hash(ga.Args);
        if (h1 == -1)
        {
            return -1;
        }

        long h = h0 ^ h1;
        return h == -1 ? -2 : h;
    }

    // ga_getitem: substitutes the type variables in __parameters__ with the items.
    private static PyObject? Subscript(PyObject self, PyObject item)
    {
        var ga = (PyGenericAlias)self;
        var parameters = ga.Parameters;
        if (parameters is null)
        {
            return null;
        }

        if (parameters.Count == 0)
        {
            var r = PyOps.ReprString(self);
            return r is null ? null : PyErr.TypeError($"{r} is not a generic class");
        }

        var items = item as PyTuple ?? PyTuple.Create(item);
        if (items.Count != parameters.Count)
        {
            var r = PyOps.ReprString(self);
            if (r is null)
            {
                return null;
            }

            string which = items.Count > parameters.Count ? "many" : "few";
            return PyErr.TypeError($"Too {which} arguments for {r}; actual {items.Count}, expected {parameters.Count}");
        }

        var newArgs = new PyObject[ga.Args.Count];
        for (int i = 0; i < newArgs.Length; i++)
        {
            var arg = ga.Args.Items[i];
            var replaced = SubstituteArg(arg, parameters, items);
            if (replaced is null)
            {
                return null;
            }

            newArgs[i] = replaced;
        }

        return new PyGenericAlias(ga.Type, ga.Origin, new PyTuple(newArgs), ga.Starred);
    }

    private static PyObject? SubstituteArg(PyObject arg, PyTuple parameters, PyTuple items)
    {
        if (arg is PyType)
        {
            return arg;
        }

        for (int k = 0; k < parameters.Count; k++)
        {
            if (ReferenceEquals(parameters.Items[k], arg))
            {
                var subst = PyOps.GetAttrOrNull(arg, s_typingSubst);
                if (subst is not null)
                {
                    return PyCall.Call(subst, items.Items[k]);
                }

                return PyErr.Occurred ? null : items.Items[k];
            }
        }

        var sub = PyOps.GetAttrOrNull(arg, s_parameters);
        if (sub is PyTuple subParams && subParams.Count > 0)
        {
            var subItems = new PyObject[subParams.Count];
            for (int j = 0; j < subItems.Length; j++)
            {
                var replaced = SubstituteArg(subParams.Items[j], parameters, items);
                if (replaced is null)
                {
                    return null;
                }

                subItems[j] = replaced;
            }

            return PySequence.GetItem(arg, subItems.Length == 1 ? subItems[0] : new PyTuple(subItems));
        }

        return PyErr.Occurred ? null : arg;
    }

    private static void InitSlots(PyType type)
    {
        type.New = New;
        type.Repr = Repr;
        type.GetAttr = GetAttr;
        type.Call = Call;
        type.RichCompare = RichCompare;
        type.Hash = Hash;
        type.GetItem = Subscript;
        type.Or = PyUnionType.Or;
        // iter(tuple[int]) yields *tuple[int] once (PEP 646's unpacking).
        type.Iter = static self =>
        {
            var ga = (PyGenericAlias)self;
            return new PyTupleIterator(PyTuple.Create(new PyGenericAlias(ga.Type, ga.Origin, ga.Args, starred: true)));
        };
    }

    private static void InitMembers(PyType type)
    {
        type.AddGetter("__origin__", static self => ((PyGenericAlias)self).Origin);
        type.AddGetter("__args__", static self => ((PyGenericAlias)self).Args);
        type.AddGetter("__unpacked__", static self => PyBool.From(((PyGenericAlias)self).Starred));
        type.AddGetter("__parameters__", static self => ((PyGenericAlias)self).Parameters);
        type.AddGetter("__typing_unpacked_tuple_args__", static self =>
        {
            var ga = (PyGenericAlias)self;
            return ga.Starred && ReferenceEquals(ga.Origin, PyTuple.TypeObject) ? ga.Args : PyNone.Instance;
        });
        type.AddMethod("__mro_entries__", static (self, args, kw) =>
            Types.Args.ExactlyOne("__mro_entries__", args, kw) ? PyTuple.Create(((PyGenericAlias)self).Origin) : null);
        type.AddMethod("__instancecheck__", static (self, args, kw) =>
            Types.Args.ExactlyOne("__instancecheck__", args, kw) ? PyErr.TypeError("isinstance() argument 2 cannot be a parameterized generic") : null);
        type.AddMethod("__subclasscheck__", static (self, args, kw) =>
            Types.Args.ExactlyOne("__subclasscheck__", args, kw) ? PyErr.TypeError("issubclass() argument 2 cannot be a parameterized generic") : null);
        type.AddMethod("__reduce__", static (self, args, kw) =>
        {
            if (!Types.Args.NoArgs("__reduce__", args, kw))
            {
                return null;
            }

            var ga = (PyGenericAlias)self;
            return PyTuple.Create(ga.Type, PyTuple.Create(ga.Origin, ga.Args));
        });
    }
}

/// <summary>An instance of a Python subclass of types.GenericAlias.</summary>
public sealed class PyGenericAliasSubclass : PyGenericAlias, IInstanceDict
{
    public PyGenericAliasSubclass(PyType type, PyObject origin, PyObject args)
        : base(type, origin, args, starred: false)
    {
    }

    public PyDict? Dict { get; set; }
}
