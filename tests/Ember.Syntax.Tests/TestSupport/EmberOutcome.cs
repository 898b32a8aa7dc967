using Ember.Syntax.Ast;
using Ember.Syntax.Diagnostics;
using Ember.Syntax.Parsing;

namespace Ember.Syntax.Tests.TestSupport;

/// <summary>
/// What Ember made of a source file: the dump CPython's <c>ast.dump(...,
/// include_attributes=True)</c> would print, a Python-style error, or a crash
/// (any other .NET exception, which is always a bug).
/// </summary>
internal sealed class EmberOutcome
{
    private EmberOutcome(string? dump, OracleError? error, Exception? crash)
    {
        Dump = dump;
        Error = error;
        Crash = crash;
    }

    public string? Dump { get; }

    public OracleError? Error { get; }

    public Exception? Crash { get; }

    /// <summary>
    /// Parses and dumps (or, with <paramref name="dump"/> false, only parses); never
    /// throws for a Python-level failure or a bug.
    /// </summary>
    public static EmberOutcome Of(ReadOnlySpan<byte> source, string path, bool dump = true)
    {
        try
        {
            var tree = Parser.ParseFile(source, path);
            var text = dump ? AstDump.Dump(tree, includeAttributes: true) : $"({tree.Shape.Name} parsed without error; not dumped)";
            return new EmberOutcome(text, null, null);
        }
        catch (PythonSyntaxError e)
        {
            return new EmberOutcome(null, new OracleError(e.TypeName, e.Msg, e.Lineno, e.Offset), null);
        }
        catch (PythonParseFailure e)
        {
            return new EmberOutcome(null, new OracleError(e.TypeName, e.Message, null, null), null);
        }
        catch (Exception e)
        {
            return new EmberOutcome(null, null, e);
        }
    }

    /// <summary>The same text tests/oracle/ast_dump.py --dump prints for this outcome.</summary>
    public string Text => Dump ?? Error?.Describe() ?? $"crash {Crash!.GetType().FullName}: {Crash.Message}";

    /// <summary>A crash's type, message and innermost frames, for a failure message.</summary>
    public string DescribeCrash()
    {
        if (Crash is null)
        {
            return string.Empty;
        }

        var trace = (Crash.StackTrace ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var top = string.Join("\n", trace.Take(6).Select(l => "      " + l.Trim()));
        return $"{Crash.GetType().FullName}: {Crash.Message}\n{top}";
    }
}
