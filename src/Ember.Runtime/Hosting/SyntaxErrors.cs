using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Syntax.Diagnostics;

namespace Ember.Runtime.Hosting;

/// <summary>Turns the compiler's <see cref="PythonSyntaxError"/> into a pending Python SyntaxError (or IndentationError, TabError).</summary>
public static class SyntaxErrors
{
    public static PyObject? Raise(PythonSyntaxError error)
    {
        var type = error.Kind switch
        {
            SyntaxErrorKind.IndentationError => PyExc.IndentationError,
            SyntaxErrorKind.TabError => PyExc.TabError,
            _ => PyExc.SyntaxError,
        };
        PyObject text = error.Text is null ? PyNone.Instance : new PyStr(error.Text);
        var details = new PyTuple([
            new PyStr(error.Filename),
            PyInt.From(error.Lineno),
            PyInt.From(error.Offset),
            text,
            error.EndLineno is int el ? PyInt.From(el) : PyNone.Instance,
            error.EndOffset is int eo ? PyInt.From(eo) : PyNone.Instance,
        ]);
        return PyErr.SetObject(type, PyTuple.Create(new PyStr(error.Msg), details));
    }
}
