using System.Text;
using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Text;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>str.format, str.format_map, str.__format__ and format(obj, spec), on top of the formatting core in Runtime/Text.</summary>
public partial class PyStr
{
    private static PyObject? FormatMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        var host = new FormatHost(args[..(args.Length - nkw)].ToArray(), null, kwnames, args[(args.Length - nkw)..].ToArray());
        return RunFormat((PyStr)self, ref host);
    }

    private static PyObject? FormatMap(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.ExactlyOne("str.format_map", args, kwnames))
        {
            return null;
        }

        var host = new FormatHost(null, args[0], null, null);
        return RunFormat((PyStr)self, ref host);
    }

    private static PyObject? RunFormat(PyStr format, ref FormatHost host)
    {
        var sb = new StringBuilder(format.Value.Length + 16);
        if (!StrFormat.TryFormat<PyObject, FormatHost>(sb, format.Value, ref host, out var error))
        {
            return RaiseTextError(error);
        }

        return new PyStr(sb.ToString());
    }

    private static PyObject? DunderFormat(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.ExactlyOne("__format__", args, kwnames))
        {
            return null;
        }

        if (args[0] is not PyStr spec)
        {
            return PyErr.TypeError($"__format__() argument must be str, not {StrArgs.TypeNameForError(args[0])}");
        }

        var s = (PyStr)self;
        if (spec.Value.Length == 0)
        {
            return Exact(s);
        }

        var sb = new StringBuilder();
        if (!StrFormatter.TryFormat(sb, s.Value, spec.Value, s.Type.Name, out var error))
        {
            return RaiseTextError(error);
        }

        return new PyStr(sb.ToString());
    }

    /// <summary>format(obj, spec) (PyObject_Format): obj.__format__(spec), which must return a str.</summary>
    public static PyObject? FormatObject(PyObject obj, PyStr spec)
    {
        if (spec.Value.Length == 0 && ReferenceEquals(obj.Type, TypeObject))
        {
            return obj;
        }

        var method = PyCall.LookupSpecial(obj, new PyStr("__format__"));
        if (method is null)
        {
            return PyErr.Occurred ? null : PyErr.TypeError($"Type {obj.Type.Name} doesn't define __format__");
        }

        var result = PyCall.Call(method, spec);
        if (result is null || result is PyStr)
        {
            return result;
        }

        return PyErr.TypeError($"__format__ must return a str, not {result.Type.Name}");
    }

    /// <summary>ascii(obj): repr with every non-ASCII code point escaped.</summary>
    public static PyObject? AsciiOf(PyObject obj)
    {
        if (PyOps.Repr(obj) is not PyStr repr)
        {
            return null;
        }

        if (repr.IsAscii)
        {
            return repr;
        }

        var sb = new StringBuilder(repr.Value.Length + 8);
        foreach (int c in repr.EnumerateCodePoints())
        {
            if (c < 0x80)
            {
                sb.Append((char)c);
            }
            else if (c < 0x100)
            {
                sb.Append("\\x").Append(c.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else if (c < 0x10000)
            {
                sb.Append("\\u").Append(c.ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append("\\U").Append(c.ToString("x8", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return new PyStr(sb.ToString());
    }

    /// <summary>Raises the Python exception a formatting-core failure stands for (nothing for Pending: it already is).</summary>
    internal static PyObject? RaiseTextError(in TextError error)
    {
        switch (error.Kind)
        {
            case TextErrorKind.ValueError:
                return PyErr.ValueError(error.Message);
            case TextErrorKind.TypeError:
                return PyErr.TypeError(error.Message);
            case TextErrorKind.OverflowError:
                return PyErr.OverflowError(error.Message);
            case TextErrorKind.MemoryError:
                return PyErr.NoMemory();
            case TextErrorKind.IndexError:
                return PyErr.IndexError(error.Message);
            case TextErrorKind.KeyError:
                return PyErr.KeyError(new PyStr(error.Message));
            default:
                return PyErr.Occurred ? null : PyErr.SystemError("formatting failed without an error");
        }
    }

    private static readonly TextError s_pending = new(TextErrorKind.Pending, string.Empty);

    /// <summary>What str.format needs from the object model: arguments, lookups, conversions and format().</summary>
    private struct FormatHost : IStrFormatHost<PyObject>
    {
        private readonly PyObject[]? _positional;
        private readonly PyObject? _mapping;
        private readonly PyTuple? _kwnames;
        private readonly PyObject[]? _kwvalues;

        public FormatHost(PyObject[]? positional, PyObject? mapping, PyTuple? kwnames, PyObject[]? kwvalues)
        {
            _positional = positional;
            _mapping = mapping;
            _kwnames = kwnames;
            _kwvalues = kwvalues;
        }

        public readonly bool HasPositional => _positional is not null;

        public readonly bool TryGetPositional(long index, out PyObject value)
        {
            if (_positional is not null && index >= 0 && index < _positional.Length)
            {
                value = _positional[index];
                return true;
            }

            value = null!;
            return false;
        }

        public readonly bool TryGetKeyword(string key, out PyObject value, out TextError error)
        {
            error = default;
            if (_mapping is not null)
            {
                var found = PySequence.GetItem(_mapping, new PyStr(key));
                value = found!;
                if (found is null)
                {
                    error = s_pending;
                    return false;
                }

                return true;
            }

            if (_kwnames is not null)
            {
                for (int i = 0; i < _kwnames.Count; i++)
                {
                    if (((PyStr)_kwnames.Items[i]).Value == key)
                    {
                        value = _kwvalues![i];
                        return true;
                    }
                }
            }

            value = null!;
            PyErr.KeyError(new PyStr(key));
            error = s_pending;
            return false;
        }

        public readonly bool TryGetAttr(PyObject obj, string name, out PyObject value, out TextError error) =>
            Done(PyOps.GetAttr(obj, new PyStr(name)), out value, out error);

        public readonly bool TryGetItem(PyObject obj, long index, out PyObject value, out TextError error) =>
            Done(PySequence.GetItem(obj, PyInt.From(index)), out value, out error);

        public readonly bool TryGetItem(PyObject obj, string key, out PyObject value, out TextError error) =>
            Done(PySequence.GetItem(obj, new PyStr(key)), out value, out error);

        public readonly bool TryConvert(PyObject obj, char conversion, out PyObject value, out TextError error) =>
            Done(conversion switch
            {
                'r' => PyOps.Repr(obj),
                's' => PyOps.Str(obj),
                _ => AsciiOf(obj),
            }, out value, out error);

        public readonly bool TryFormat(StringBuilder sb, PyObject obj, string spec, out TextError error)
        {
            if (obj is PyStr s && ReferenceEquals(obj.Type, TypeObject))
            {
                return StrFormatter.TryFormat(sb, s.Value, spec, "str", out error);
            }

            if (!Done(FormatObject(obj, new PyStr(spec)), out var formatted, out error))
            {
                return false;
            }

            sb.Append(((PyStr)formatted).Value);
            return true;
        }

        private static bool Done(PyObject? result, out PyObject value, out TextError error)
        {
            value = result!;
            error = result is null ? s_pending : default;
            return result is not null;
        }
    }
}
