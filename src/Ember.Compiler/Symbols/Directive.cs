namespace Ember.Compiler.Symbols;

/// <summary>
/// A name declared by a <c>global</c> or <c>nonlocal</c> statement (or implied
/// by a walrus in a comprehension) and where: the analysis pass reports its
/// errors at the declaration, found by name (CPython's ste_directives).
/// </summary>
internal readonly record struct Directive(string Name, int Lineno, int ColOffset, int EndLineno, int EndColOffset);
