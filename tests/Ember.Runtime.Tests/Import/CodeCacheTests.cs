using System.Text;
using Ember.Bytecode;
using Ember.Compiler;
using Ember.Runtime.Import;
using Ember.Syntax.Diagnostics;
using Xunit;

namespace Ember.Runtime.Tests.Import;

/// <summary>
/// The compiled-code cache: a second compile of the same source comes from
/// the entry the first wrote; a changed source, name or option is a new
/// entry; a damaged or foreign file is ignored and rewritten; two writers at
/// once leave a whole file; a syntax error stores nothing.
/// </summary>
public sealed class CodeCacheTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "ember-cache-test-" + Guid.NewGuid().ToString("N"));

    private static readonly byte[] s_source = Encoding.UTF8.GetBytes("def f(x):\n    return x * 2\nprint(f(21))\n");

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    [Fact]
    public void SecondCompileIsReadFromTheEntry()
    {
        var cache = CodeCache.At(_dir);
        var entry = cache.EntryPath(s_source, "/src/m.py", asFile: true, CompileMode.Exec, CompileOptions.Default);
        Assert.False(File.Exists(entry));

        var first = cache.CompileFile(s_source, "/src/m.py", CompileOptions.Default);
        Assert.True(File.Exists(entry));
        var written = File.GetLastWriteTimeUtc(entry);

        var second = cache.CompileFile(s_source, "/src/m.py", CompileOptions.Default);
        Assert.NotSame(first, second);
        Assert.Equal(first.Instructions, second.Instructions);
        Assert.Equal(first.Positions, second.Positions);
        Assert.Equal("/src/m.py", second.Filename);
        Assert.Equal(written, File.GetLastWriteTimeUtc(entry));
    }

    [Fact]
    public void AnyInputChangeIsAnotherEntry()
    {
        var cache = CodeCache.At(_dir);
        var baseline = cache.EntryPath(s_source, "/src/m.py", asFile: true, CompileMode.Exec, CompileOptions.Default);
        var edited = (byte[])s_source.Clone();
        edited[^4] = (byte)'2';
        Assert.NotEqual(baseline, cache.EntryPath(edited, "/src/m.py", asFile: true, CompileMode.Exec, CompileOptions.Default));
        Assert.NotEqual(baseline, cache.EntryPath(s_source, "/src/n.py", asFile: true, CompileMode.Exec, CompileOptions.Default));
        Assert.NotEqual(baseline, cache.EntryPath(s_source, "/src/m.py", asFile: false, CompileMode.Exec, CompileOptions.Default));
        Assert.NotEqual(baseline, cache.EntryPath(s_source, "/src/m.py", asFile: true, CompileMode.Exec, new CompileOptions { Optimize = 1 }));
        Assert.NotEqual(baseline, cache.EntryPath(s_source, "/src/m.py", asFile: true, CompileMode.Exec, new CompileOptions { FutureFlags = CodeFlags.FutureAnnotations }));

        // The edited source compiles to its own code, not the cached one.
        cache.CompileFile(s_source, "/src/m.py", CompileOptions.Default);
        var other = cache.CompileFile(edited, "/src/m.py", CompileOptions.Default);
        Assert.Contains(22L, AllConstants(other));
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("garbled")]
    [InlineData("empty")]
    [InlineData("foreign")]
    public void DamagedEntryIsIgnoredAndRewritten(string damage)
    {
        var cache = CodeCache.At(_dir);
        var good = cache.CompileFile(s_source, "/src/m.py", CompileOptions.Default);
        var entry = cache.EntryPath(s_source, "/src/m.py", asFile: true, CompileMode.Exec, CompileOptions.Default);
        var original = File.ReadAllBytes(entry);
        var bad = damage switch
        {
            "truncated" => original[..(original.Length / 2)],
            "garbled" => Garble(original),
            "empty" => [],
            _ => Encoding.UTF8.GetBytes("not a cache file at all, but long enough to have a header of sorts"),
        };
        File.WriteAllBytes(entry, bad);

        var again = cache.CompileFile(s_source, "/src/m.py", CompileOptions.Default);
        Assert.Equal(good.Instructions, again.Instructions);
        Assert.Equal(original, File.ReadAllBytes(entry));
    }

    [Fact]
    public void SyntaxErrorsPropagateAndStoreNothing()
    {
        var cache = CodeCache.At(_dir);
        var broken = Encoding.UTF8.GetBytes("def f(:\n");
        Assert.Throws<PythonSyntaxError>(() => cache.CompileFile(broken, "/src/bad.py", CompileOptions.Default));
        Assert.False(File.Exists(cache.EntryPath(broken, "/src/bad.py", asFile: true, CompileMode.Exec, CompileOptions.Default)));
    }

    [Fact]
    public void ConcurrentWritersLeaveAWholeEntry()
    {
        var cache = CodeCache.At(_dir);
        var source = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 300).Select(i => $"def f{i}(a, b={i}):\n    return [a + b for _ in range({i})]\n")));
        var results = new CodeObject[8];
        Parallel.For(0, results.Length, i =>
        {
            for (int round = 0; round < 5; round++)
            {
                results[i] = cache.CompileFile(source, "/src/big.py", CompileOptions.Default);
            }
        });

        foreach (var code in results)
        {
            Assert.Equal(results[0].Instructions, code.Instructions);
            Assert.Equal(300, code.Constants.OfType<CodeObject>().Count());
        }

        var entryDir = Path.GetDirectoryName(cache.EntryPath(source, "/src/big.py", asFile: true, CompileMode.Exec, CompileOptions.Default))!;
        Assert.Empty(Directory.GetFiles(entryDir, "*.tmp"));
    }

    [Fact]
    public void UnwritableDirectoryOnlyCostsACompile()
    {
        var file = Path.Combine(Path.GetTempPath(), "ember-cache-file-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(file, "a file where the cache directory should be");
        try
        {
            var cache = CodeCache.At(file);
            var code = cache.CompileFile(s_source, "/src/m.py", CompileOptions.Default);
            Assert.Equal("<module>", code.Name);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static byte[] Garble(byte[] data)
    {
        var copy = (byte[])data.Clone();
        for (int i = copy.Length / 2; i < copy.Length; i += 7)
        {
            copy[i] ^= 0x5A;
        }

        return copy;
    }

    private static IEnumerable<object?> AllConstants(CodeObject code)
    {
        foreach (var c in code.Constants)
        {
            yield return c;
            if (c is CodeObject inner)
            {
                foreach (var x in AllConstants(inner))
                {
                    yield return x;
                }
            }
        }
    }
}
