using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// Instances of <c>BaseException</c> and of every exception class that has no
/// extra C-level fields (Objects/exceptions.c). Exception classes with fields
/// of their own (OSError, SyntaxError, StopIteration, ...) subclass this;
/// instances of Python subclasses are the .NET class of their builtin base
/// with the Python class as <see cref="PyObject.Type"/>.
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

    /// <summary>The instance dict as it is: null until something stores an attribute.</summary>
    public PyDict? Dict { get; set; }

    // The generic attribute code reads a null dict as "instances have no
    // __dict__"; exceptions always have one, made on first use.
    PyDict? IInstanceDict.Dict
    {
        get => EnsureDict();
        set => Dict = value;
    }

    /// <summary>The instance dict, created on first use (for __dict__, __notes__ and attributes set by Python code).</summary>
    public PyDict EnsureDict() => Dict ??= new PyDict();

    public override string ToString() =>
        Args.Count == 0 ? Type.Name : $"{Type.Name}: {string.Join(", ", Array.ConvertAll(Args.Items, static a => a.ToString()))}";
}
