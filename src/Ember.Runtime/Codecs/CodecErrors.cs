using Ember.Runtime.Errors;
using Ember.Runtime.Objects;

namespace Ember.Runtime.Codecs;

/// <summary>
/// Raises the codec exceptions with CPython's five arguments (encoding,
/// object, start, end, reason), so that their attributes and str() are
/// CPython's; and the errors about handlers themselves.
/// </summary>
public static class CodecErrors
{
    public static PyObject? EncodeError(string encoding, PyStr source, long start, long end, string reason) =>
        PyErr.SetObject(PyExc.UnicodeEncodeError, new PyTuple([new PyStr(encoding), source, PyInt.From(start), PyInt.From(end), new PyStr(reason)]));

    public static PyObject? DecodeError(string encoding, ReadOnlySpan<byte> source, long start, long end, string reason) =>
        PyErr.SetObject(PyExc.UnicodeDecodeError, new PyTuple([new PyStr(encoding), new PyBytes(source.ToArray()), PyInt.From(start), PyInt.From(end), new PyStr(reason)]));

    public static PyObject? UnknownHandler(string name) => PyErr.SetString(PyExc.LookupError, $"unknown error handler name '{name}'");

    public static PyObject? UnknownEncoding(string name) => PyErr.SetString(PyExc.LookupError, $"unknown encoding: {name}");

    public static PyObject? CannotHandleDecode() => PyErr.TypeError("don't know how to handle UnicodeDecodeError in error callback");

    /// <summary>
    /// _PyErr_TrySetFromCause for a codec reached through the registry: an
    /// exception that carries nothing but its (at most one) argument becomes
    /// "encoding with 'x' codec failed (ValueError: ...)" of the same class,
    /// caused by the original. Exceptions with state of their own (an
    /// <c>__init__</c> or <c>__new__</c> of their class, the fields of OSError,
    /// UnicodeEncodeError and the like, an instance dict) pass through unchanged.
    /// </summary>
    public static void WrapCodecError(string operation, string encoding)
    {
        var ts = Threading.PyThreadState.Current;
        var exc = ts.CurrentException;
        if (exc is null || exc.GetType() != typeof(PyBaseException) || exc.Args.Count > 1 || exc.Dict is { Count: > 0 } || HasOwnConstructor(exc.Type))
        {
            return;
        }

        var str = Protocols.PyOps.Str(exc);
        if (str is not PyStr text)
        {
            ts.CurrentException = exc;
            return;
        }

        ts.CurrentException = null;
        var wrapped = PyErr.CreateException(exc.Type, [new PyStr($"{operation} with '{encoding}' codec failed ({exc.Type.Name}: {text.Value})")]);
        if (wrapped is null)
        {
            ts.CurrentException = exc;
            return;
        }

        wrapped.Cause = exc;
        wrapped.SuppressContext = true;
        ts.CurrentException = wrapped;
    }

    // A class statement between the exception's class and the builtin it derives from that defines __init__ or __new__.
    private static bool HasOwnConstructor(PyType type)
    {
        foreach (var t in type.Mro)
        {
            if (!t.IsHeapType)
            {
                return false;
            }

            if (t.Dict.GetItemStr("__init__") is not null || t.Dict.GetItemStr("__new__") is not null)
            {
                return true;
            }
        }

        return false;
    }
}
