using Ember.Syntax.Ast;

namespace Ember.Compiler.CodeGen;

internal sealed partial class CodeGenerator
{
    // compiler_match: not written yet; see docs/internals/compiler.md.
    private void CompileMatch(Match s)
    {
        throw new NotSupportedException($"{_filename}:{s.Lineno}: match statements are not compiled yet");
    }
}
