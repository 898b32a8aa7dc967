using System.Runtime.CompilerServices;

namespace Ember.Runtime.Tests.TestSupport;

/// <summary>
/// The differential programs' expected output comes from CPython run with
/// PYTHONHASHSEED=0, so str and bytes hashes (and the order of sets of strs)
/// are fixed; the runtime reads the seed once, before its first hash, so it
/// is set here, when the test assembly loads.
/// </summary>
internal static class HashSeed
{
    [ModuleInitializer]
    internal static void FixSeed() => Environment.SetEnvironmentVariable("PYTHONHASHSEED", "0");
}
