using Ember.Runtime.Hosting;
using ModuleTable = Ember.Runtime.Modules.ModuleTable;
using Ember.TestSupport;
using Xunit;

namespace Ember.Runtime.Tests.ExtensionModules;

/// <summary>The link between the runtime and Ember.Modules: a host's ModuleTable, import and sys.builtin_module_names.</summary>
public sealed class ModuleTableTests
{
    private static string Run(string source, ModuleTable? table) =>
        Bounded.Run(
            () =>
            {
                var previous = Threading.PyThreadState.CurrentOrNull;
                var stdout = new StringWriter { NewLine = "\n" };
                var stderr = new StringWriter { NewLine = "\n" };
                var host = PythonHost.Create(stdout, stderr, TextReader.Null, ["t"], table);
                host.RunSource(source, "<string>");
                Threading.PyThreadState.Restore(previous);
                return stdout.ToString() + stderr.ToString();
            },
            TimeSpan.FromSeconds(60),
            "module table test",
            64 * 1024 * 1024);

    [Fact]
    public void WithoutTheTableTheModulesAreMissing()
    {
        string output = Run("import sys\nprint('math' in sys.builtin_module_names)\ntry:\n import math\nexcept ImportError as e:\n print(type(e).__name__, e)\n", null);
        Assert.Equal("False\nModuleNotFoundError No module named 'math'\n", output);
    }

    [Fact]
    public void TheTableAddsImportableBuiltinModulesInSortedNames()
    {
        string output = Run(
            "import sys, math, itertools\nn = sys.builtin_module_names\nprint('math' in n, 'sys' in n, list(n) == sorted(n), math is sys.modules['math'])\nimport math as m2\nprint(m2 is math, math)\n",
            Ember.Modules.StandardModules.Table);
        Assert.Equal("True True True True\nTrue <module 'math' (built-in)>\n", output);
    }

    [Fact]
    public void EachInterpreterGetsItsOwnModuleObject()
    {
        string first = Run("import math\nmath.x = 1\nprint(hasattr(math, 'x'))\n", Ember.Modules.StandardModules.Table);
        string second = Run("import math\nprint(hasattr(math, 'x'))\n", Ember.Modules.StandardModules.Table);
        Assert.Equal("True\n", first);
        Assert.Equal("False\n", second);
    }

    [Theory]
    [InlineData("[1e-16, 1, 1e16]", "1.0000000000000002e+16")]
    [InlineData("[0.1] * 10", "1.0")]
    [InlineData("[1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]", "1e-100")]
    [InlineData("[2.0**53, -0.5, -2.0**-54]", "9007199254740991.0")]
    [InlineData("[]", "0.0")]
    public void FsumIsCorrectlyRounded(string items, string expected)
    {
        Assert.Equal(expected + "\n", Run($"import math\nprint(math.fsum({items}))\n", Ember.Modules.StandardModules.Table));
    }
}
