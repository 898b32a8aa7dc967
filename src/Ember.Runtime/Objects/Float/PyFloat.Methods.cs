using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Text;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>float's named methods and attributes (float_methods and float_getset in Objects/floatobject.c).</summary>
public partial class PyFloat
{
    private static void AddMembers(PyType type)
    {
        type.AddMethod("conjugate", static (self, args, kw) => Args.NoArgs("float.conjugate", args, kw) ? ((PyFloat)self).AsExact() : null);
        type.AddMethod("is_integer", static (self, args, kw) =>
        {
            if (!Args.NoArgs("float.is_integer", args, kw))
            {
                return null;
            }

            double v = ((PyFloat)self).Value;
            return PyBool.From(double.IsFinite(v) && v == Math.Floor(v));
        });
        type.AddMethod("as_integer_ratio", static (self, args, kw) =>
        {
            if (!Args.NoArgs("float.as_integer_ratio", args, kw))
            {
                return null;
            }

            if (!FloatConversions.TryAsIntegerRatio(((PyFloat)self).Value, out var n, out var d, out var error))
            {
                return error.Raise();
            }

            return PyTuple.Create(PyInt.From(n), PyInt.From(d));
        });
        type.AddMethod("hex", static (self, args, kw) => Args.NoArgs("float.hex", args, kw) ? new PyStr(FloatConversions.ToHex(((PyFloat)self).Value)) : null);
        type.AddClassMethod("fromhex", FromHexMethod);
        type.AddMethod("__trunc__", static (self, args, kw) => Args.NoArgs("float.__trunc__", args, kw) ? ToInt(self) : null);
        type.AddMethod("__floor__", static (self, args, kw) => Args.NoArgs("float.__floor__", args, kw) ? Truncate(Math.Floor(((PyFloat)self).Value)) : null);
        type.AddMethod("__ceil__", static (self, args, kw) => Args.NoArgs("float.__ceil__", args, kw) ? Truncate(Math.Ceiling(((PyFloat)self).Value)) : null);
        type.AddMethod("__round__", RoundMethod);
        type.AddMethod("__getnewargs__", static (self, args, kw) =>
            Args.NoArgs("float.__getnewargs__", args, kw) ? PyTuple.Create(new PyFloat(((PyFloat)self).Value)) : null);
        type.AddMethod("__format__", FormatMethod);
        type.AddClassMethod("__getformat__", GetFormatMethod);
        type.AddGetter("real", static self => ((PyFloat)self).AsExact());
        type.AddGetter("imag", static self => new PyFloat(0.0));
    }

    private static PyObject? FromHexMethod(PyObject cls, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.ExactlyOne(((PyType)cls).QualName + ".fromhex", args, kwnames))
        {
            return null;
        }

        if (args[0] is not PyStr s)
        {
            return PyErr.TypeError("bad argument type for built-in operation");
        }

        if (!FloatParser.TryFromHex(s.Value, out double value, out var error))
        {
            return error.Raise();
        }

        var result = new PyFloat(value);
        return ReferenceEquals(cls, TypeObject) ? result : PyCall.Call(cls, result);
    }

    private static PyObject? GetFormatMethod(PyObject cls, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.ExactlyOne("float.__getformat__", args, kwnames))
        {
            return null;
        }

        if (args[0] is not PyStr s)
        {
            return PyErr.TypeError($"__getformat__() argument must be str, not {StrArgs.TypeNameForError(args[0])}");
        }

        if (s.Value is not ("double" or "float"))
        {
            return PyErr.ValueError("__getformat__() argument 1 must be 'double' or 'float'");
        }

        return new PyStr(BitConverter.IsLittleEndian ? "IEEE, little-endian" : "IEEE, big-endian");
    }

    private static PyObject? FormatMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.ExactlyOne("float.__format__", args, kwnames))
        {
            return null;
        }

        if (args[0] is not PyStr spec)
        {
            return PyErr.TypeError($"__format__() argument must be str, not {StrArgs.TypeNameForError(args[0])}");
        }

        if (spec.Value.Length == 0)
        {
            return PyOps.Str(self);
        }

        var sb = new System.Text.StringBuilder();
        return FloatFormatter.TryFormat(sb, ((PyFloat)self).Value, spec.Value, self.Type.Name, out var error)
            ? new PyStr(sb.ToString())
            : error.Raise();
    }

    private static PyObject? RoundMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.NoKeywords("float.__round__", kwnames) || !Args.Positional("__round__", args, kwnames, 0, 1))
        {
            return null;
        }

        double v = ((PyFloat)self).Value;
        if (args.Length == 0 || ReferenceEquals(args[0], PyNone.Instance))
        {
            if (!FloatConversions.TryRoundToInt(v, out var rounded, out var error))
            {
                return error.Raise();
            }

            return PyInt.From(rounded);
        }

        var n = PyNumber.Index(args[0]);
        if (n is null)
        {
            return null;
        }

        long ndigits = n.IsSmall ? n.Small : n.Sign > 0 ? long.MaxValue : long.MinValue;
        if (!FloatConversions.TryRound(v, ndigits, out double result, out var roundError))
        {
            return roundError.Raise();
        }

        return new PyFloat(result);
    }
}
