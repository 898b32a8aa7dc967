using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// Attribute access on classes (type_getattro, type_setattro): the
/// metaclass's data descriptors first, then the class's MRO with descriptors
/// bound to no instance (<c>__get__(None, cls)</c>), then the metaclass's
/// other attributes. Setting a dunder re-derives the slots it feeds.
/// </summary>
public sealed partial class PyType
{
    /// <summary>type.__getattribute__. With <paramref name="suppress"/> a miss returns null with no exception.</summary>
    public static PyObject? TypeGetAttr(PyType type, PyStr name, bool suppress)
    {
        var metatype = type.Type;
        var metaAttribute = metatype.Lookup(name);
        DescrGetSlot? metaGet = null;
        if (metaAttribute is not null)
        {
            metaGet = metaAttribute.Type.DescrGet;
            if (metaGet is not null && metaAttribute.Type.DescrSet is not null)
            {
                return metaGet(metaAttribute, type, metatype);
            }
        }

        var attribute = type.Lookup(name);
        if (attribute is not null)
        {
            var localGet = attribute.Type.DescrGet;
            return localGet is not null ? localGet(attribute, null, type) : attribute;
        }

        if (metaGet is not null)
        {
            return metaGet(metaAttribute!, type, metatype);
        }

        if (metaAttribute is not null)
        {
            return metaAttribute;
        }

        if (!suppress)
        {
            PyAttr.RaiseAttributeError($"type object '{type.Name}' has no attribute '{name.Value}'", type, name);
        }

        return null;
    }

    /// <summary>type.__setattr__ / __delattr__ (value null).</summary>
    public static bool TypeSetAttr(PyObject self, PyStr name, PyObject? value)
    {
        var type = (PyType)self;
        if (!type.IsHeapType || type.HasFlag(TypeFlags.Immutable))
        {
            PyErr.TypeError($"cannot set '{name.Value}' attribute of immutable type '{type.DisplayName}'");
            return false;
        }

        var metatype = type.Type;
        var descr = metatype.Lookup(name);
        if (descr is not null && descr.Type.DescrSet is { } set)
        {
            if (!set(descr, type, value))
            {
                return false;
            }

            type.Modified();
            return true;
        }

        var dict = type.Dict;
        if (value is not null)
        {
            // Names are interned in CPython; a str subclass key becomes an exact str.
            var key = ReferenceEquals(name.Type, PyStr.TypeObject) ? name : new PyStr(name.Value);
            dict.SetItemStr(key, value);
        }
        else
        {
            int r = dict.DelItem(name);
            if (r < 0)
            {
                return false;
            }

            if (r == 0)
            {
                PyErr.AttributeError($"type object '{type.Name}' has no attribute '{name.Value}'");
                return false;
            }
        }

        type.Modified();
        if (name.Value.Length > 4 && name.Value.StartsWith("__", StringComparison.Ordinal) && name.Value.EndsWith("__", StringComparison.Ordinal))
        {
            type.UpdateSlotsFor(name.Value);
        }

        return true;
    }

    /// <summary>Adds every attribute name of <paramref name="cls"/> and its bases to <paramref name="names"/> (merge_class_dict).</summary>
    internal static bool MergeClassDict(PyDict names, PyObject cls)
    {
        if (cls is PyType type)
        {
            foreach (var t in type.Mro)
            {
                int pos = 0;
                while (t.Dict.Next(ref pos, out var key, out _))
                {
                    if (!names.SetItem(key, PyNone.Instance))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        int found = PyAttr.TryGetAttr(cls, new PyStr("__dict__"), out var dict);
        if (found < 0)
        {
            return false;
        }

        if (found > 0 && dict is not null)
        {
            var keys = PyIter.ToList(dict);
            if (keys is null)
            {
                return false;
            }

            foreach (var k in keys)
            {
                if (!names.SetItem(k, PyNone.Instance))
                {
                    return false;
                }
            }
        }

        found = PyAttr.TryGetAttr(cls, new PyStr("__bases__"), out var bases);
        if (found < 0)
        {
            return false;
        }

        if (found > 0 && bases is PyTuple tuple)
        {
            foreach (var b in tuple.Items)
            {
                if (!MergeClassDict(names, b))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
