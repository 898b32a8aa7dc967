using Ember.Compiler.Flow;

namespace Ember.Compiler.CodeGen;

/// <summary>
/// 3.11's <c>pattern_context</c>: the names a pattern captures (kept on the
/// stack until the whole pattern matched), the blocks that pop n items on
/// failure, how many items sit above the subject, and whether an irrefutable
/// pattern is allowed here.
/// </summary>
internal sealed class PatternContext
{
    public List<string> Stores = new();
    public List<BasicBlock> FailPop = new();
    public int OnTop;
    public bool AllowIrrefutable;
}
