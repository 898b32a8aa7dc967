using Ember.Runtime.Errors;
using Ember.Runtime.Objects;

namespace Ember.Runtime.Protocols;

/// <summary>
/// Filesystem paths as arguments: os.fspath's protocol (PyOS_FSPath in
/// Modules/posixmodule.c) and the str converter built on it
/// (PyUnicode_FSDecoder in Objects/unicodeobject.c), used by compile()'s
/// filename and, later, by the os and io functions.
/// </summary>
public static class PyFsPath
{
    private static readonly PyStr s_fspath = new("__fspath__");

    /// <summary>
    /// PyOS_FSPath: a str or bytes as it is, else the result of the type's
    /// __fspath__, which must be a str or bytes. Null with the error pending.
    /// </summary>
    public static PyObject? FsPath(PyObject path)
    {
        if (path is PyStr or PyBytes)
        {
            return path;
        }

        var func = PyCall.LookupSpecial(path, s_fspath);
        if (func is null)
        {
            return PyErr.Occurred ? null : PyErr.TypeError($"expected str, bytes or os.PathLike object, not {path.Type.Name}");
        }

        var result = PyCall.Call(func);
        if (result is null or PyStr or PyBytes)
        {
            return result;
        }

        return PyErr.TypeError($"expected {path.Type.Name}.__fspath__() to return str or bytes, not {result.Type.Name}");
    }

    /// <summary>
    /// PyUnicode_FSDecoder: a path argument as str. Bytes and other buffers
    /// are decoded from UTF-8 with surrogateescape (the filesystem encoding);
    /// an embedded NUL is a ValueError. Null with the error pending.
    /// </summary>
    public static PyStr? FsDecode(PyObject arg)
    {
        PyObject? path = arg;
        if (!Codecs.BytesLike.TryGetBytes(arg, out _))
        {
            path = FsPath(arg);
            if (path is null)
            {
                return null;
            }
        }

        PyStr? output;
        if (path is PyStr s)
        {
            output = s;
        }
        else if (Codecs.BytesLike.TryGetBytes(path, out var data))
        {
            output = Codecs.PyCodecs.Decode(data, "utf-8", "surrogateescape") as PyStr;
            if (output is null)
            {
                return null;
            }
        }
        else
        {
            PyErr.TypeError($"path should be string, bytes, or os.PathLike, not {arg.Type.Name}");
            return null;
        }

        if (output.Value.Contains('\0', StringComparison.Ordinal))
        {
            PyErr.ValueError("embedded null character");
            return null;
        }

        return output;
    }
}
