using Ember.Runtime.Objects;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Modules.Hashing;

/// <summary>The <c>_md5</c> module (Modules/md5module.c): md5() and its type, MD5Type.</summary>
public static class Md5Module
{
    internal static readonly PyType Md5Type = HashTypes.Create("md5", "_md5", extendable: false, style: HashTypeStyle.CopyTakesDefiningClass);

    private static readonly ArgSpec s_spec = new("md5", ["string", "usedforsecurity"], maxPositional: 1);

    public static PyModule Create(PyInterpreterState interp)
    {
        var module = ModuleHelpers.NewModule("_md5", "");
        module.Dict.SetItemStr("MD5Type", Md5Type);
        module.AddFunction("md5", static (args, kw) => HashTypes.NewFromFunction(s_spec, Md5Type, static () => new Md5Engine(), args, kw));
        return module;
    }
}

/// <summary>The <c>_sha1</c> module (Modules/sha1module.c): sha1() and SHA1Type.</summary>
public static class Sha1Module
{
    internal static readonly PyType Sha1Type = HashTypes.Create("sha1", "_sha1", extendable: false, style: HashTypeStyle.CopyTakesDefiningClass);

    private static readonly ArgSpec s_spec = new("sha1", ["string", "usedforsecurity"], maxPositional: 1);

    public static PyModule Create(PyInterpreterState interp)
    {
        var module = ModuleHelpers.NewModule("_sha1", "");
        module.Dict.SetItemStr("SHA1Type", Sha1Type);
        module.AddFunction("sha1", static (args, kw) => HashTypes.NewFromFunction(s_spec, Sha1Type, static () => new Sha1Engine(), args, kw));
        return module;
    }
}

/// <summary>The <c>_sha256</c> module (Modules/sha256module.c): sha224() and sha256() with their types.</summary>
public static class Sha256Module
{
    internal static readonly PyType Sha224Type = HashTypes.Create("sha224", "_sha256", extendable: false, style: HashTypeStyle.CopyTakesDefiningClass | HashTypeStyle.DigestSizeMember);

    internal static readonly PyType Sha256Type = HashTypes.Create("sha256", "_sha256", extendable: false, style: HashTypeStyle.CopyTakesDefiningClass | HashTypeStyle.DigestSizeMember);

    private static readonly ArgSpec s_sha224Spec = new("sha224", ["string", "usedforsecurity"], maxPositional: 1);
    private static readonly ArgSpec s_sha256Spec = new("sha256", ["string", "usedforsecurity"], maxPositional: 1);

    public static PyModule Create(PyInterpreterState interp)
    {
        var module = ModuleHelpers.NewModule("_sha256", "");
        module.Dict.SetItemStr("SHA224Type", Sha224Type);
        module.Dict.SetItemStr("SHA256Type", Sha256Type);
        module.AddFunction("sha256", static (args, kw) => HashTypes.NewFromFunction(s_sha256Spec, Sha256Type, Sha256Engine.Sha256, args, kw));
        module.AddFunction("sha224", static (args, kw) => HashTypes.NewFromFunction(s_sha224Spec, Sha224Type, Sha256Engine.Sha224, args, kw));
        return module;
    }
}

/// <summary>
/// The <c>_sha512</c> module (Modules/sha512module.c): sha384() and sha512().
/// random.py takes its string-seed hash from here before it falls back to hashlib.
/// </summary>
public static class Sha512Module
{
    internal static readonly PyType Sha384Type = HashTypes.Create("sha384", "_sha512", extendable: false, style: HashTypeStyle.CopyTakesDefiningClass | HashTypeStyle.DigestSizeMember);

    internal static readonly PyType Sha512Type = HashTypes.Create("sha512", "_sha512", extendable: false, style: HashTypeStyle.CopyTakesDefiningClass | HashTypeStyle.DigestSizeMember);

    private static readonly ArgSpec s_sha384Spec = new("sha384", ["string", "usedforsecurity"], maxPositional: 1);
    private static readonly ArgSpec s_sha512Spec = new("sha512", ["string", "usedforsecurity"], maxPositional: 1);

    public static PyModule Create(PyInterpreterState interp)
    {
        var module = ModuleHelpers.NewModule("_sha512", "");
        // 3.11's module init adds the sha512 type under this one name (a slip CPython kept).
        module.Dict.SetItemStr("SHA384Type", Sha512Type);
        module.AddFunction("sha512", static (args, kw) => HashTypes.NewFromFunction(s_sha512Spec, Sha512Type, Sha512Engine.Sha512, args, kw));
        module.AddFunction("sha384", static (args, kw) => HashTypes.NewFromFunction(s_sha384Spec, Sha384Type, Sha512Engine.Sha384, args, kw));
        return module;
    }
}
