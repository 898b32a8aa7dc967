using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.Io;

/// <summary>The methods of <c>_io._BufferedIOBase</c> (Modules/_io/bufferedio.c, bufferediobase_*).</summary>
internal static class PyBufferedIOBase
{
    private static readonly PyStr s_read = new("read");
    private static readonly PyStr s_read1 = new("read1");

    public static void InitMembers(PyType type)
    {
        type.AddMethod("detach", static (self, args, kw) => IoErr.Unsupported("detach"));
        type.AddMethod("read", static (self, args, kw) => IoErr.Unsupported("read"));
        type.AddMethod("read1", static (self, args, kw) => IoErr.Unsupported("read1"));
        type.AddMethod("write", static (self, args, kw) => IoErr.Unsupported("write"));
        type.AddMethod("readinto", static (self, args, kw) =>
            Args.ExactlyOne(self, "readinto", args, kw) ? ReadIntoGeneric(self, args[0], s_read) : null);
        type.AddMethod("readinto1", static (self, args, kw) =>
            Args.ExactlyOne("readinto1", args, kw) ? ReadIntoGeneric(self, args[0], s_read1) : null);
    }

    // _bufferediobase_readinto_generic: data = self.read(len(b)); b[:len(data)] = data.
    private static PyObject? ReadIntoGeneric(PyObject self, PyObject buffer, PyStr method)
    {
        if (!IoErr.WritableBuffer(buffer, out var span))
        {
            return null;
        }

        int len = span.Length;
        var data = PyCall.CallMethod(self, method, [PyInt.From(len)]);
        if (data is null)
        {
            return null;
        }

        if (data is not PyBytes bytes)
        {
            return PyErr.TypeError("read() should return bytes");
        }

        if (bytes.Length > len)
        {
            return PyErr.ValueError($"read() returned too much data: {len} bytes requested, {bytes.Length} returned");
        }

        IoErr.WritableBuffer(buffer, out span);
        bytes.Data.CopyTo(span);
        return PyInt.From(bytes.Length);
    }
}
