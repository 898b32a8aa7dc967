using System.Numerics;
using Ember.Bytecode;
using Ember.Bytecode.Serialization;
using Ember.Compiler.Tests.Stdlib;
using Ember.Syntax.Diagnostics;
using Xunit;

namespace Ember.Compiler.Tests.Serialization;

/// <summary>
/// The compiled-code cache's payload format: every code object the compiler
/// makes from the standard library (a third of the files by default, all with
/// EMBER_FULL_STDLIB=1) reads back equal, field by field, and damaged
/// payloads read as null rather than throwing.
/// </summary>
public class CodeSerializationTests
{
    private const string StdlibRoot = "/usr/lib/python3.11";

    [Fact]
    public void StdlibCodeRoundTrips()
    {
        var all = StdlibFiles.List(StdlibRoot);
        var files = StdlibFiles.FullWalkRequested ? all : StdlibFiles.Sample(all);
        var failures = new List<string>();
        int checkedFiles = 0;
        foreach (var path in files)
        {
            CodeObject code;
            try
            {
                code = PythonCompiler.CompileFile(File.ReadAllBytes(path), path, CompileOptions.Default);
            }
            catch (Exception e) when (e is PythonSyntaxError or PythonParseFailure)
            {
                continue;
            }

            var bytes = CodeWriter.Serialize(code);
            var back = CodeReader.Deserialize(bytes);
            if (back is null)
            {
                failures.Add($"{path}: did not read back");
                continue;
            }

            if (Difference(code, back, code.QualName) is { } diff)
            {
                failures.Add($"{path}: {diff}");
                continue;
            }

            if (!CodeWriter.Serialize(back).AsSpan().SequenceEqual(bytes))
            {
                failures.Add($"{path}: second serialization differs");
                continue;
            }

            checkedFiles++;
        }

        Assert.True(checkedFiles > 400, $"only {checkedFiles} files compiled");
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(20)));
    }

    [Fact]
    public void EveryConstantKindRoundTrips()
    {
        var code = PythonCompiler.CompileSource(
            "x = (None, True, False, 7, -2**70, 2**63, 1.5, -0.0, float('nan'), 2j, 1+2j, 'é😀', b'\\x00\\xff', ..., frozenset())\n"
            + "y = x in {1, 2}\n"
            + "def f(a, /, b=1, *c, d, **e):\n    def g():\n        return a\n    try:\n        return g\n    except* ValueError:\n        pass\n",
            "<consts>", CompileMode.Exec, CompileOptions.Default);
        var back = CodeReader.Deserialize(CodeWriter.Serialize(code));
        Assert.NotNull(back);
        Assert.Null(Difference(code, back!, "<module>"));
    }

    [Fact]
    public void StringsWithLoneSurrogatesRoundTrip()
    {
        var code = PythonCompiler.CompileSource("s = '\\ud800x'\n", "<s>", CompileMode.Exec, CompileOptions.Default);
        var back = CodeReader.Deserialize(CodeWriter.Serialize(code));
        Assert.NotNull(back);
        Assert.Null(Difference(code, back!, "<module>"));
    }

    [Fact]
    public void TruncatedPayloadsReadAsNull()
    {
        var code = PythonCompiler.CompileSource("def f(x):\n    return [y * 2 for y in x if y]\nprint(f(range(3)))\n", "<t>", CompileMode.Exec, CompileOptions.Default);
        var bytes = CodeWriter.Serialize(code);
        for (int length = 0; length < bytes.Length; length++)
        {
            Assert.Null(CodeReader.Deserialize(bytes.AsSpan(0, length)));
        }

        var longer = new byte[bytes.Length + 1];
        bytes.CopyTo(longer, 0);
        Assert.Null(CodeReader.Deserialize(longer));
    }

    [Fact]
    public void DamagedPayloadsNeverThrow()
    {
        var code = PythonCompiler.CompileSource("class A:\n    def m(self, *a, k=3):\n        return {k: a}\n", "<d>", CompileMode.Exec, CompileOptions.Default);
        var bytes = CodeWriter.Serialize(code);
        var random = new Random(1234);
        int nulls = 0;
        for (int round = 0; round < 5000; round++)
        {
            var damaged = (byte[])bytes.Clone();
            int flips = 1 + random.Next(4);
            for (int i = 0; i < flips; i++)
            {
                damaged[random.Next(damaged.Length)] = (byte)random.Next(256);
            }

            if (CodeReader.Deserialize(damaged) is null)
            {
                nulls++;
            }
        }

        // Many flips land in instruction or position bytes and still read; the point is that none throws.
        Assert.True(nulls > 0);
    }

    /// <summary>The first field where two code trees differ, or null.</summary>
    internal static string? Difference(CodeObject a, CodeObject b, string where)
    {
        if (a.Name != b.Name || a.QualName != b.QualName || a.Filename != b.Filename || a.FirstLineNo != b.FirstLineNo)
        {
            return $"{where}: names or first line";
        }

        if (a.ArgCount != b.ArgCount || a.PosOnlyArgCount != b.PosOnlyArgCount || a.KwOnlyArgCount != b.KwOnlyArgCount
            || a.Flags != b.Flags || a.StackSize != b.StackSize)
        {
            return $"{where}: counts or flags";
        }

        if (!a.Instructions.AsSpan().SequenceEqual(b.Instructions)
            || !a.Names.AsSpan().SequenceEqual(b.Names)
            || !a.LocalsPlusNames.AsSpan().SequenceEqual(b.LocalsPlusNames)
            || !a.LocalsPlusKinds.AsSpan().SequenceEqual(b.LocalsPlusKinds)
            || !a.Positions.AsSpan().SequenceEqual(b.Positions)
            || !a.ExceptionTable.AsSpan().SequenceEqual(b.ExceptionTable))
        {
            return $"{where}: instructions, names or tables";
        }

        if (a.Constants.Length != b.Constants.Length)
        {
            return $"{where}: constant count";
        }

        for (int i = 0; i < a.Constants.Length; i++)
        {
            if (ConstantDifference(a.Constants[i], b.Constants[i], $"{where}.co_consts[{i}]") is { } diff)
            {
                return diff;
            }
        }

        return null;
    }

    private static string? ConstantDifference(object? a, object? b, string where)
    {
        switch (a)
        {
            case CodeObject ca when b is CodeObject cb:
                return Difference(ca, cb, where + ":" + ca.QualName);
            case ConstTuple ta when b is ConstTuple tb:
                return ItemsDifference(ta.Items, tb.Items, where);
            case ConstFrozenSet fa when b is ConstFrozenSet fb:
                return ItemsDifference(fa.Items, fb.Items, where);
            case byte[] ba when b is byte[] bb:
                return ba.AsSpan().SequenceEqual(bb) ? null : where;
            case CodePointString pa when b is CodePointString pb:
                return pa.CodePoints.AsSpan().SequenceEqual(pb.CodePoints) ? null : where;
            case double da when b is double db:
                return BitConverter.DoubleToInt64Bits(da) == BitConverter.DoubleToInt64Bits(db) ? null : where;
            case Complex xa when b is Complex xb:
                return BitConverter.DoubleToInt64Bits(xa.Real) == BitConverter.DoubleToInt64Bits(xb.Real)
                    && BitConverter.DoubleToInt64Bits(xa.Imaginary) == BitConverter.DoubleToInt64Bits(xb.Imaginary) ? null : where;
            default:
                return Equals(a, b) && a?.GetType() == b?.GetType() ? null : $"{where}: {a} vs {b}";
        }
    }

    private static string? ItemsDifference(object?[] a, object?[] b, string where)
    {
        if (a.Length != b.Length)
        {
            return where + ": length";
        }

        for (int i = 0; i < a.Length; i++)
        {
            if (ConstantDifference(a[i], b[i], $"{where}[{i}]") is { } diff)
            {
                return diff;
            }
        }

        return null;
    }
}
