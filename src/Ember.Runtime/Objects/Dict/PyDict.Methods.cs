using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

public partial class PyDict
{
    private static readonly PyStr s_keys = new("keys");

    /// <summary>
    /// dict.update's positional argument (dict_update_arg): a dict, a mapping
    /// with keys(), or an iterable of key/value pairs. False with an exception pending.
    /// </summary>
    public bool UpdateArg(PyObject arg)
    {
        if (ReferenceEquals(arg.Type, TypeObject))
        {
            return Merge(arg, overwrite: true);
        }

        var keys = PyOps.GetAttrOrNull(arg, s_keys);
        if (keys is not null)
        {
            return Merge(arg, overwrite: true);
        }

        if (PyErr.Occurred)
        {
            return false;
        }

        return MergeFromSeq2(arg, overwrite: true);
    }

    /// <summary>
    /// PyDict_Merge: the entries of a dict (one that keeps dict's own
    /// iteration) directly, otherwise <c>for k in b.keys(): self[k] = b[k]</c>.
    /// </summary>
    public bool Merge(PyObject other, bool overwrite)
        => MergeEx(other, overwrite ? MergeMode.Overwrite : MergeMode.KeepExisting, out _);

    /// <summary>How <see cref="MergeEx"/> treats a key already present (dict_merge's override 0, 1 and 2).</summary>
    public enum MergeMode
    {
        KeepExisting,
        Overwrite,
        RejectDuplicate,
    }

    /// <summary>
    /// dict_merge: with <see cref="MergeMode.RejectDuplicate"/> (the ** of a
    /// call), a key already present stops the merge: false with
    /// <paramref name="duplicate"/> set and no exception pending, so the caller
    /// words the error; any other failure is false with an exception pending.
    /// </summary>
    public bool MergeEx(PyObject other, MergeMode mode, out PyObject? duplicate)
    {
        duplicate = null;
        bool overwrite = mode == MergeMode.Overwrite;
        if (other is PyDict b && b.Type.Iter == TypeObject.Iter)
        {
            if (ReferenceEquals(b, this) || b._count == 0)
            {
                return true;
            }

            int n = b._used;
            for (int i = 0; i < n && i < b._used; i++)
            {
                if (!b.TryGetEntry(i, out var key, out var value, out long hash))
                {
                    continue;
                }

                if (!overwrite)
                {
                    var existing = GetItemKnownHash(key, hash);
                    if (existing is not null)
                    {
                        if (mode == MergeMode.RejectDuplicate)
                        {
                            duplicate = key;
                            return false;
                        }

                        continue;
                    }

                    if (PyErr.Occurred)
                    {
                        return false;
                    }
                }

                if (!Insert(key, hash, value))
                {
                    return false;
                }

                if (b._used != n)
                {
                    PyErr.RuntimeError("dict mutated during update");
                    return false;
                }
            }

            return true;
        }

        var keyList = PyCall.CallMethod(other, s_keys, ReadOnlySpan<PyObject>.Empty);
        if (keyList is null)
        {
            return false;
        }

        // PyMapping_Keys: the keys are listed first, with its message for a non-iterable.
        var keyIter = PyIter.GetIter(keyList);
        if (keyIter is null)
        {
            if (PyErr.ExceptionMatches(PyExc.TypeError))
            {
                PyErr.Clear();
                PyErr.TypeError($"{other.Type.Name}.keys() returned a non-iterable (type {keyList.Type.Name})");
            }

            return false;
        }

        var keys = PyList.FromIterable(keyIter);
        if (keys is null)
        {
            return false;
        }

        var it = PyIter.GetIter(keys)!;
        while (PyIter.TryNext(it, out var k))
        {
            if (!overwrite)
            {
                int c = Contains(k);
                if (c < 0)
                {
                    return false;
                }

                if (c > 0)
                {
                    if (mode == MergeMode.RejectDuplicate)
                    {
                        duplicate = k;
                        return false;
                    }

                    continue;
                }
            }

            var v = PySequence.GetItem(other, k);
            if (v is null || !SetItem(k, v))
            {
                return false;
            }
        }

        return !PyErr.Occurred;
    }

    /// <summary>PyDict_MergeFromSeq2: each item must be a sequence of exactly two objects.</summary>
    public bool MergeFromSeq2(PyObject seq2, bool overwrite)
    {
        var it = PyIter.GetIter(seq2);
        if (it is null)
        {
            return false;
        }

        for (long i = 0; ; i++)
        {
            if (!PyIter.TryNext(it, out var item))
            {
                return !PyErr.Occurred;
            }

            PyObject[]? pair = item switch
            {
                PyList l => l.AsSpan().ToArray(),
                PyTuple t => t.Items,
                _ => null,
            };
            if (pair is null)
            {
                var items = item.Type.Iter is null && item.Type.GetItem is null ? null : PyIter.ToList(item);
                if (items is null)
                {
                    if (item.Type.Iter is null && item.Type.GetItem is null || PyErr.ExceptionMatches(PyExc.TypeError))
                    {
                        PyErr.Clear();
                        PyErr.TypeError($"cannot convert dictionary update sequence element #{i} to a sequence");
                    }

                    return false;
                }

                pair = items.ToArray();
            }

            if (pair.Length != 2)
            {
                PyErr.ValueError($"dictionary update sequence element #{i} has length {pair.Length}; 2 is required");
                return false;
            }

            if (!overwrite)
            {
                int c = Contains(pair[0]);
                if (c < 0)
                {
                    return false;
                }

                if (c > 0)
                {
                    continue;
                }
            }

            if (!SetItem(pair[0], pair[1]))
            {
                return false;
            }
        }
    }

    private static PyObject? GetMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.Positional("get", "dict.get", args, kwnames, 1, 2))
        {
            return null;
        }

        var value = ((PyDict)self).GetItem(args[0]);
        if (value is not null)
        {
            return value;
        }

        return PyErr.Occurred ? null : args.Length > 1 ? args[1] : PyNone.Instance;
    }

    private static PyObject? SetDefaultMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.Positional("setdefault", "dict.setdefault", args, kwnames, 1, 2))
        {
            return null;
        }

        var d = (PyDict)self;
        var key = args[0];
        long hash = PyOps.Hash(key);
        if (hash == -1)
        {
            return null;
        }

        var value = d.GetItemKnownHash(key, hash);
        if (value is not null)
        {
            return value;
        }

        if (PyErr.Occurred)
        {
            return null;
        }

        var dflt = args.Length > 1 ? args[1] : PyNone.Instance;
        return d.Insert(key, hash, dflt) ? dflt : null;
    }

    private static PyObject? PopMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.Positional("pop", "dict.pop", args, kwnames, 1, 2))
        {
            return null;
        }

        var d = (PyDict)self;
        if (d.Count == 0)
        {
            // _PyDict_Pop answers an empty dict without hashing the key.
            return args.Length > 1 ? args[1] : PyErr.KeyError(args[0]);
        }

        var value = d.Pop(args[0]);
        if (value is not null)
        {
            return value;
        }

        if (PyErr.Occurred)
        {
            return null;
        }

        return args.Length > 1 ? args[1] : PyErr.KeyError(args[0]);
    }

    private static PyObject? PopItemMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.NoArgs("dict.popitem", args, kwnames))
        {
            return null;
        }

        if (!((PyDict)self).PopLast(out var key, out var value))
        {
            return PyErr.SetObject(PyExc.KeyError, new PyStr("popitem(): dictionary is empty"));
        }

        return PyTuple.Create(key, value);
    }

    private static PyObject? UpdateMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        if (!Args.Positional("update", args[..(args.Length - nkw)], null, 0, 1))
        {
            return null;
        }

        var d = (PyDict)self;
        if (args.Length - nkw == 1 && !d.UpdateArg(args[0]))
        {
            return null;
        }

        return nkw == 0 || d.MergeKeywords(args[(args.Length - nkw)..], kwnames!) ? PyNone.Instance : null;
    }

    private static PyObject? FromKeys(PyObject cls, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.Positional("fromkeys", "dict.fromkeys", args, kwnames, 1, 2))
        {
            return null;
        }

        var value = args.Length > 1 ? args[1] : PyNone.Instance;
        var d = PyCall.Call(cls);
        if (d is null)
        {
            return null;
        }

        var iterable = args[0];
        if (d is PyDict exact && ReferenceEquals(d.Type, TypeObject))
        {
            if (iterable is PyDict src && ReferenceEquals(iterable.Type, TypeObject))
            {
                for (int i = 0; i < src._used; i++)
                {
                    if (src.TryGetEntry(i, out var k, out _, out long h) && !exact.Insert(k, h, value))
                    {
                        return null;
                    }
                }

                return exact;
            }

            if (iterable is PyAnySet set && (ReferenceEquals(iterable.Type, PySet.TypeObject) || ReferenceEquals(iterable.Type, PyFrozenSet.TypeObject)))
            {
                int pos = 0;
                while (set.NextEntry(ref pos, out var k, out long h))
                {
                    if (!exact.Insert(k, h, value))
                    {
                        return null;
                    }
                }

                return exact;
            }
        }

        var it = PyIter.GetIter(iterable);
        if (it is null)
        {
            return null;
        }

        while (PyIter.TryNext(it, out var key))
        {
            bool ok = d is PyDict dd && ReferenceEquals(d.Type, TypeObject) ? dd.SetItem(key, value) : PySequence.SetItem(d, key, value);
            if (!ok)
            {
                return null;
            }
        }

        return PyErr.Occurred ? null : d;
    }

    private static PyObject? SizeOf(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.NoArgs("dict.__sizeof__", args, kwnames))
        {
            return null;
        }

        var d = (PyDict)self;
        if (d._used == 0)
        {
            return PyInt.From(48);
        }

        int size = d.IndexTableSize;
        int indexBytes = size <= 128 ? 1 : size <= 0xFFFF ? 2 : 4;
        bool allStr = true;
        for (int i = 0; i < d._used && allStr; i++)
        {
            if (d._entries[i].Key is { } k && !ReferenceEquals(k.Type, PyStr.TypeObject))
            {
                allStr = false;
            }
        }

        long usable = (size << 1) / 3;
        return PyInt.From(48L + 32 + ((long)size * indexBytes) + (usable * (allStr ? 16 : 24)));
    }

    private static PyObject? NoArgs(string name, ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        Args.NoArgs(name, args, kwnames) ? PyNone.Instance : null;

    private static partial void InitMembers(PyType type)
    {
        type.AddValue("__hash__", PyNone.Instance);
        type.AddMethod("__contains__", static (self, args, kw) =>
        {
            if (!Args.ExactlyOne("dict.__contains__", args, kw))
            {
                return null;
            }

            int r = ((PyDict)self).Contains(args[0]);
            return r < 0 ? null : PyBool.From(r > 0);
        });
        type.AddMethod("__getitem__", static (self, args, kw) =>
            Args.ExactlyOne("dict.__getitem__", args, kw) ? Subscript(self, args[0]) : null);
        type.AddMethod("__sizeof__", SizeOf);
        type.AddMethod("get", GetMethod);
        type.AddMethod("setdefault", SetDefaultMethod);
        type.AddMethod("pop", PopMethod);
        type.AddMethod("popitem", PopItemMethod);
        type.AddMethod("keys", static (self, args, kw) =>
            NoArgs("dict.keys", args, kw) is null ? null : new PyDictView((PyDict)self, PyDictIterator.Kind.Keys));
        type.AddMethod("items", static (self, args, kw) =>
            NoArgs("dict.items", args, kw) is null ? null : new PyDictView((PyDict)self, PyDictIterator.Kind.Items));
        type.AddMethod("values", static (self, args, kw) =>
            NoArgs("dict.values", args, kw) is null ? null : new PyDictView((PyDict)self, PyDictIterator.Kind.Values));
        type.AddMethod("update", UpdateMethod);
        type.AddClassMethod("fromkeys", FromKeys);
        type.AddMethod("clear", static (self, args, kw) =>
        {
            if (NoArgs("dict.clear", args, kw) is null)
            {
                return null;
            }

            ((PyDict)self).Clear();
            return PyNone.Instance;
        });
        type.AddMethod("copy", static (self, args, kw) =>
            NoArgs("dict.copy", args, kw) is null ? null : ((PyDict)self).Copy());
        type.AddMethod("__reversed__", static (self, args, kw) =>
            NoArgs("dict.__reversed__", args, kw) is null ? null : new PyDictIterator((PyDict)self, PyDictIterator.Kind.Keys, reverse: true));
        type.AddClassMethod("__class_getitem__", ContainerHelpers.ClassGetItem);
    }
}
