using Ember.Bytecode;
using Ember.Runtime.Codecs;
using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;

namespace Ember.Runtime.Objects;

internal static partial class BytesMethods
{
    public static PyObject Compare(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, CompareOp op)
    {
        if (op is CompareOp.Eq or CompareOp.Ne)
        {
            return PyBool.From(a.SequenceEqual(b) == (op == CompareOp.Eq));
        }

        int c = a.SequenceCompareTo(b);
        return PyBool.From(op switch
        {
            CompareOp.Lt => c < 0,
            CompareOp.Le => c <= 0,
            CompareOp.Gt => c > 0,
            _ => c >= 0,
        });
    }

    public static int Contains(ReadOnlySpan<byte> data, PyObject item)
    {
        if (StrArgs.IsIndex(item))
        {
            if (!ByteValue(item, out byte b))
            {
                return -1;
            }

            return data.IndexOf(b) >= 0 ? 1 : 0;
        }

        if (!Buffer(item, out var sub))
        {
            return -1;
        }

        return data.IndexOf(sub) >= 0 || sub.Length == 0 ? 1 : 0;
    }

    public static PyObject? Concat(PyObject left, PyObject right)
    {
        if (!BytesLike.TryGetBytes(left, out var a) || !BytesLike.TryGetBytes(right, out var b))
        {
            return PyErr.TypeError($"can't concat {right.Type.Name} to {left.Type.Name}");
        }

        if ((long)a.Length + b.Length > Array.MaxLength)
        {
            return PyErr.NoMemory();
        }

        var result = new byte[a.Length + b.Length];
        a.CopyTo(result);
        b.CopyTo(result.AsSpan(a.Length));
        return Wrap(left, result);
    }

    public static PyObject? Repeat(PyObject self, long count)
    {
        var s = Span(self);
        if (count <= 0 || s.Length == 0)
        {
            return Result(self, default);
        }

        if (count > long.MaxValue / s.Length)
        {
            return PyErr.OverflowError("repeated bytes are too long");
        }

        if (s.Length * count > Array.MaxLength)
        {
            return PyErr.NoMemory();
        }

        if (count == 1)
        {
            return Unchanged(self);
        }

        var result = new byte[s.Length * count];
        if (s.Length == 1)
        {
            result.AsSpan().Fill(s[0]);
        }
        else
        {
            for (long i = 0; i < count; i++)
            {
                s.CopyTo(result.AsSpan((int)(i * s.Length)));
            }
        }

        return Wrap(self, result);
    }

    /// <summary>
    /// The bytes for bytes(...) and bytearray(...) (bytes_new_impl, bytearray___init___impl):
    /// str with an encoding, an int size, a buffer, or an iterable of ints.
    /// </summary>
    public static byte[]? FromSource(PyObject? source, PyObject? encoding, PyObject? errors, string typeName)
    {
        // Argument clinic converts encoding and errors before the body runs.
        if (encoding is not null and not PyStr)
        {
            PyErr.TypeError($"{typeName}() argument 'encoding' must be str, not {StrArgs.TypeNameForError(encoding)}");
            return null;
        }

        if (errors is not null and not PyStr)
        {
            PyErr.TypeError($"{typeName}() argument 'errors' must be str, not {StrArgs.TypeNameForError(errors)}");
            return null;
        }

        if (source is null)
        {
            if (encoding is not null || errors is not null)
            {
                PyErr.TypeError(encoding is not null ? "encoding without a string argument" : "errors without a string argument");
                return null;
            }

            return [];
        }

        if (source is PyStr str)
        {
            if (encoding is null)
            {
                PyErr.TypeError("string argument without an encoding");
                return null;
            }

            if (encoding is not PyStr enc)
            {
                PyErr.TypeError($"{typeName}() argument 'encoding' must be str, not {StrArgs.TypeNameForError(encoding)}");
                return null;
            }

            string err = "strict";
            if (errors is not null)
            {
                if (errors is not PyStr es)
                {
                    PyErr.TypeError($"{typeName}() argument 'errors' must be str, not {StrArgs.TypeNameForError(errors)}");
                    return null;
                }

                err = es.Value;
            }

            return (PyCodecs.Encode(str, enc.Value, err) as PyBytes)?.Data;
        }

        if (encoding is not null || errors is not null)
        {
            PyErr.TypeError(encoding is not null ? "encoding without a string argument" : "errors without a string argument");
            return null;
        }

        if (BytesLike.TryGetBytes(source, out var buffer))
        {
            return buffer.ToArray();
        }

        // bytes_new / bytearray_init: a TypeError from __index__ (a non-int result)
        // falls through to the iterable path, as PyNumber_AsSsize_t's caller clears it.
        bool asCount = StrArgs.IsIndex(source);
        long size = 0;
        if (asCount && !PyNumber.AsSsize(source, out size))
        {
            if (PyErr.ExceptionMatches(PyExc.IndexError))
            {
                PyErr.Clear();
                PyErr.OverflowError("cannot fit 'int' into an index-sized integer");
                return null;
            }

            if (!PyErr.ExceptionMatches(PyExc.TypeError))
            {
                return null;
            }

            PyErr.Clear();
            asCount = false;
        }

        if (asCount)
        {
            if (size < 0)
            {
                PyErr.ValueError("negative count");
                return null;
            }

            if (size > Array.MaxLength)
            {
                PyErr.NoMemory();
                return null;
            }

            return new byte[size];
        }

        if (source.Type.Iter is null && source.Type.GetItem is null)
        {
            PyErr.TypeError($"cannot convert '{source.Type.Name}' object to {typeName}");
            return null;
        }

        return FromIterable(source, typeName == "bytearray" ? "byte must be in range(0, 256)" : "bytes must be in range(0, 256)");
    }

    /// <summary>The bytes of an iterable of ints in range(256); null with the error pending.</summary>
    /// <remarks>bytearray.extend says "byte must be ..." (_getbytevalue), bytes() "bytes must be ...".</remarks>
    public static byte[]? FromIterable(PyObject iterable, string rangeMessage = "bytes must be in range(0, 256)")
    {
        var it = PyIter.GetIter(iterable);
        if (it is null)
        {
            return null;
        }

        var output = new ByteBuilder();
        while (PyIter.TryNext(it, out var item))
        {
            if (!StrArgs.SsizeArg(item, out long v))
            {
                if (PyErr.ExceptionMatches(PyExc.OverflowError))
                {
                    PyErr.Clear();
                    PyErr.ValueError(rangeMessage);
                }

                return null;
            }

            if ((ulong)v > 255)
            {
                PyErr.ValueError(rangeMessage);
                return null;
            }

            output.Add((byte)v);
        }

        return PyErr.Occurred ? null : output.ToArray();
    }
}
