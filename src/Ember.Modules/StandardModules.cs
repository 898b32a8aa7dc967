using Ember.Runtime.Modules;
using Ember.Runtime.Objects;
using Ember.Runtime.Threading;

namespace Ember.Modules;

/// <summary>
/// The table of C-level modules this assembly provides, for a host to give
/// its interpreters (<c>PythonHost.Create(..., StandardModules.Table)</c>).
/// </summary>
public static class StandardModules
{
    public static readonly ModuleTable Table = new(new Dictionary<string, Func<PyInterpreterState, PyModule>>
    {
        ["math"] = Math.MathModule.Create,
        ["_operator"] = Operator.OperatorModule.Create,
        ["itertools"] = Itertools.ItertoolsModule.Create,
        ["_functools"] = Functools.FunctoolsModule.Create,
        ["_collections"] = Collections.CollectionsModule.Create,
        ["time"] = Time.TimeModule.Create,
        ["_struct"] = Struct.StructModule.Create,
        ["_md5"] = Hashing.Md5Module.Create,
        ["_sha1"] = Hashing.Sha1Module.Create,
        ["_sha256"] = Hashing.Sha256Module.Create,
        ["_sha512"] = Hashing.Sha512Module.Create,
        ["_sha3"] = Hashing.Sha3Module.Create,
        ["_blake2"] = Hashing.Blake2Module.Create,
        ["_contextvars"] = ContextVars.ContextVarsModule.Create,
        ["binascii"] = Binascii.BinasciiModule.Create,
        ["_random"] = Random.RandomModule.Create,
        ["_stat"] = Stat.StatModule.Create,
        ["_string"] = StringFormat.StringModule.Create,
        ["_sre"] = Sre.SreModule.Create,
        ["_locale"] = Locale.LocaleModule.Create,
        ["zlib"] = Zlib.ZlibModule.Create,
        ["unicodedata"] = Unicodedata.UnicodedataModule.Create,
    });
}
