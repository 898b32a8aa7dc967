namespace Ember.Syntax.Ast;

/// <summary>
/// A str constant that holds surrogate code points, which only escapes such as
/// <c>'\ud800'</c> can produce. A .NET string cannot keep <c>'\ud800\udc00'</c>
/// (two code points) apart from <c>'\U00010000'</c> (one), so such a constant's
/// value is this list of code points instead of a string; every other str
/// constant is a plain string.
/// </summary>
public sealed class SurrogateString
{
    public SurrogateString(int[] codePoints)
    {
        CodePoints = codePoints;
    }

    public IReadOnlyList<int> CodePoints { get; }
}
