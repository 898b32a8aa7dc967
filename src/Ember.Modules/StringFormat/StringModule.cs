using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Text;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Modules.StringFormat;

/// <summary>
/// The <c>_string</c> module (Objects/unicodeobject.c): the parsing half of
/// <c>str.format</c> for <c>string.Formatter</c>, over the formatting core's
/// <see cref="MarkupIterator"/> and <see cref="FieldNameIterator"/>.
/// </summary>
public static class StringModule
{
    public static PyModule Create(PyInterpreterState interp)
    {
        var m = ModuleHelpers.NewModule("_string", "string helper module");
        m.AddFunction("formatter_field_name_split", static (args, kw) =>
        {
            if (!Args.ExactlyOne("_string.formatter_field_name_split", args, kw))
            {
                return null;
            }

            if (args[0] is not PyStr s)
            {
                return PyErr.TypeError($"expected str, got {args[0].Type.Name}");
            }

            if (!FieldNameIterator.TrySplit(s.Value, out var first, out long index, out var rest, out var error))
            {
                return error.Raise();
            }

            PyObject head = index >= 0 ? PyInt.From(index) : new PyStr(first);
            return PyTuple.Create(head, new PyFieldNameIterator(rest));
        }, "split the argument as a field name");
        m.AddFunction("formatter_parser", static (args, kw) =>
        {
            if (!Args.ExactlyOne("_string.formatter_parser", args, kw))
            {
                return null;
            }

            return args[0] is PyStr s ? new PyFormatterIterator(s.Value) : PyErr.TypeError($"expected str, got {args[0].Type.Name}");
        }, "parse the argument as a format string");
        return m;
    }
}

/// <summary><c>formatteriterator</c>: (literal, field name, format spec, conversion) tuples.</summary>
internal sealed class PyFormatterIterator : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("formatteriterator", null, TypeFlags.None, static t =>
    {
        t.New = static (type, args, kw) => PyErr.TypeError("cannot create 'formatteriterator' instances");
        t.Iter = static self => self;
        t.Next = static self => ((PyFormatterIterator)self).Next();
    });

    private MarkupIterator _markup;

    public PyFormatterIterator(string text)
        : base(TypeObject)
    {
        _markup = new MarkupIterator(text);
    }

    private PyObject? Next()
    {
        if (!_markup.TryNext(out var part, out var error))
        {
            return error.IsError ? error.Raise() : null;
        }

        PyObject literal = new PyStr(part.Literal);
        if (!part.FieldPresent)
        {
            return new PyTuple([literal, PyNone.Instance, PyNone.Instance, PyNone.Instance]);
        }

        PyObject conversion = part.Conversion == 0 ? PyNone.Instance : PyStr.FromCodePoint(part.Conversion);
        return new PyTuple([literal, new PyStr(part.FieldName ?? string.Empty), new PyStr(part.FormatSpec ?? string.Empty), conversion]);
    }
}

/// <summary><c>fieldnameiterator</c>: (is_attribute, name or index) pairs after a field name's first part.</summary>
internal sealed class PyFieldNameIterator : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("fieldnameiterator", null, TypeFlags.None, static t =>
    {
        t.New = static (type, args, kw) => PyErr.TypeError("cannot create 'fieldnameiterator' instances");
        t.Iter = static self => self;
        t.Next = static self => ((PyFieldNameIterator)self).Next();
    });

    private FieldNameIterator _rest;

    public PyFieldNameIterator(FieldNameIterator rest)
        : base(TypeObject)
    {
        _rest = rest;
    }

    private PyObject? Next()
    {
        if (!_rest.TryNext(out var step, out var error))
        {
            return error.IsError ? error.Raise() : null;
        }

        PyObject key = !step.IsAttribute && step.Index >= 0 ? PyInt.From(step.Index) : new PyStr(step.Name);
        return PyTuple.Create(PyBool.From(step.IsAttribute), key);
    }
}
