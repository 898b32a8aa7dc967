using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// Instances of <c>BaseException</c> and of every exception class that has no
/// extra C-level fields (Objects/exceptions.c). Exception classes with fields
/// of their own (OSError, SyntaxError, StopIteration, ...) subclass this.
/// </summary>
public partial class PyBaseException : PyObject, IInstanceDict
{
    public PyBaseException(PyType type, PyTuple args)
        : base(type)
    {
        Args = args;
    }

    public PyTuple Args;

    /// <summary>__traceback__: a traceback object or null (None).</summary>
    public PyObject? Traceback;

    /// <summary>__cause__ (null = None).</summary>
    public PyObject? Cause;

    /// <summary>__context__ (null = None).</summary>
    public PyObject? Context;

    public bool SuppressContext;

    public PyDict? Dict { get; set; }

    public override string ToString() =>
        Args.Count == 0 ? Type.Name : $"{Type.Name}: {string.Join(", ", Args.Items.Select(a => a.ToString()))}";
}
