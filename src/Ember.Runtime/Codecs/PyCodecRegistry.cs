using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;

namespace Ember.Runtime.Codecs;

/// <summary>
/// The codec registry of one interpreter (Python/codecs.c): the search
/// functions, the cache of what they found, and the error handlers by name.
/// Created on first use; like _PyCodecRegistry_Init it then imports the
/// <c>encodings</c> package, whose search function registers itself.
/// </summary>
public static class PyCodecRegistry
{
    private sealed class State
    {
        public readonly List<PyObject> SearchPath = [];
        public readonly Dictionary<string, PyObject> Cache = new(StringComparer.Ordinal);
        public readonly Dictionary<string, PyObject> ErrorRegistry = new(StringComparer.Ordinal);
        public bool Initialized;
        public bool EncodingsLoaded;
    }

    private static readonly PyStr s_isTextEncoding = new("_is_text_encoding");

    private static State StateOf(PyInterpreterState interp) => interp.GetState(static _ => new State());

    /// <summary>
    /// _PyCodecRegistry_Init: the builtin error handlers, then <c>import encodings</c>.
    /// An interpreter without the package (no module by that name can be found) keeps
    /// an empty search path; any other failure of the import is the caller's error.
    /// Run once: a failed import is not retried, as in CPython.
    /// </summary>
    private static State? Ready()
    {
        var state = StateOf(PyThreadState.Current.Interpreter);
        if (state.Initialized)
        {
            return state;
        }

        state.Initialized = true;
        foreach (var name in ErrorCallbacks.BuiltinNames)
        {
            state.ErrorRegistry[name] = ErrorCallbacks.CreateBuiltin(name);
        }

        var interp = PyThreadState.Current.Interpreter;
        var import = interp.Builtins.GetItemStr("__import__");
        if (import is null)
        {
            return state;
        }

        var module = PyCall.Call(import, new PyStr("encodings"));
        if (module is not null)
        {
            state.EncodingsLoaded = true;
            return state;
        }

        var exc = PyThreadState.Current.CurrentException;
        if (exc is PyImportError { Name: PyStr { Value: "encodings" } } && exc.Type.IsSubtypeOf(PyExc.ModuleNotFoundError))
        {
            PyErr.Clear();
            return state;
        }

        return null;
    }

    /// <summary>codecs.register: false with TypeError pending when the function is not callable.</summary>
    public static bool Register(PyObject searchFunction)
    {
        var state = Ready();
        if (state is null)
        {
            return false;
        }

        if (searchFunction.Type.Call is null)
        {
            PyErr.TypeError("argument must be callable");
            return false;
        }

        state.SearchPath.Add(searchFunction);
        return true;
    }

    /// <summary>codecs.unregister: removes the function (by identity) and empties the cache.</summary>
    public static bool Unregister(PyObject searchFunction)
    {
        var state = Ready();
        if (state is null)
        {
            return false;
        }

        for (int i = 0; i < state.SearchPath.Count; i++)
        {
            if (ReferenceEquals(state.SearchPath[i], searchFunction))
            {
                state.Cache.Clear();
                state.SearchPath.RemoveAt(i);
                return true;
            }
        }

        return true;
    }

    /// <summary>_PyCodec_Forget: drops the cached entry of one encoding (test support).</summary>
    public static bool Forget(string encoding)
    {
        var state = Ready();
        if (state is null)
        {
            return false;
        }

        state.Cache.Remove(NormalizeForLookup(encoding));
        return true;
    }

    /// <summary>normalizestring: ASCII letters lower-cased, spaces and hyphens become underscores.</summary>
    public static string NormalizeForLookup(string encoding)
    {
        bool plain = true;
        foreach (char c in encoding)
        {
            if (c is ' ' or '-' or (>= 'A' and <= 'Z'))
            {
                plain = false;
                break;
            }
        }

        if (plain)
        {
            return encoding;
        }

        return string.Create(encoding.Length, encoding, static (span, src) =>
        {
            for (int i = 0; i < src.Length; i++)
            {
                char c = src[i];
                span[i] = c is ' ' or '-' ? '_' : c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
            }
        });
    }

    /// <summary>_PyCodec_Lookup: the codec's 4-tuple (a CodecInfo from encodings), or null with the error pending.</summary>
    public static PyTuple? Lookup(string encoding)
    {
        var state = Ready();
        if (state is null)
        {
            return null;
        }

        string key = NormalizeForLookup(encoding);
        if (state.Cache.TryGetValue(key, out var cached))
        {
            return (PyTuple)cached;
        }

        if (state.SearchPath.Count == 0 && state.EncodingsLoaded)
        {
            PyErr.SetString(PyExc.LookupError, "no codec search functions registered: can't find encoding");
            return null;
        }

        var keyStr = new PyStr(key);
        foreach (var func in state.SearchPath.ToArray())
        {
            var result = PyCall.Call(func, keyStr);
            if (result is null)
            {
                return null;
            }

            if (result is PyNone)
            {
                continue;
            }

            if (result is not PyTuple { Count: 4 } tuple)
            {
                PyErr.TypeError("codec search functions must return 4-tuples");
                return null;
            }

            state.Cache[key] = tuple;
            return tuple;
        }

        CodecErrors.UnknownEncoding(encoding);
        return null;
    }

    /// <summary>
    /// _PyCodec_LookupTextEncoding: as <see cref="Lookup"/>, refusing a codec whose
    /// CodecInfo says <c>_is_text_encoding</c> is false.
    /// </summary>
    public static PyTuple? LookupTextEncoding(string encoding, string alternateCommand)
    {
        var codec = Lookup(encoding);
        if (codec is null)
        {
            return null;
        }

        if (!ReferenceEquals(codec.Type, PyTuple.TypeObject))
        {
            int found = PyAttr.TryGetAttr(codec, s_isTextEncoding, out var attr);
            if (found < 0)
            {
                return null;
            }

            if (found > 0)
            {
                int truth = PyOps.IsTrue(attr!);
                if (truth < 0)
                {
                    return null;
                }

                if (truth == 0)
                {
                    PyErr.SetString(PyExc.LookupError, $"'{encoding}' is not a text encoding; use {alternateCommand} to handle arbitrary codecs");
                    return null;
                }
            }
        }

        return codec;
    }

    /// <summary>PyCodec_Encode (codecs.encode): any object through the registry's encoder.</summary>
    public static PyObject? Encode(PyObject obj, string encoding, string? errors)
    {
        var codec = Lookup(encoding);
        return codec is null ? null : Call(codec[0], obj, encoding, errors, "encoder", "encoding");
    }

    /// <summary>PyCodec_Decode (codecs.decode): any object through the registry's decoder.</summary>
    public static PyObject? Decode(PyObject obj, string encoding, string? errors)
    {
        var codec = Lookup(encoding);
        return codec is null ? null : Call(codec[1], obj, encoding, errors, "decoder", "decoding");
    }

    /// <summary>_PyCodec_EncodeText: str.encode's path for a codec without a C# fast path.</summary>
    public static PyObject? EncodeText(PyStr s, string encoding, string? errors)
    {
        var codec = LookupTextEncoding(encoding, "codecs.encode()");
        if (codec is null)
        {
            return null;
        }

        var result = Call(codec[0], s, encoding, errors, "encoder", "encoding");
        if (result is null or PyBytes)
        {
            return result;
        }

        if (result is PyByteArray ba)
        {
            // PyUnicode_AsEncodedString warns here (RuntimeWarning) and converts.
            return new PyBytes(ba.AsSpan().ToArray());
        }

        return PyErr.TypeError($"'{encoding}' encoder returned '{result.Type.Name}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types");
    }

    /// <summary>_PyCodec_DecodeText: bytes.decode's path; the decoder receives a memoryview, as from PyUnicode_Decode.</summary>
    public static PyObject? DecodeText(ReadOnlySpan<byte> data, string encoding, string? errors)
    {
        var codec = LookupTextEncoding(encoding, "codecs.decode()");
        if (codec is null)
        {
            return null;
        }

        var view = new PyMemoryView(new PyBytes(data.ToArray()));
        var result = Call(codec[1], view, encoding, errors, "decoder", "decoding");
        if (result is null or PyStr)
        {
            return result;
        }

        return PyErr.TypeError($"'{encoding}' decoder returned '{result.Type.Name}' instead of 'str'; use codecs.decode() to decode to arbitrary types");
    }

    private static PyObject? Call(PyObject coder, PyObject obj, string encoding, string? errors, string role, string operation)
    {
        var result = errors is null ? PyCall.Call(coder, obj) : PyCall.Call(coder, obj, new PyStr(errors));
        if (result is null)
        {
            CodecErrors.WrapCodecError(operation, encoding);
            return null;
        }

        if (result is not PyTuple { Count: 2 } tuple)
        {
            // codecs.c spells the two messages differently.
            return PyErr.TypeError(role == "encoder" ? "encoder must return a tuple (object, integer)" : "decoder must return a tuple (object,integer)");
        }

        return tuple[0];
    }

    /// <summary>codecs.register_error: false with TypeError pending when the handler is not callable.</summary>
    public static bool RegisterError(string name, PyObject handler)
    {
        var state = Ready();
        if (state is null)
        {
            return false;
        }

        if (handler.Type.Call is null)
        {
            PyErr.TypeError("handler must be callable");
            return false;
        }

        state.ErrorRegistry[name] = handler;
        return true;
    }

    /// <summary>PyCodec_LookupError: the handler, or null with LookupError (or the registry's failure) pending.</summary>
    public static PyObject? LookupError(string? name)
    {
        var state = Ready();
        if (state is null)
        {
            return null;
        }

        if (state.ErrorRegistry.TryGetValue(name ?? "strict", out var handler))
        {
            return handler;
        }

        return CodecErrors.UnknownHandler(name ?? "strict");
    }
}
