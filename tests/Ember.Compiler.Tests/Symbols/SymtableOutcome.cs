using Ember.Compiler.Symbols;
using Ember.Syntax.Ast;
using Ember.Syntax.Diagnostics;
using Ember.Syntax.Parsing;

namespace Ember.Compiler.Tests.Symbols;

/// <summary>
/// What Ember makes of a source: the table section (or its error line) and,
/// when the tables were built, the code lines. Any other .NET exception is a
/// crash, reported as such, never thrown.
/// </summary>
internal sealed class SymtableOutcome
{
    private SymtableOutcome(string tables, List<string>? codes, bool failed)
    {
        Tables = tables;
        Codes = codes;
        Failed = failed;
    }

    /// <summary>The table section, or the one error line.</summary>
    public string Tables { get; }

    /// <summary>The sorted code lines; null when the tables failed.</summary>
    public List<string>? Codes { get; }

    /// <summary>Parsing or building the table raised an error (or crashed).</summary>
    public bool Failed { get; }

    /// <summary>A file's bytes in exec mode, as <c>symtable.symtable(source_bytes, filename, "exec")</c>.</summary>
    public static SymtableOutcome Of(ReadOnlySpan<byte> source, string filename)
    {
        try
        {
            return Of(Parser.ParseFile(source, filename), filename);
        }
        catch (Exception e)
        {
            return Failure(e);
        }
    }

    /// <summary>Text in any mode, as <c>symtable.symtable(source_str, filename, mode)</c>.</summary>
    public static SymtableOutcome Of(string source, string filename, ParseMode mode)
    {
        try
        {
            return Of(Parser.Parse(source, filename, mode), filename);
        }
        catch (Exception e)
        {
            return Failure(e);
        }
    }

    private static SymtableOutcome Of(ModNode module, string filename)
    {
        try
        {
            var table = SymbolTable.Build(module, filename);
            return new SymtableOutcome(SymtableDump.Tables(table), SymtableDump.Codes(table), false);
        }
        catch (Exception e)
        {
            return Failure(e);
        }
    }

    private static SymtableOutcome Failure(Exception e) =>
        e is PythonSyntaxError or PythonParseFailure
            ? new SymtableOutcome(SymtableDump.Error(e), null, true)
            : new SymtableOutcome($"crash {e.GetType().FullName}: {e.Message}\n{e.StackTrace}", null, true);

    /// <summary>
    /// Compares with CPython's full dump (symtable_dump.py's full_dump). The
    /// table sections must be equal; when CPython compiled the source, each of
    /// its code lines must be among Ember's (its compiler drops the code objects
    /// of some unreachable code). Returns null on a match, else what differs.
    /// </summary>
    public string? Compare(string expected, out bool compilerOnlyError)
    {
        compilerOnlyError = false;
        int split = expected.IndexOf("\ncodes:", StringComparison.Ordinal);
        var expectedTables = split < 0 ? expected : expected[..split];
        var expectedCodes = split < 0 ? string.Empty : expected[(split + "\ncodes:".Length)..].TrimStart('\n');
        if (Tables != expectedTables)
        {
            return $"tables differ:\n--- CPython\n{expectedTables}\n--- Ember\n{Tables}";
        }

        if (expectedCodes.StartsWith("error ", StringComparison.Ordinal))
        {
            // The table was fine but CPython's compiler refused the source: an
            // error that belongs to the compiler, not to the symbol table.
            compilerOnlyError = !Failed;
            return null;
        }

        if (Codes is null)
        {
            return null;
        }

        var remaining = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in Codes)
        {
            remaining[line] = remaining.GetValueOrDefault(line) + 1;
        }

        var missing = new List<string>();
        foreach (var line in expectedCodes.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (remaining.GetValueOrDefault(line) > 0)
            {
                remaining[line]--;
            }
            else
            {
                missing.Add(line);
            }
        }

        return missing.Count == 0
            ? null
            : $"code lines differ; CPython has, Ember lacks:\n{string.Join('\n', missing)}\n--- Ember's code lines\n{string.Join('\n', Codes)}";
    }
}
