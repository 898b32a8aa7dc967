using Ember.Compiler.Flow;
using Ember.Syntax.Ast;

namespace Ember.Compiler.CodeGen;

/// <summary>3.11's <c>fblocktype</c>: the frame blocks that break, continue and return unwind.</summary>
internal enum FBlockKind
{
    WhileLoop,
    ForLoop,
    TryExcept,
    FinallyTry,
    FinallyEnd,
    With,
    AsyncWith,
    HandlerCleanup,
    PopValue,
    ExceptionHandler,
    ExceptionGroupHandler,
    AsyncComprehensionGenerator,
}

/// <summary>
/// One frame block (3.11's <c>fblockinfo</c>). <see cref="Datum"/> is the
/// finally body for FinallyTry, the with statement for With/AsyncWith, and
/// the bound name for HandlerCleanup.
/// </summary>
internal sealed record FBlock(FBlockKind Kind, BasicBlock? Block, BasicBlock? Exit, object? Datum);
