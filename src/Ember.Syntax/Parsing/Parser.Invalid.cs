namespace Ember.Syntax.Parsing;

/// <summary>
/// The <c>invalid_*</c> rules of the grammar: tried only in the second pass, each
/// either throws the specific <see cref="Diagnostics.PythonSyntaxError"/> CPython
/// reports or returns leaving the position unchanged.
/// </summary>
public sealed partial class Parser
{
    private void InvalidArguments()
    {
    }

    private void InvalidKwarg()
    {
    }

    private void InvalidLegacyExpression()
    {
    }

    private void InvalidExpression()
    {
    }

    private void InvalidNamedExpression()
    {
    }

    private void InvalidAssignment()
    {
    }

    private void InvalidDelStmt()
    {
    }

    private void InvalidBlock()
    {
    }

    private void InvalidComprehension()
    {
    }

    private void InvalidDictComprehension()
    {
    }

    private void InvalidParameters()
    {
    }

    private void InvalidDefault()
    {
    }

    private void InvalidStarEtc()
    {
    }

    private void InvalidKwds()
    {
    }

    private void InvalidLambdaParameters()
    {
    }

    private void InvalidLambdaStarEtc()
    {
    }

    private void InvalidLambdaKwds()
    {
    }

    private void InvalidDoubleTypeComments()
    {
    }

    private void InvalidWithItem()
    {
    }

    private void InvalidForTarget()
    {
    }

    private void InvalidGroup()
    {
    }

    private void InvalidImportFromTargets()
    {
    }

    private void InvalidWithStmt()
    {
    }

    private void InvalidWithStmtIndent()
    {
    }

    private void InvalidTryStmt()
    {
    }

    private void InvalidExceptStmt()
    {
    }

    private void InvalidFinallyStmt()
    {
    }

    private void InvalidExceptStmtIndent()
    {
    }

    private void InvalidExceptStarStmtIndent()
    {
    }

    private void InvalidMatchStmt()
    {
    }

    private void InvalidCaseBlock()
    {
    }

    private void InvalidAsPattern()
    {
    }

    private void InvalidClassPattern()
    {
    }

    private void InvalidIfStmt()
    {
    }

    private void InvalidElifStmt()
    {
    }

    private void InvalidElseStmt()
    {
    }

    private void InvalidWhileStmt()
    {
    }

    private void InvalidForStmt()
    {
    }

    private void InvalidDefRaw()
    {
    }

    private void InvalidClassDefRaw()
    {
    }

    private void InvalidDoubleStarredKvpairs()
    {
    }
}
