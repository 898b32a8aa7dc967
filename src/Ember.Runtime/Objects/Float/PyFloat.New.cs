using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Text;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>float(x=0.0, /) (float_new_impl, PyNumber_Float, PyFloat_FromString).</summary>
public partial class PyFloat
{
    public static PyObject? New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.Positional("float", args, kwnames, 0, 1))
        {
            return null;
        }

        PyFloat? value = args.Length == 0 ? new PyFloat(0.0) : FromObject(args[0]);
        if (value is null || ReferenceEquals(type, TypeObject))
        {
            return value;
        }

        return new PyFloatSubclass(type, value.Value);
    }

    /// <summary>float(x) (PyNumber_Float): __float__, then __index__, then the text of a str or bytes-like object.</summary>
    public static PyFloat? FromObject(PyObject x)
    {
        if (ReferenceEquals(x.Type, TypeObject))
        {
            return (PyFloat)x;
        }

        var type = x.Type;
        if (type.Float is { } slot)
        {
            var r = slot(x);
            if (r is null)
            {
                return null;
            }

            if (r is not PyFloat f)
            {
                PyErr.TypeError($"{type.Name}.__float__ returned non-float (type {r.Type.Name})");
                return null;
            }

            return f.AsExact();
        }

        if (type.Index is not null)
        {
            var i = PyNumber.Index(x);
            if (i is null || !i.TryToDouble(out double d))
            {
                return null;
            }

            return new PyFloat(d);
        }

        if (x is PyStr s)
        {
            return FromString(s.Value);
        }

        if (PyLong.TryGetBytes(x, out var bytes))
        {
            return FromBytes(bytes, x);
        }

        PyErr.TypeError($"float() argument must be a string or a real number, not '{type.Name}'");
        return null;
    }

    /// <summary>float(text): ValueError "could not convert string to float: ..." on bad text.</summary>
    public static PyFloat? FromString(string text)
    {
        if (!FloatParser.TryParse(text, out double value, out var error))
        {
            error.Raise();
            return null;
        }

        return new PyFloat(value);
    }

    private static PyFloat? FromBytes(ReadOnlySpan<byte> data, PyObject source)
    {
        var chars = new char[data.Length];
        for (int i = 0; i < data.Length; i++)
        {
            chars[i] = data[i] is 0 or >= 0x80 ? '\x01' : (char)data[i];
        }

        if (FloatParser.TryParse(new string(chars), out double value, out _))
        {
            return new PyFloat(value);
        }

        string? repr = PyOps.ReprString(source);
        if (repr is not null)
        {
            PyErr.ValueError("could not convert string to float: " + repr);
        }

        return null;
    }
}
