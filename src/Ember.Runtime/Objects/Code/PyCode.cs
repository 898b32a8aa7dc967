using Ember.Bytecode;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// The <c>code</c> type (Objects/codeobject.c) over the compiler's
/// <see cref="CodeObject"/>. One PyCode exists per CodeObject (kept in
/// <see cref="CodeObject.RuntimeData"/>); it holds what the interpreter
/// needs beyond the compiler's output: the constants as Python objects and the
/// per-slot names as strs.
/// </summary>
public sealed partial class PyCode : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("code", null, TypeFlags.HasWeakref, InitSlots, InitMembers);

    private PyObject[]? _constants;
    private PyStr[]? _names;
    private PyStr[]? _localsPlusNames;

    private PyCode(CodeObject code)
        : base(TypeObject)
    {
        Code = code;
        NameStr = new PyStr(code.Name);
        QualNameStr = new PyStr(code.QualName);
    }

    public CodeObject Code { get; }

    public PyStr NameStr { get; }

    public PyStr QualNameStr { get; }

    public CodeFlags Flags => Code.Flags;

    /// <summary>The PyCode of <paramref name="code"/>, created on first use.</summary>
    public static PyCode For(CodeObject code)
    {
        if (code.RuntimeData is PyCode existing)
        {
            return existing;
        }

        lock (code)
        {
            if (code.RuntimeData is PyCode raced)
            {
                return raced;
            }

            var created = new PyCode(code);
            code.RuntimeData = created;
            return created;
        }
    }

    /// <summary>The number of free variables (PyCode_GetNumFree): the closure a function of this code needs.</summary>
    public int FreeVarCount
    {
        get
        {
            int n = 0;
            foreach (var kind in Code.LocalsPlusKinds)
            {
                if ((kind & LocalKind.Free) != 0)
                {
                    n++;
                }
            }

            return n;
        }
    }

    /// <summary>co_consts as Python objects; null with an exception pending if one could not be made.</summary>
    public PyObject[]? Constants => _constants ?? MakeConstants();

    /// <summary>co_names as strs.</summary>
    public PyStr[] Names => _names ??= ToStrs(Code.Names);

    /// <summary>co_localsplusnames as strs.</summary>
    public PyStr[] LocalsPlusNames => _localsPlusNames ??= ToStrs(Code.LocalsPlusNames);

    private PyObject[]? MakeConstants()
    {
        var source = Code.Constants;
        var result = new PyObject[source.Length];
        for (int i = 0; i < source.Length; i++)
        {
            var value = ConstantConverter.ToObject(source[i]);
            if (value is null)
            {
                return null;
            }

            result[i] = value;
        }

        _constants = result;
        return result;
    }

    private static PyStr[] ToStrs(string[] names)
    {
        var result = new PyStr[names.Length];
        for (int i = 0; i < names.Length; i++)
        {
            result[i] = new PyStr(names[i]) { Interned = true };
        }

        return result;
    }

    private static partial void InitSlots(PyType type);

    private static partial void InitMembers(PyType type);
}
