namespace Ember.Compiler;

/// <summary><c>compile()</c>'s mode: 'exec', 'eval' or 'single'.</summary>
public enum CompileMode
{
    Exec,
    Eval,

    /// <summary>Interactive: the value of each expression statement is printed (PRINT_EXPR).</summary>
    Single,
}
