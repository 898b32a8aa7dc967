using System.Text;
using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;

namespace Ember.Runtime.Objects;

/// <summary>The method resolution order (typeobject.c's mro_implementation, C3 linearization).</summary>
public sealed partial class PyType
{
    /// <summary>C3 over the bases' MROs and the bases list; null with TypeError pending when no consistent order exists.</summary>
    public static PyType[]? ComputeMro(PyType type)
    {
        var bases = type.Bases;
        if (bases.Length == 1)
        {
            var baseMro = bases[0].Mro;
            var result = new PyType[baseMro.Length + 1];
            result[0] = type;
            baseMro.CopyTo(result, 1);
            return result;
        }

        foreach (var b in bases)
        {
            int count = 0;
            foreach (var other in bases)
            {
                if (ReferenceEquals(other, b))
                {
                    count++;
                }
            }

            if (count > 1)
            {
                PyErr.TypeError($"duplicate base class {b.Name}");
                return null;
            }
        }

        var sequences = new List<List<PyType>>(bases.Length + 1);
        foreach (var b in bases)
        {
            sequences.Add([.. b.Mro]);
        }

        sequences.Add([.. bases]);
        var mro = new List<PyType> { type };
        while (true)
        {
            bool empty = true;
            foreach (var s in sequences)
            {
                if (s.Count > 0)
                {
                    empty = false;
                    break;
                }
            }

            if (empty)
            {
                return mro.ToArray();
            }

            PyType? candidate = null;
            foreach (var s in sequences)
            {
                if (s.Count == 0)
                {
                    continue;
                }

                var head = s[0];
                if (!InAnyTail(sequences, head))
                {
                    candidate = head;
                    break;
                }
            }

            if (candidate is null)
            {
                MroError(sequences);
                return null;
            }

            mro.Add(candidate);
            foreach (var s in sequences)
            {
                if (s.Count > 0 && ReferenceEquals(s[0], candidate))
                {
                    s.RemoveAt(0);
                }
            }
        }
    }

    private static bool InAnyTail(List<List<PyType>> sequences, PyType t)
    {
        foreach (var s in sequences)
        {
            for (int i = 1; i < s.Count; i++)
            {
                if (ReferenceEquals(s[i], t))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // set_mro_error: the heads that could not be placed, once each, in order.
    private static void MroError(List<List<PyType>> sequences)
    {
        var seen = new List<PyType>();
        foreach (var s in sequences)
        {
            if (s.Count > 0 && !seen.Contains(s[0]))
            {
                seen.Add(s[0]);
            }
        }

        var sb = new StringBuilder("Cannot create a consistent method resolution\norder (MRO) for bases");
        for (int i = 0; i < seen.Count; i++)
        {
            sb.Append(i == 0 ? " " : ", ").Append(seen[i].Name);
        }

        PyErr.TypeError(sb.ToString());
    }

    /// <summary>
    /// The MRO a class gets (mro_invoke): a metaclass may override <c>mro()</c>;
    /// its result must be a sequence of classes the layout allows.
    /// </summary>
    internal static PyType[]? InvokeMro(PyType type)
    {
        var metatype = type.Type;
        if (ReferenceEquals(metatype, TypeType))
        {
            return ComputeMro(type);
        }

        var custom = metatype.Lookup("mro");
        var standard = TypeType.Dict.GetItemStr("mro");
        if (custom is null || ReferenceEquals(custom, standard))
        {
            return ComputeMro(type);
        }

        var result = PyAttr.CallUnbound(custom, type);
        if (result is null)
        {
            return null;
        }

        var items = PyIter.ToList(result);
        if (items is null)
        {
            return null;
        }

        var mro = new PyType[items.Count];
        var solid = type.SolidBase;
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i] is not PyType t)
            {
                PyErr.TypeError($"mro() returned a non-class ('{items[i].Type.Name}')");
                return null;
            }

            if (!solid.IsSubtypeOfSolid(t.SolidBase))
            {
                PyErr.TypeError($"mro() returned base with unsuitable layout ('{t.Name}')");
                return null;
            }

            mro[i] = t;
        }

        return mro;
    }

    // Whether `other` is on this type's base chain (the solid bases of one layout form a chain).
    private bool IsSubtypeOfSolid(PyType other)
    {
        for (PyType? t = this; t is not null; t = t.Base)
        {
            if (ReferenceEquals(t, other))
            {
                return true;
            }
        }

        return false;
    }
}
