using Ember.Runtime.Modules.Warnings;
using Ember.Runtime.Objects;
using Ember.Runtime.Threading;

namespace Ember.Runtime.Errors;

// The C-level warnings API (PyErr_WarnEx, PyErr_WarnExplicitObject) over the _warnings machinery.
public static partial class PyErr
{
    /// <summary>
    /// PyErr_WarnEx: issues <paramref name="message"/> as a warning of
    /// <paramref name="category"/> (RuntimeWarning when null) attributed to
    /// the Python frame <paramref name="stackLevel"/> levels up (1: the code
    /// calling the builtin that warns). False with the exception pending when
    /// a filter turned the warning into an error or showing it failed.
    /// </summary>
    public static bool Warn(PyType? category, string message, long stackLevel = 1) =>
        WarningsModule.DoWarn(PyThreadState.Current, new PyStr(message), category ?? PyExc.RuntimeWarning, stackLevel, null);

    /// <summary>
    /// PyErr_WarnExplicitObject: a warning with its location given
    /// (the compiler's SyntaxWarning, the parser's invalid escapes). A null
    /// <paramref name="module"/> is derived from the filename ("x.py" gives "x");
    /// a null <paramref name="registry"/> keeps no record. False with the exception pending as for <see cref="Warn"/>.
    /// </summary>
    public static bool WarnExplicit(PyType? category, string message, string filename, int lineno, string? module = null, PyDict? registry = null) =>
        WarningsModule.WarnExplicit(PyThreadState.Current, category ?? PyExc.RuntimeWarning, new PyStr(message), new PyStr(filename), lineno,
            module is null ? null : new PyStr(module), registry, null, null);
}
