using Ember.Runtime.Objects;
using Ember.Runtime.Threading;

namespace Ember.Runtime.Modules.Sys;

/// <summary>
/// The per-interpreter state of the <c>sys</c> module: the module object and
/// the standard streams it was created with (<c>sys.__stdout__</c> and friends).
/// Code that needs <c>sys.stdout</c> asks for the module's current attribute,
/// since Python code may replace it.
/// </summary>
public sealed class SysState
{
    internal SysState(PyInterpreterState interp)
    {
        Interpreter = interp;
    }

    public PyInterpreterState Interpreter { get; }

    /// <summary>The <c>sys</c> module, null until <see cref="SysModule.Init"/> ran.</summary>
    public PyModule? Module { get; internal set; }

    public PyHostTextStream? Stdout { get; internal set; }

    public PyHostTextStream? Stderr { get; internal set; }

    public PyHostTextStream? Stdin { get; internal set; }

    /// <summary>
    /// Prints an exception with its traceback to a file object (the default
    /// <c>sys.excepthook</c>'s work). The interpreter sets this to its
    /// traceback printer; until then a one-line "Type: message" fallback is used.
    /// Arguments: the file, the exception type, the exception, the traceback (None or a traceback).
    /// </summary>
    public Func<PyObject, PyObject, PyObject, PyObject, bool>? PrintException { get; set; }

    /// <summary>sys.getdlopenflags(): kept for extension-module loaders; Ember loads none.</summary>
    public int DlopenFlags { get; set; } = 2; // RTLD_NOW, CPython's start value on Linux

    public static SysState Of(PyInterpreterState interp) => interp.GetState(static i => new SysState(i));
}
