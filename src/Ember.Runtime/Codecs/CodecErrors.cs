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
    /// _PyErr_TrySetFromCause for a codec reached through the registry: a
    /// TypeError or LookupError from an error handler becomes "encoding with
    /// 'x' codec failed (LookupError: ...)" of the same class, caused by the
    /// original. Unicode errors pass through unchanged.
    /// </summary>
    public static void WrapCodecError(string operation, string encoding)
    {
        var ts = Threading.PyThreadState.Current;
        var exc = ts.CurrentException;
        if (exc is null || !(ReferenceEquals(exc.Type, PyExc.TypeError) || ReferenceEquals(exc.Type, PyExc.LookupError)) || exc.Args.Count != 1 || exc.Args[0] is not PyStr msg)
        {
            return;
        }

        ts.CurrentException = null;
        var wrapped = PyErr.CreateException(exc.Type, [new PyStr($"{operation} with '{encoding}' codec failed ({exc.Type.Name}: {msg.Value})")]);
        if (wrapped is null)
        {
            return;
        }

        wrapped.Cause = exc;
        wrapped.Context = exc;
        wrapped.SuppressContext = true;
        ts.CurrentException = wrapped;
    }
}
