using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Modules.Struct;

/// <summary>
/// The <c>_struct</c> module (Modules/_struct.c): values to and from C
/// structs. The module functions go through a per-interpreter cache of
/// compiled Structs keyed by the format object, cleared past 100 entries.
/// </summary>
public static class StructModule
{
    private const string Doc = "Conversions between Python values and C structs held in bytes objects.\n\n"
        + "A format starts with an optional byte order character:\n"
        + "  @: native order, size and alignment (the default)\n  =: native order, standard sizes, no alignment\n"
        + "  <: little-endian, standard sizes\n  >: big-endian, standard sizes\n  !: network order, the same as >\n\n"
        + "Then come type characters, each after an optional decimal count:\n"
        + "  x pad byte; c char; b B signed and unsigned byte; ? bool\n  h H short; i I int; l L long; q Q long long\n"
        + "  n N ssize_t and size_t, P pointer (native mode only)\n  e half float; f float; d double\n"
        + "  s bytes (the count is its length); p Pascal string (a length byte first)\n"
        + "Whitespace between formats is ignored.\n\nErrors are raised as struct.error.\n";

    private const int MaxCache = 100;

    private static readonly ArgSpec s_unpackFromSpec = new("unpack_from", ["format", "buffer", "offset"], posOnly: 1, required: 2);

    /// <summary>The interpreter's struct.error and format cache.</summary>
    private sealed class State
    {
        public PyType? Error;
        public readonly PyDict Cache = new();
    }

    private static State StateOf(PyInterpreterState interp) => interp.GetState(static _ => new State());

    /// <summary>struct.error of the current interpreter.</summary>
    internal static PyType Error()
    {
        var state = StateOf(PyThreadState.Current.Interpreter);
        return state.Error ??= ModuleHelpers.NewException("struct.error", PyExc.Exception) ?? PyExc.Exception;
    }

    public static PyModule Create(PyInterpreterState interp)
    {
        var m = ModuleHelpers.NewModule("_struct", Doc);
        m.AddType(PyStruct.TypeObject);
        m.AddFunction("_clearcache", static (args, kw) =>
        {
            if (!Args.NoArgs("_struct._clearcache", args, kw))
            {
                return null;
            }

            StateOf(PyThreadState.Current.Interpreter).Cache.Clear();
            return PyNone.Instance;
        }, "Clear the internal cache of compiled formats.");
        m.AddFunction("calcsize", static (args, kw) =>
            Args.ExactlyOne("_struct.calcsize", args, kw) && Cached(args[0]) is { } s ? s.Compiled() is { } f ? PyInt.From(f.Size) : null : null,
            "Return the size of the struct described by the format.");
        var error = Error();
        m.Dict.SetItemStr("error", error);
        m.AddFunction("iter_unpack", static (args, kw) =>
            Args.Positional("iter_unpack", args, kw, 2, 2) && Cached(args[0]) is { } s ? s.IterUnpack(args[1]) : null,
            "Return an iterator over the tuples unpacked from the buffer, one struct at a time.");
        m.AddFunction("pack", static (args, kw) =>
        {
            if (!Args.NoKeywords("_struct.pack", kw))
            {
                return null;
            }

            if (args.Length == 0)
            {
                return PyErr.TypeError("missing format argument");
            }

            return Cached(args[0]) is { } s ? s.Pack(args[1..]) : null;
        }, "Return bytes holding the values packed by the format.");
        m.AddFunction("pack_into", static (args, kw) =>
        {
            if (!Args.NoKeywords("_struct.pack_into", kw))
            {
                return null;
            }

            if (args.Length == 0)
            {
                return PyErr.TypeError("missing format argument");
            }

            return Cached(args[0]) is { } s ? s.PackInto(args[1..]) : null;
        }, "Pack the values into the writable buffer at the offset.");
        m.AddFunction("unpack", static (args, kw) =>
            Args.Positional("unpack", args, kw, 2, 2) && Cached(args[0]) is { } s ? s.Unpack(args[1]) : null,
            "Return the tuple of values the format reads from a buffer of exactly its size.");
        m.AddFunction("unpack_from", static (args, kw) =>
        {
            Span<PyObject?> slots = new PyObject?[3];
            return s_unpackFromSpec.Parse(args, kw, slots) && Cached(slots[0]!) is { } s ? s.UnpackFrom(slots[1]!, slots[2]) : null;
        }, "Return the tuple of values the format reads from the buffer at the offset.");
        return m;
    }

    /// <summary>cache_struct_converter: the compiled Struct for a format object.</summary>
    private static PyStruct? Cached(PyObject format)
    {
        var cache = StateOf(PyThreadState.Current.Interpreter).Cache;
        var found = cache.GetItem(format);
        if (found is PyStruct hit)
        {
            return hit;
        }

        if (PyErr.Occurred)
        {
            return null;
        }

        if (PyCall.Call(PyStruct.TypeObject, [format], null) is not PyStruct created)
        {
            return null;
        }

        if (cache.Count >= MaxCache)
        {
            cache.Clear();
        }

        return cache.SetItem(format, created) ? created : null;
    }
}
