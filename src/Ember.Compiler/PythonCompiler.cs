using Ember.Bytecode;
using Ember.Compiler.CodeGen;
using Ember.Syntax.Ast;
using Ember.Syntax.Parsing;

namespace Ember.Compiler;

/// <summary>
/// The compiler's entry points: AST to code object (CPython 3.11's
/// <c>_PyAST_Compile</c>, Python/compile.c), and source to code object.
/// Errors are <see cref="Ember.Syntax.Diagnostics.PythonSyntaxError"/> with
/// CPython's message and location.
/// </summary>
public static class PythonCompiler
{
    public static CodeObject Compile(ModNode module, string filename, CompileMode mode, CompileOptions options)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(options);
        return CodeGenerator.CompileModule(module, filename, mode, options);
    }

    public static CodeObject CompileSource(string source, string filename, CompileMode mode, CompileOptions options)
    {
        var parseMode = mode switch
        {
            CompileMode.Eval => ParseMode.Eval,
            CompileMode.Single => ParseMode.Single,
            _ => ParseMode.Exec,
        };
        var module = Parser.Parse(source, filename, parseMode);
        return Compile(module, filename, mode, options);
    }

    /// <summary>Compiles source bytes given to compile(), exec() or eval() (coding declarations and BOM honoured).</summary>
    public static CodeObject CompileBytes(ReadOnlySpan<byte> source, string filename, CompileMode mode, CompileOptions options)
    {
        var module = Parser.ParseBytes(source, filename, ToParseMode(mode));
        return Compile(module, filename, mode, options);
    }

    private static ParseMode ToParseMode(CompileMode mode) => mode switch
    {
        CompileMode.Eval => ParseMode.Eval,
        CompileMode.Single => ParseMode.Single,
        _ => ParseMode.Exec,
    };

    /// <summary>Compiles a file's bytes (coding declarations and BOM honoured) in exec mode.</summary>
    public static CodeObject CompileFile(ReadOnlySpan<byte> source, string filename, CompileOptions options)
    {
        var module = Parser.ParseFile(source, filename);
        return Compile(module, filename, CompileMode.Exec, options);
    }
}
