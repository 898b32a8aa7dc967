using Ember.Compiler.Future;
using Ember.Compiler.Symbols;
using Ember.Compiler.Tests.TestSupport;
using Ember.Syntax.Ast;
using Ember.Syntax.Diagnostics;
using Ember.Syntax.Parsing;
using Xunit;
using Assert = Xunit.Assert;

namespace Ember.Compiler.Tests.Symbols;

/// <summary>
/// What the compiler reads from the table beyond the <c>symtable</c> module's
/// view (the corpus checks the rest against CPython): lookups by node, the
/// flags that become co_flags, and the entry points' edge cases.
/// </summary>
public sealed class SymbolTableApiTests
{
    private static SymbolTable Build(string source) =>
        SymbolTable.Build(Parser.Parse(source, "<test>"), "<test>");

    [Theory]
    [InlineData(null, "__x", "__x")]
    [InlineData("C", "__x", "_C__x")]
    [InlineData("_C", "__x", "_C__x")]
    [InlineData("__C__", "__x", "_C____x")]
    [InlineData("___", "__x", "__x")]
    [InlineData("C", "__x__", "__x__")]
    [InlineData("C", "__", "__")]
    [InlineData("C", "_x", "_x")]
    [InlineData("C", "__a.b", "__a.b")]
    [InlineData("C", "___x", "_C___x")]
    public void MangleFollowsCPython(string? privateName, string name, string expected)
    {
        Assert.Equal(expected, Mangling.Mangle(privateName, name));
    }

    [Fact]
    public void LookupFindsTheBlockANodeOpened()
    {
        var module = (Module)Parser.Parse("def f(a):\n    return [x for x in a]\nclass C:\n    g = lambda self: 1\n", "<test>");
        var table = SymbolTable.Build(module, "<test>");
        var f = (FunctionDef)module.Body[0];
        var comprehension = ((Return)f.Body[0]).Value!;
        var c = (ClassDef)module.Body[1];
        var lambda = ((Assign)c.Body[0]).Value;

        Assert.Same(table.Top, table.Lookup(module));
        Assert.Equal("f", table.Lookup(f).Name);
        Assert.Equal("listcomp", table.Lookup(comprehension).Name);
        Assert.Equal(ComprehensionType.List, table.Lookup(comprehension).Comprehension);
        Assert.Equal(BlockType.Class, table.Lookup(c).Type);
        Assert.Equal("lambda", table.Lookup(lambda).Name);
        Assert.False(table.TryLookup(c.Body[0], out _));
    }

    [Fact]
    public void FutureAnnotationsKeepTheFunctionBlockUnderTheDefNode()
    {
        // The parameter annotations' block is keyed by the def too; the function's block wins, as in CPython.
        var module = (Module)Parser.Parse("from __future__ import annotations\ndef f(a: A) -> R:\n    pass\n", "<test>");
        var table = SymbolTable.Build(module, "<test>");
        Assert.True(table.Future.HasAnnotations);
        var f = table.Lookup(module.Body[1]);
        Assert.Equal(BlockType.Function, f.Type);
        Assert.Equal(SymbolFlags.None, table.Top.GetFlags("A"));
    }

    [Fact]
    public void GeneratorAndCoroutineFlags()
    {
        var table = Build("def g():\n    yield\nasync def c():\n    await x\nasync def ag():\n    yield\ndef r():\n    return 1\n");
        var children = table.Top.Children;
        Assert.True(children[0].IsGenerator && !children[0].IsCoroutine);
        Assert.True(children[1].IsCoroutine && !children[1].IsGenerator);
        Assert.True(children[2].IsCoroutine && children[2].IsGenerator);
        Assert.True(children[3].ReturnsValue);
    }

    [Fact]
    public void ClassClosureForSuperAndDunderClass()
    {
        var table = Build("class A:\n    def f(self):\n        return super()\nclass B:\n    def f(self):\n        return 1\n");
        Assert.True(table.Top.Children[0].NeedsClassClosure);
        Assert.Equal(SymbolScope.Free, table.Top.Children[0].Children[0].GetScope("__class__"));
        Assert.False(table.Top.Children[1].NeedsClassClosure);
    }

    [Fact]
    public void ParametersInCPythonOrderWithVarargsFlags()
    {
        var f = Build("def f(a, /, b, *c, d, **e):\n    pass\n").Top.Children[0];
        Assert.Equal(["a", "b", "d", "c", "e"], f.Varnames);
        Assert.True(f.HasVarargs);
        Assert.True(f.HasVarkeywords);
    }

    [Fact]
    public void FutureFeaturesReadOnlyTheLeadingImports()
    {
        Assert.Equal(FutureFeatures.Annotations, FutureFeatures.FromAst(Parser.Parse("'doc'\nfrom __future__ import annotations\n", "<t>"), "<t>").Flags);
        Assert.Equal(0, FutureFeatures.FromAst(Parser.Parse("x = 1\nfrom __future__ import annotations\n", "<t>"), "<t>").Flags);
        Assert.Equal(FutureFeatures.BarryAsBdfl, FutureFeatures.FromAst(Parser.Parse("from __future__ import barry_as_FLUFL\n", "<t>"), "<t>").Flags);
        Assert.Same(FutureFeatures.None, FutureFeatures.FromAst(Parser.Parse("1", "<t>", ParseMode.Eval), "<t>"));
    }

    [Fact]
    public void DeepNestingIsARecursionErrorNotACrash()
    {
        // Left-associative chains are deep in the AST but not in the parser.
        var source = "x = " + string.Join("+", Enumerable.Repeat("a", 100_000)) + "\n";
        var module = Parser.Parse(source, "<deep>");
        var failure = Bounded.Run(() => Assert.Throws<PythonParseFailure>(() => SymbolTable.Build(module, "<deep>")), TimeSpan.FromMinutes(1), "deep");
        Assert.Equal("RecursionError", failure.TypeName);
        Assert.Equal("maximum recursion depth exceeded during compilation", failure.Message);
    }

    [Fact]
    public void RecursionLimitScalesWithTheInterpretersLimit()
    {
        var module = Parser.Parse("x = " + string.Join("+", Enumerable.Repeat("a", 500)) + "\n", "<t>");
        Assert.NotNull(SymbolTable.Build(module, "<t>", FutureFeatures.None, recursionLimit: 200));
        Assert.Throws<PythonParseFailure>(() => SymbolTable.Build(module, "<t>", FutureFeatures.None, recursionLimit: 100));
        Assert.Throws<PythonParseFailure>(() => SymbolTable.Build(module, "<t>", FutureFeatures.None, recursionLimit: 200, recursionDepth: 100));
    }

    [Fact]
    public void ErrorTextIsNoneWhenTheQuotedLineIsNotUtf8()
    {
        // CPython decodes the quoted line strictly as UTF-8, whatever the file's
        // coding declaration says (checked with the oracle: text None, offset 10).
        var dir = Directory.CreateTempSubdirectory("ember-symtable-");
        try
        {
            var path = Path.Combine(dir.FullName, "latin1.py");
            byte[] source = [.. "# -*- coding: latin-1 -*-\ndef f(a, a): \""u8, 0xE9, .. "\"\n"u8];
            File.WriteAllBytes(path, source);
            var module = Parser.ParseFile(source, path);
            var error = Assert.Throws<PythonSyntaxError>(() => SymbolTable.Build(module, path));
            Assert.Equal("duplicate argument 'a' in function definition", error.Msg);
            Assert.Null(error.Text);
            Assert.Equal((2, 10, 2, 11), (error.Lineno, error.Offset, error.EndLineno, error.EndOffset));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void SymbolPredicatesMatchTheSymtableModule()
    {
        var f = Build("def f(p):\n    global g\n    import m\n    x: int = p\n    return y\n").Top.Children[0];
        Assert.True(f.Lookup("p", out var p) && p.IsParameter && p.IsLocal && p.IsReferenced);
        Assert.True(f.Lookup("g", out var g) && g.IsDeclaredGlobal && g.IsGlobal);
        Assert.True(f.Lookup("m", out var m) && m.IsImported && m.IsLocal);
        Assert.True(f.Lookup("x", out var x) && x.IsAnnotated && x.IsAssigned);
        Assert.True(f.Lookup("y", out var y) && y.IsGlobal && !y.IsDeclaredGlobal);
        Assert.Equal(4 | (1 << Symbol.ScopeOffset) | 16, p.RawValue);
    }
}
