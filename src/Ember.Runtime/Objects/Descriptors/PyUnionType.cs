using System.Text;
using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// <c>types.UnionType</c> (Objects/unionobject.c): what <c>int | str</c>
/// gives. The arguments are flattened and deduplicated, None stands for
/// NoneType, a union of one type is that type, and equality ignores order.
/// isinstance/issubclass accept it as the tuple of its arguments.
/// </summary>
public sealed class PyUnionType : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("UnionType", null, TypeFlags.None, InitSlots, InitMembers, module: "types");

    private PyUnionType(PyTuple args)
        : base(TypeObject)
    {
        Args = args;
    }

    /// <summary>__args__: the member types in first-seen order.</summary>
    public PyTuple Args { get; }

    /// <summary><c>left | right</c> for types and unions (_Py_union_type_or); NotImplemented for other operands.</summary>
    public static PyObject? Or(PyObject left, PyObject right)
    {
        if (!IsUnionable(left) || !IsUnionable(right))
        {
            return PyNotImplemented.Instance;
        }

        var items = new List<PyObject>();
        if (!Add(items, left) || !Add(items, right))
        {
            return null;
        }

        if (items.Count == 1)
        {
            return items[0];
        }

        return new PyUnionType(new PyTuple(items.ToArray()));
    }

    private static bool IsUnionable(PyObject o) =>
        ReferenceEquals(o, PyNone.Instance) || o is PyType || o is PyUnionType || o.Type.Name == "GenericAlias";

    private static bool Add(List<PyObject> items, PyObject o)
    {
        if (o is PyUnionType u)
        {
            foreach (var a in u.Args.Items)
            {
                if (!Add(items, a))
                {
                    return false;
                }
            }

            return true;
        }

        var item = ReferenceEquals(o, PyNone.Instance) ? PyNone.TypeObject : o;
        foreach (var existing in items)
        {
            bool same;
            if (existing is PyType || item is PyType)
            {
                same = ReferenceEquals(existing, item);
            }
            else
            {
                int eq = PyOps.RichCompareBool(existing, item, CompareOp.Eq);
                if (eq < 0)
                {
                    return false;
                }

                same = eq > 0;
            }

            if (same)
            {
                return true;
            }
        }

        items.Add(item);
        return true;
    }

    private static void InitSlots(PyType type)
    {
        type.Or = Or;
        type.Repr = static self =>
        {
            var u = (PyUnionType)self;
            var sb = new StringBuilder();
            for (int i = 0; i < u.Args.Count; i++)
            {
                if (i > 0)
                {
                    sb.Append(" | ");
                }

                var a = u.Args[i];
                if (ReferenceEquals(a, PyNone.TypeObject))
                {
                    sb.Append("None");
                }
                else if (a is PyType t)
                {
                    string? module = t.ModuleText();
                    sb.Append(module is null || module == "builtins" ? t.QualName : module + "." + t.QualName);
                }
                else
                {
                    var r = PyOps.ReprString(a);
                    if (r is null)
                    {
                        return null;
                    }

                    sb.Append(r);
                }
            }

            return new PyStr(sb.ToString());
        };
        type.RichCompare = static (self, other, op) =>
        {
            if (other is not PyUnionType b || op is not (CompareOp.Eq or CompareOp.Ne))
            {
                return PyNotImplemented.Instance;
            }

            var a = (PyUnionType)self;
            bool eq = SameMembers(a, b) && SameMembers(b, a);
            return PyBool.From(op == CompareOp.Eq ? eq : !eq);
        };
        type.Hash = static self =>
        {
            // Order-independent, like hash(frozenset(args)).
            long h = 0x345678;
            foreach (var a in ((PyUnionType)self).Args.Items)
            {
                long x = PyOps.Hash(a);
                if (x == -1 && PyErr.Occurred)
                {
                    return -1;
                }

                h ^= (x ^ 89869747L ^ (x << 16)) * 3644798167L;
            }

            return h == -1 ? -2 : h;
        };
        type.GetAttr = CoreSlots.GenericGetAttr;
    }

    private static bool SameMembers(PyUnionType a, PyUnionType b)
    {
        foreach (var x in a.Args.Items)
        {
            bool found = false;
            foreach (var y in b.Args.Items)
            {
                if (ReferenceEquals(x, y))
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    private static void InitMembers(PyType type)
    {
        type.AddGetter("__args__", static self => ((PyUnionType)self).Args);
        type.AddGetter("__parameters__", static self => PyTuple.Empty);
        type.AddMethod("__instancecheck__", static (self, args, kw) =>
        {
            if (!Types.Args.ExactlyOne("__instancecheck__", args, kw))
            {
                return null;
            }

            int r = PyTypeCheck.IsInstance(args[0], ((PyUnionType)self).Args);
            return r < 0 ? null : PyBool.From(r != 0);
        });
        type.AddMethod("__subclasscheck__", static (self, args, kw) =>
        {
            if (!Types.Args.ExactlyOne("__subclasscheck__", args, kw))
            {
                return null;
            }

            int r = PyTypeCheck.IsSubclass(args[0], ((PyUnionType)self).Args);
            return r < 0 ? null : PyBool.From(r != 0);
        });
        type.AddValue("__doc__", new PyStr("The type of a union such as int | str (PEP 604)."));
    }
}
