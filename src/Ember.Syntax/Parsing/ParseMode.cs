namespace Ember.Syntax.Parsing;

/// <summary>The start rule, as <c>compile()</c>'s mode argument names it.</summary>
public enum ParseMode
{
    /// <summary><c>'exec'</c>: a module (the <c>file</c> rule).</summary>
    Exec,

    /// <summary><c>'eval'</c>: one expression list (the <c>eval</c> rule).</summary>
    Eval,

    /// <summary><c>'single'</c>: one interactive statement (the <c>interactive</c> rule).</summary>
    Single,

    /// <summary><c>'func_type'</c>: a PEP 484 function type comment.</summary>
    FuncType,

    /// <summary>The expression inside an f-string replacement field (the <c>fstring</c> rule).</summary>
    FString,
}
