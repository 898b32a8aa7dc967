using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// <c>reversed</c> (Objects/enumobject.c): calls __reversed__ when the type
/// has one, otherwise walks a sequence (__len__ and __getitem__) backwards.
/// </summary>
public class PyReversed : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("reversed", null, TypeFlags.BaseType, static t =>
    {
        t.New = New;
        t.Iter = static self => self;
        t.Next = static self => ((PyReversed)self).NextItem();
    }, InitMembers);

    private static readonly PyStr s_reversed = new("__reversed__");

    private PyObject? _seq;
    private long _index;

    protected PyReversed(PyType type, PyObject seq, long index)
        : base(type)
    {
        _seq = seq;
        _index = index;
    }

    private static PyObject? New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if ((ReferenceEquals(type, TypeObject) || type.Init == TypeObject.Init) && !Args.NoKeywords("reversed", kwnames))
        {
            return null;
        }

        int nkw = kwnames?.Count ?? 0;
        var positional = args[..(args.Length - nkw)];
        if (!Args.Positional("reversed", positional, null, 1, 1))
        {
            return null;
        }

        var seq = positional[0];
        if (ReferenceEquals(seq.Type, PyList.TypeObject))
        {
            return new PyListReverseIterator((PyList)seq);
        }

        var method = PyCall.LookupSpecial(seq, s_reversed);
        if (method is not null)
        {
            if (ReferenceEquals(method, PyNone.Instance))
            {
                return PyErr.TypeError($"'{seq.Type.Name}' object is not reversible");
            }

            return PyCall.Call(method);
        }

        if (PyErr.Occurred)
        {
            return null;
        }

        if (seq.Type.GetItem is null || seq.Type.HasFlag(TypeFlags.DictSubclass))
        {
            return PyErr.TypeError($"'{seq.Type.Name}' object is not reversible");
        }

        long n = PySequence.Length(seq);
        if (n < 0)
        {
            return null;
        }

        return ReferenceEquals(type, TypeObject) ? new PyReversed(type, seq, n - 1) : new PyReversedSubclass(type, seq, n - 1);
    }

    public PyObject? NextItem()
    {
        if (_seq is not null && _index >= 0)
        {
            var item = PySequence.GetItem(_seq, PyInt.From(_index));
            if (item is not null)
            {
                _index--;
                return item;
            }

            if (PyErr.ExceptionMatches(PyExc.IndexError) || PyErr.ExceptionMatches(PyExc.StopIteration))
            {
                PyErr.Clear();
            }
        }

        _index = -1;
        _seq = null;
        return null;
    }

    private static void InitMembers(PyType type)
    {
        type.AddMethod("__length_hint__", static (self, args, kw) =>
        {
            if (!Args.NoArgs("reversed.__length_hint__", args, kw))
            {
                return null;
            }

            var r = (PyReversed)self;
            if (r._seq is null)
            {
                return PyInt.Zero;
            }

            long size = PySequence.Length(r._seq);
            if (size < 0)
            {
                return null;
            }

            long position = r._index + 1;
            return PyInt.From(size < position ? 0 : position);
        });
        type.AddMethod("__reduce__", static (self, args, kw) =>
        {
            if (!Args.NoArgs("reversed.__reduce__", args, kw))
            {
                return null;
            }

            var r = (PyReversed)self;
            return r._seq is null
                ? PyTuple.Create(r.Type, PyTuple.Create(PyTuple.Empty))
                : new PyTuple([r.Type, PyTuple.Create(r._seq), PyInt.From(r._index)]);
        });
        type.AddMethod("__setstate__", static (self, args, kw) =>
        {
            if (!Args.ExactlyOne("reversed.__setstate__", args, kw) || !PySlice.AsSsizeArg(args[0], out long index))
            {
                return null;
            }

            var r = (PyReversed)self;
            if (r._seq is not null)
            {
                long n = PySequence.Length(r._seq);
                if (n < 0)
                {
                    return null;
                }

                r._index = Math.Clamp(index, -1, n - 1);
            }

            return PyNone.Instance;
        });
    }
}

/// <summary>An instance of a Python subclass of reversed.</summary>
public sealed class PyReversedSubclass : PyReversed, IInstanceDict
{
    public PyReversedSubclass(PyType type, PyObject seq, long index)
        : base(type, seq, index)
    {
    }

    public PyDict? Dict { get; set; }
}
