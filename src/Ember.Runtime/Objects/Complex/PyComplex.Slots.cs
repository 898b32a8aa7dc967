using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Text;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

public partial class PyComplex
{
    private static partial void InitSlots(PyType type)
    {
        type.New = New;
        type.Repr = static self => new PyStr(((PyComplex)self).ToString());
        type.Hash = Hash;
        type.RichCompare = RichCompare;
        type.Bool = BoolOf;
        type.Add = Add;
        type.Subtract = Subtract;
        type.Multiply = Multiply;
        type.TrueDivide = TrueDivide;
        type.Power = Power;
        type.Negative = Negative;
        type.Positive = Positive;
        type.Absolute = Absolute;
    }

    private static partial void InitMembers(PyType type)
    {
        type.AddMethod("conjugate", static (self, args, kw) =>
        {
            if (!Args.NoArgs("complex.conjugate", args, kw))
            {
                return null;
            }

            var z = (PyComplex)self;
            return new PyComplex(z.Real, -z.Imag);
        });
        type.AddMethod("__complex__", static (self, args, kw) => Args.NoArgs("complex.__complex__", args, kw) ? ((PyComplex)self).AsExact() : null);
        type.AddMethod("__getnewargs__", static (self, args, kw) =>
        {
            if (!Args.NoArgs("complex.__getnewargs__", args, kw))
            {
                return null;
            }

            var z = (PyComplex)self;
            return PyTuple.Create(new PyFloat(z.Real), new PyFloat(z.Imag));
        });
        type.AddMethod("__format__", FormatMethod);
        type.AddReadonlyMember("real", static self => new PyFloat(((PyComplex)self).Real), "the real part of a complex number");
        type.AddReadonlyMember("imag", static self => new PyFloat(((PyComplex)self).Imag), "the imaginary part of a complex number");
    }

    private static PyObject? FormatMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.ExactlyOne("complex.__format__", args, kwnames))
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
        return ComplexFormatter.TryFormat(sb, ((PyComplex)self).Value, spec.Value, self.Type.Name, out var error)
            ? new PyStr(sb.ToString())
            : error.Raise();
    }
}
