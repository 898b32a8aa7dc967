using Ember.Runtime.Objects;

namespace Ember.Runtime.Import;

/// <summary>
/// What one interpreter's import system holds (CPython's
/// <c>interp-&gt;importlib</c> and <c>interp-&gt;import_func</c>): the
/// bootstrap module once it runs, the builtins' own <c>__import__</c>, and
/// the stdlib directory the bootstrap came from.
/// </summary>
public sealed class ImportState
{
    /// <summary><c>_frozen_importlib</c> (importlib/_bootstrap.py); null until the import system is installed.</summary>
    public PyModule? Importlib;

    /// <summary>builtins.__import__ as the interpreter made it; IMPORT_NAME skips the call when it is still in place.</summary>
    public PyObject? ImportFunc;

    /// <summary>The stdlib directory (sys._stdlib_dir); null when none was found.</summary>
    public string? StdlibDir;

    /// <summary>Looked up once: importlib's functions that __import__ calls.</summary>
    public PyObject? FindAndLoad;

    public PyObject? HandleFromlist;

    public PyObject? LockUnlockModule;

    /// <summary>-X importtime: whether the header line was written, the nesting depth, and the time the imports nested in the current one took (Stopwatch ticks).</summary>
    public bool ImportTimeHeaderWritten;

    public int ImportTimeLevel;

    public long ImportTimeAccumulated;
}
