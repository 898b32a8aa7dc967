namespace Ember.Compiler.CodeGen;

/// <summary>3.11's COMPILER_SCOPE_*: what kind of code a unit compiles.</summary>
internal enum ScopeKind
{
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
}
