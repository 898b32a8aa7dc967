using Ember.Cli;
using Xunit;

namespace Ember.Syntax.Tests.Cli;

/// <summary>Command-line parsing follows CPython 3.11 (Python/getopt.c, Python/initconfig.c); the messages are CPython's.</summary>
public sealed class CommandLineTests
{
    [Theory]
    [InlineData("-z", "Unknown option: -z")]
    [InlineData("-bz", "Unknown option: -z")]
    [InlineData("--foo", "unknown option --foo")]
    [InlineData("--help-foo", "unknown option --help-foo")]
    [InlineData("-c", "Argument expected for the -c option")]
    [InlineData("-X", "Argument expected for the -X option")]
    [InlineData("-W", "Argument expected for the -W option")]
    [InlineData("-m", "Argument expected for the -m option")]
    [InlineData("-J", "-J is reserved for Jython")]
    [InlineData("--check-hash-based-pycs", "Argument expected for the --check-hash-based-pycs options")]
    [InlineData("--check-hash-based-pycs bogus", "--check-hash-based-pycs must be one of 'default', 'always', or 'never'")]
    [InlineData("-V -z", "Unknown option: -z")]
    public void BadCommandLinesGiveCPythonsMessage(string args, string message)
    {
        var cl = CommandLine.Parse(args.Split(' '), "ember");
        Assert.Equal(message, cl.Error);
    }

    [Fact]
    public void HelpStopsParsingBeforeALaterError()
    {
        var cl = CommandLine.Parse(["-h", "-z"], "ember");
        Assert.Null(cl.Error);
        Assert.Equal(HelpRequest.Usage, cl.Help);
    }

    [Fact]
    public void AttachedAndSeparateOptionArgumentsAreTheSame()
    {
        var attached = CommandLine.Parse(["-Xast", "f.py"], "ember");
        var separate = CommandLine.Parse(["-X", "ast", "f.py"], "ember");
        Assert.True(attached.DumpAst && separate.DumpAst);
        Assert.Equal("f.py", attached.Filename);
        Assert.Equal("f.py", separate.Filename);
    }

    [Fact]
    public void CommandEndsTheOptionsAndGetsANewline()
    {
        var cl = CommandLine.Parse(["-bc", "pass", "-z", "a"], "ember");
        Assert.Null(cl.Error);
        Assert.Equal(1, cl.BytesWarning);
        Assert.Equal("pass\n", cl.Command);
        Assert.Equal(["-z", "a"], cl.ProgramArguments);
    }

    [Fact]
    public void DoubleDashEndsOptionsAndTheNextArgumentIsTheScript()
    {
        var cl = CommandLine.Parse(["-B", "--", "-x.py", "arg"], "ember");
        Assert.Equal("-x.py", cl.Filename);
        Assert.Equal(["arg"], cl.ProgramArguments);
    }

    [Fact]
    public void LoneDashMeansStandardInput()
    {
        var cl = CommandLine.Parse(["-", "a", "b"], "ember");
        Assert.Null(cl.Filename);
        Assert.Equal(["a", "b"], cl.ProgramArguments);
    }

    [Fact]
    public void VersionCountsRepeats()
    {
        Assert.Equal(2, CommandLine.Parse(["-VV"], "ember").VersionRequests);
        Assert.Equal(1, CommandLine.Parse(["--version"], "ember").VersionRequests);
    }
}
