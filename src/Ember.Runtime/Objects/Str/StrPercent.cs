using System.Text;
using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Text;

namespace Ember.Runtime.Objects;

/// <summary>
/// <c>str % args</c> (PyUnicode_Format): the object-model side of the
/// formatting core's <see cref="PercentFormatter"/>: what each argument is, the
/// mapping lookups of <c>%(key)s</c> and the str/repr/ascii conversions.
/// </summary>
internal static class StrPercent
{
    // sys.set_int_max_str_digits' default; the interpreter's own setting takes over once it has one.
    private const int MaxStrDigits = 4300;

    public static PyObject? Format(PyStr format, PyObject operand)
    {
        var args = new Args(operand);
        var sb = new StringBuilder(format.Value.Length + 16);
        if (!PercentFormatter.TryFormat(sb, format.Value, ref args, MaxStrDigits, out var error))
        {
            return PyStr.RaiseTextError(error);
        }

        return new PyStr(sb.ToString());
    }

    /// <summary>Describes one argument to the formatting core.</summary>
    internal static PercentArg Describe(PyObject o)
    {
        switch (o)
        {
            case PyInt i:
                return PercentArg.FromInt(i.ToBigInteger(), o.Type.Name, o);
            case PyFloat f:
                return PercentArg.FromFloat(f.Value, o.Type.Name, o);
            case PyStr s:
                return PercentArg.FromStr(s.Value, o.Type.Name, o);
        }

        // Other objects are converted only by a numeric conversion (TryNumber),
        // so %s never calls __index__ or __float__.
        return PercentArg.FromOther(o.Type.Name, o);
    }

    /// <summary>
    /// mainformatlong, formatfloat and formatchar on a non-int, non-float
    /// argument: PyNumber_Long for %d/%i/%u, __index__ for %o/%x/%X and %c,
    /// PyFloat_AsDouble for the float conversions. A TypeError from the integer
    /// conversions leaves the argument Other (the caller's "required" message);
    /// any other error stays pending.
    /// </summary>
    internal static bool TryNumber(in PercentArg value, char conversion, out PercentArg number, out TextError error)
    {
        var o = (PyObject)value.Source!;
        number = value;
        error = default;
        var t = o.Type;
        if (conversion is 'e' or 'E' or 'f' or 'F' or 'g' or 'G')
        {
            if (!PyFloat.AsDouble(o, out double x))
            {
                error = new TextError(TextErrorKind.Pending, string.Empty);
                return false;
            }

            number = PercentArg.FromFloat(x, value.TypeName, o);
            return true;
        }

        PyInt? n;
        if (conversion == 'c' || conversion is 'o' or 'x' or 'X')
        {
            if (t.Index is null && (conversion == 'c' || (t.Int is null && t.Float is null && o is not PyComplex)))
            {
                return true;
            }

            n = PyNumber.Index(o);
        }
        else
        {
            // PyNumber_Check first: a number type is converted with int().
            if (t.Index is null && t.Int is null && t.Float is null && o is not PyComplex)
            {
                return true;
            }

            n = PyInt.FromObject(o);
        }

        if (n is null)
        {
            if (PyErr.ExceptionMatches(PyExc.TypeError))
            {
                PyErr.Clear();
                return true;
            }

            error = new TextError(TextErrorKind.Pending, string.Empty);
            return false;
        }

        number = PercentArg.FromInt(n.ToBigInteger(), value.TypeName, o);
        return true;
    }

    private struct Args : IPercentArgs
    {
        private readonly PyObject _operand;
        private readonly PyTuple? _tuple;

        public Args(PyObject operand)
        {
            _operand = operand;
            _tuple = operand as PyTuple;
        }


        public readonly int Count => _tuple?.Count ?? -1;

        public readonly bool IsMapping => _tuple is null && _operand is not PyStr && _operand.Type.GetItem is not null;

        public readonly PercentArg Get(int index) => Describe(index < 0 ? _operand : _tuple!.Items[index]);

        public readonly bool TryGetItem(string key, out PercentArg value, out TextError error)
        {
            var item = PySequence.GetItem(_operand, new PyStr(key));
            if (item is null)
            {
                value = default;
                error = new TextError(TextErrorKind.Pending, string.Empty);
                return false;
            }

            value = Describe(item);
            error = default;
            return true;
        }

        public readonly bool TryNumber(in PercentArg value, char conversion, out PercentArg number, out TextError error) =>
            StrPercent.TryNumber(value, conversion, out number, out error);

        public readonly bool TryConvert(in PercentArg value, char conversion, out string text, out TextError error)
        {
            var obj = (PyObject)value.Source!;
            var result = conversion switch
            {
                's' => PyOps.Str(obj),
                'r' => PyOps.Repr(obj),
                _ => PyStr.AsciiOf(obj),
            };
            if (result is PyStr s)
            {
                text = s.Value;
                error = default;
                return true;
            }

            text = string.Empty;
            error = new TextError(TextErrorKind.Pending, string.Empty);
            return false;
        }
    }
}
