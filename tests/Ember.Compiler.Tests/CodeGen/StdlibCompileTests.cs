using Ember.Compiler.Tests.Stdlib;
using Ember.Compiler.Tests.Symbols;
using Ember.Syntax.Diagnostics;
using Xunit;

namespace Ember.Compiler.Tests.CodeGen;

/// <summary>
/// Compiles the standard library and its test suite (a third of the files by
/// default, all with EMBER_FULL_STDLIB=1): every file CPython compiles must
/// compile to sound code (<see cref="CodeInvariants"/>), and every file it
/// refuses must be refused with the same error.
/// </summary>
public class StdlibCompileTests
{
    [Fact]
    public void EveryFileCompilesToSoundCodeOrFailsAsCPythonDoes()
    {
        var oracle = SymtableOracleCache.Stdlib;
        var all = StdlibFiles.List(oracle.Root);
        var files = StdlibFiles.FullWalkRequested ? all : StdlibFiles.Sample(all);
        var failures = new List<string>();
        int compiled = 0, refused = 0;
        foreach (var path in files)
        {
            var rel = Path.GetRelativePath(oracle.Root, path);
            if (!oracle.Files.TryGetValue(path, out var expected))
            {
                failures.Add($"{rel}: not in the oracle cache");
                continue;
            }

            bool cpythonRefuses = SymtableOracleCache.Entry.IsError(expected.Codes);
            var bytes = File.ReadAllBytes(path);
            try
            {
                var code = Bounded.Run(() => PythonCompiler.CompileFile(bytes, path, CompileOptions.Default), TimeSpan.FromSeconds(60), rel);
                if (cpythonRefuses)
                {
                    failures.Add($"{rel}: compiled, CPython says {expected.Codes}");
                    continue;
                }

                if (CodeInvariants.Check(code) is { } problem)
                {
                    failures.Add($"{rel}: {problem}");
                    continue;
                }

                compiled++;
            }
            catch (Exception e) when (e is PythonSyntaxError or PythonParseFailure)
            {
                var line = SymtableDump.Error(e);
                if (!cpythonRefuses || line != expected.Codes)
                {
                    failures.Add($"{rel}: {line}; CPython: {(cpythonRefuses ? expected.Codes : "compiles")}");
                    continue;
                }

                refused++;
            }
            catch (Exception e)
            {
                failures.Add($"{rel}: {e.GetType().Name}: {e.Message}");
            }
        }

        RepoPaths.WriteSummary("stdlib-compile", $"{compiled} compiled, {refused} refused as CPython does, {failures.Count} failed, of {files.Count}");
        Assert.True(failures.Count == 0, $"{failures.Count} of {files.Count} files:\n" + string.Join('\n', failures.Take(40)));
    }
}
