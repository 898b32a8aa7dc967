using Ember.Runtime.Errors;
using Ember.Runtime.Objects;

namespace Ember.Runtime.Text;

/// <summary>Turns a <see cref="TextError"/> into the pending Python exception, where the object model meets the formatting core.</summary>
public static class TextErrorExtensions
{
    /// <summary>Raises the error (a <see cref="TextErrorKind.Pending"/> one is already pending) and returns null for <c>return error.Raise();</c>.</summary>
    public static PyObject? Raise(this TextError error)
    {
        switch (error.Kind)
        {
            case TextErrorKind.Pending:
                return null;
            case TextErrorKind.MemoryError:
                return PyErr.NoMemory();
            case TextErrorKind.KeyError:
                return PyErr.SetString(PyExc.KeyError, error.Message);
            default:
                return PyErr.SetString(ExceptionType(error.Kind), error.Message);
        }
    }

    public static PyType ExceptionType(TextErrorKind kind) => kind switch
    {
        TextErrorKind.TypeError => PyExc.TypeError,
        TextErrorKind.OverflowError => PyExc.OverflowError,
        TextErrorKind.MemoryError => PyExc.MemoryError,
        TextErrorKind.IndexError => PyExc.IndexError,
        TextErrorKind.KeyError => PyExc.KeyError,
        _ => PyExc.ValueError,
    };
}
