using Ember.Runtime.Codecs;
using Ember.Runtime.Errors;

namespace Ember.Runtime.Objects;

/// <summary>Subscripting str, bytes, bytearray and memoryview with a slice object (the *_subscript functions' slice branches).</summary>
internal static class StrSlicing
{
    public static bool TryGetSlice(PyStr s, PyObject key, out PyObject? result)
    {
        result = null;
        if (key is not PySlice slice)
        {
            return false;
        }

        if (slice.GetIndices(s.Length, out long start, out _, out long step, out long count))
        {
            result = s.Slice(start, step, count);
        }

        return true;
    }

    public static bool TryGetSliceBytes(PyObject self, ReadOnlySpan<byte> data, PyObject key, out PyObject? result)
    {
        result = null;
        if (key is not PySlice slice)
        {
            return false;
        }

        if (!slice.GetIndices(data.Length, out long start, out _, out long step, out long count))
        {
            return true;
        }

        if (step == 1)
        {
            result = BytesMethods.Result(self, data.Slice((int)start, (int)count));
            return true;
        }

        var picked = new byte[count];
        for (long i = 0; i < count; i++)
        {
            picked[i] = data[(int)(start + (i * step))];
        }

        result = BytesMethods.Wrap(self, picked);
        return true;
    }

    /// <summary>bytearray[slice] = value and del bytearray[slice] (bytearray_ass_subscript).</summary>
    public static bool TrySetSliceBytes(PyByteArray self, PyObject key, PyObject? value, out bool ok)
    {
        ok = false;
        if (key is not PySlice slice)
        {
            return false;
        }

        if (!slice.GetIndices(self.Count, out long start, out long stop, out long step, out long count))
        {
            return true;
        }

        byte[] bytes;
        if (value is null)
        {
            bytes = [];
        }
        else if (ReferenceEquals(value, self))
        {
            bytes = self.AsSpan().ToArray();
        }
        else if (BytesLike.TryGetBytes(value, out var buffer))
        {
            bytes = buffer.ToArray();
        }
        else if (value is PyStr || value is PyInt || value is PyFloat || value.Type.Index is not null || value.Type.Float is not null || value.Type.Int is not null)
        {
            PyErr.TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            return true;
        }
        else
        {
            var fromIterable = BytesMethods.FromIterable(value);
            if (fromIterable is null)
            {
                return true;
            }

            bytes = fromIterable;
        }

        if (step == 1)
        {
            long remove = Math.Max(0, stop - start);
            ok = self.Splice((int)start, (int)remove, bytes);
            return true;
        }

        if (value is null)
        {
            // Deleting an extended slice: keep every item the slice does not select.
            if (count == 0)
            {
                ok = true;
                return true;
            }

            if (!self.CheckResizable())
            {
                return true;
            }

            var data = self.AsSpan();
            var kept = new byte[data.Length - count];
            var drop = new bool[data.Length];
            for (long i = 0; i < count; i++)
            {
                drop[start + (i * step)] = true;
            }

            int k = 0;
            for (int i = 0; i < data.Length; i++)
            {
                if (!drop[i])
                {
                    kept[k++] = data[i];
                }
            }

            ok = self.Splice(0, data.Length, kept);
            return true;
        }

        if (bytes.Length != count)
        {
            PyErr.ValueError($"attempt to assign bytes of size {bytes.Length} to extended slice of size {count}");
            return true;
        }

        var target = self.AsWritableSpan();
        for (long i = 0; i < count; i++)
        {
            target[(int)(start + (i * step))] = bytes[i];
        }

        ok = true;
        return true;
    }

    public static bool TryGetSliceView(PyMemoryView view, PyObject key, out PyObject? result)
    {
        result = null;
        if (key is not PySlice slice)
        {
            return false;
        }

        if (slice.GetIndices(view.Length, out long start, out _, out long step, out long count))
        {
            result = view.SubView(start, step, count);
        }

        return true;
    }

    public static bool TrySetSliceView(PyMemoryView view, Span<byte> target, PyObject key, PyObject value)
    {
        if (key is not PySlice slice)
        {
            PyErr.TypeError("memoryview: invalid slice key");
            return false;
        }

        if (!slice.GetIndices(view.Length, out long start, out _, out long step, out long count))
        {
            return false;
        }

        byte[] source;
        if (value is PyMemoryView mv)
        {
            source = mv.ToArray();
        }
        else if (BytesLike.TryGetBytes(value, out var span))
        {
            source = span.ToArray();
        }
        else
        {
            PyErr.TypeError($"a bytes-like object is required, not '{value.Type.Name}'");
            return false;
        }

        if (source.Length != count)
        {
            PyErr.ValueError("memoryview assignment: lvalue and rvalue have different structures");
            return false;
        }

        for (long i = 0; i < count; i++)
        {
            view.WriteAt(target, (int)(start + (i * step)), source[i]);
        }

        return true;
    }
}
