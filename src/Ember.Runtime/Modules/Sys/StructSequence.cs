using System.Text;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.Sys;

/// <summary>
/// A struct sequence (Objects/structseq.c): a tuple whose items also have
/// names, such as <c>sys.version_info</c> or <c>sys.flags</c>. Equality,
/// indexing and hashing are the tuple's; the repr names each field.
/// Types are made with <see cref="CreateType"/>; instances are
/// <see cref="PyStructSequence"/>.
/// </summary>
public static class StructSequence
{
    /// <summary>
    /// Makes a struct-sequence type. <paramref name="qualifiedName"/> is
    /// "module.name" as CPython's tp_name ("sys.version_info"); the module
    /// part becomes <c>__module__</c>. When <paramref name="creatable"/> is
    /// false, calling the type fails as calling <c>type(sys.flags)</c> does.
    /// </summary>
    public static PyType CreateType(string qualifiedName, string[] fields, bool creatable = false)
    {
        int dot = qualifiedName.LastIndexOf('.');
        string module = dot < 0 ? "builtins" : qualifiedName[..dot];
        string name = dot < 0 ? qualifiedName : qualifiedName[(dot + 1)..];
        var type = PyType.CreateBuiltin(name, PyTuple.TypeObject, TypeFlags.None,
            t =>
            {
                t.Repr = static self => ReprOf((PyStructSequence)self);
                t.New = creatable ? NewInstance : (cls, args, kw) => PyErr.TypeError($"cannot create '{qualifiedName}' instances");
            },
            t =>
            {
                for (int i = 0; i < fields.Length; i++)
                {
                    int index = i;
                    t.AddReadonlyMember(fields[i], self => ((PyTuple)self).Items[index]);
                }

                t.AddValue("n_sequence_fields", PyInt.From(fields.Length));
                t.AddValue("n_fields", PyInt.From(fields.Length));
                t.AddValue("n_unnamed_fields", PyInt.Zero);
                t.AddValue("_fields", new PyTuple(Array.ConvertAll(fields, static f => (PyObject)new PyStr(f))));
                t.AddMethod("__reduce__", static (self, args, kw) =>
                    Args.NoArgs("__reduce__", args, kw)
                        ? PyTuple.Create(self.Type, PyTuple.Create(new PyTuple(((PyTuple)self).Items), new PyDict()))
                        : null);
            },
            module);
        return type;
    }

    /// <summary>
    /// A struct-sequence type with fields beyond the sequence (os.stat_result):
    /// the first <paramref name="visible"/> of <paramref name="fields"/> are the
    /// tuple, null names among them are unnamed fields (no attribute; the repr
    /// names them by the next named fields, as structseq_repr does), the rest are
    /// attributes only, given to <see cref="CreateWithHidden"/>.
    /// </summary>
    public static PyType CreateType(string qualifiedName, string?[] fields, int visible)
    {
        int dot = qualifiedName.LastIndexOf('.');
        string module = dot < 0 ? "builtins" : qualifiedName[..dot];
        string name = dot < 0 ? qualifiedName : qualifiedName[(dot + 1)..];
        var named = new List<string>();
        foreach (var f in fields)
        {
            if (f is not null)
            {
                named.Add(f);
            }
        }

        int unnamed = fields.Length - named.Count;
        return PyType.CreateBuiltin(name, PyTuple.TypeObject, TypeFlags.None,
            t =>
            {
                t.Repr = static self => ReprOf((PyStructSequence)self);
                t.New = (cls, args, kw) => PyErr.TypeError($"cannot create '{qualifiedName}' instances");
            },
            t =>
            {
                for (int i = 0; i < fields.Length; i++)
                {
                    if (fields[i] is not { } field)
                    {
                        continue;
                    }

                    int index = i;
                    t.AddReadonlyMember(field, index < visible
                        ? self => ((PyTuple)self).Items[index]
                        : self => ((PyStructSequence)self).Hidden![index - visible]);
                }

                t.AddValue("n_sequence_fields", PyInt.From(visible));
                t.AddValue("n_fields", PyInt.From(fields.Length));
                t.AddValue("n_unnamed_fields", PyInt.From(unnamed));
                t.AddValue("_fields", new PyTuple(named.ConvertAll(static f => (PyObject)new PyStr(f)).ToArray()));
            },
            module);
    }

    /// <summary>An instance of a type made by the overload with hidden fields.</summary>
    public static PyStructSequence CreateWithHidden(PyType type, PyObject[] items, PyObject[] hidden) => new(type, items) { Hidden = hidden };

    /// <summary>An instance with the given items (as many as the type has fields).</summary>
    public static PyStructSequence Create(PyType type, params PyObject[] items) => new(type, items);

    private static PyObject? NewInstance(PyType cls, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.NoKeywords("structseq", kwnames) || !Args.Positional("structseq", args, null, 1, 2))
        {
            return null;
        }

        var items = PyIter.ToList(args[0]);
        if (items is null)
        {
            // PySequence_Fast's message replaces iter()'s TypeError.
            if (PyErr.ExceptionMatches(PyExc.TypeError))
            {
                PyErr.Clear();
                PyErr.TypeError("constructor requires a sequence");
            }

            return null;
        }

        var n = (PyInt)cls.Lookup("n_sequence_fields")!;
        if (items.Count != n.Small)
        {
            string name = cls.ModuleName == "builtins" ? cls.Name : cls.ModuleName + "." + cls.Name;
            return PyErr.TypeError($"{name}() takes a {n.Small}-sequence ({items.Count}-sequence given)");
        }

        return new PyStructSequence(cls, [.. items]);
    }

    private static PyObject? ReprOf(PyStructSequence self)
    {
        var type = self.Type;
        while (type.Base is { } b && !ReferenceEquals(b, PyTuple.TypeObject))
        {
            type = b;
        }

        var sb = new StringBuilder();
        sb.Append(type.ModuleName == "builtins" ? "" : type.ModuleName + ".").Append(type.Name).Append('(');
        var fields = (PyTuple)type.Lookup("_fields")!;
        for (int i = 0; i < self.Items.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }

            var r = PyOps.Repr(self.Items[i]);
            if (r is null)
            {
                return null;
            }

            sb.Append(((PyStr)fields.Items[i]).Value).Append('=').Append(((PyStr)r).Value);
        }

        return new PyStr(sb.Append(')').ToString());
    }
}

/// <summary>An instance of a struct-sequence type: a tuple subclass.</summary>
public sealed class PyStructSequence : PyTuple
{
    internal PyStructSequence(PyType type, PyObject[] items)
        : base(type, items)
    {
    }

    /// <summary>The fields past the sequence part (os.stat_result's st_atime float and the rest), or null.</summary>
    public PyObject[]? Hidden { get; init; }
}
