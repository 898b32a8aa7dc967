using Ember.Bytecode;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// A function defined in Python (Objects/funcobject.c): code, globals,
/// defaults, closure and the attributes Python code reads and writes.
/// Calling one binds the arguments straight into a new frame's locals
/// (<see cref="Interpreter.FunctionCalls"/>).
/// </summary>
public sealed partial class PyFunction : PyObject, IInstanceDict
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("function", null, TypeFlags.HasWeakref, InitSlots, InitMembers);

    public PyFunction(PyCode code, PyDict globals, PyObject builtins, PyObject? qualName = null)
        : base(TypeObject)
    {
        Code = code;
        Globals = globals;
        Builtins = builtins;
        Name = code.NameStr;
        QualName = qualName ?? code.QualNameStr;
        var consts = code.Code.Constants;
        Doc = consts.Length > 0 && consts[0] is string doc ? new PyStr(doc) : PyNone.Instance;
        Module = globals.GetItemStr("__name__");
    }

    /// <summary>__code__ (assignable).</summary>
    public PyCode Code;

    public PyDict Globals { get; }

    /// <summary>__builtins__: the builtins dict the function's frames use.</summary>
    public PyObject Builtins { get; }

    public PyObject Name;

    public PyObject QualName;

    /// <summary>__defaults__: a tuple or null (None).</summary>
    public PyTuple? Defaults;

    /// <summary>__kwdefaults__: a dict or null (None).</summary>
    public PyDict? KwDefaults;

    /// <summary>__closure__: a tuple of cells or null (None).</summary>
    public PyTuple? Closure;

    public PyObject Doc;

    /// <summary>__module__; null is "not set" (reads as None).</summary>
    public PyObject? Module;

    /// <summary>__annotations__, made on first read when the function has none.</summary>
    public PyObject? Annotations;

    private PyDict? _dict;

    /// <summary>__dict__, made on first use: functions take arbitrary attributes.</summary>
    public PyDict? Dict
    {
        get => _dict ??= new PyDict();
        set => _dict = value;
    }

    public string QualNameText => QualName is PyStr s ? s.Value : Code.Code.QualName;

    private static partial void InitSlots(PyType type);

    private static partial void InitMembers(PyType type);
}
