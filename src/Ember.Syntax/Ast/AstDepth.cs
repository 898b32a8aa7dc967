using System.Collections;

namespace Ember.Syntax.Ast;

/// <summary>
/// How deeply nodes nest. CPython turns its C-level tree into Python objects
/// recursively and raises "RecursionError: maximum recursion depth exceeded
/// during ast construction" past its recursion limit; the same check lets Ember
/// refuse such trees with the same error, without recursing itself.
/// </summary>
public static class AstDepth
{
    /// <summary>
    /// The deepest tree <c>ast.parse</c> converts when called from a script's top
    /// level with the default recursion limit of 1000: measured on CPython 3.11.2,
    /// <c>x = -...-y</c> converts with 989 minus signs (Module, Assign, 989 UnaryOp,
    /// Name: 992 nested nodes) and fails with 990.
    /// </summary>
    public const int TopLevelParseLimit = 992;

    /// <summary>True when some path from <paramref name="root"/> has more than <paramref name="limit"/> nested nodes.</summary>
    public static bool Exceeds(Node root, int limit)
    {
        var stack = new Stack<(Node Node, int Depth)>();
        stack.Push((root, 1));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (depth > limit)
            {
                return true;
            }

            var fields = node.Shape.Fields;
            for (int i = 0; i < fields.Count; i++)
            {
                switch (node.GetField(i))
                {
                    case Node child:
                        stack.Push((child, depth + 1));
                        break;
                    case IList list:
                        foreach (var item in list)
                        {
                            if (item is Node element)
                            {
                                stack.Push((element, depth + 1));
                            }
                        }

                        break;
                }
            }
        }

        return false;
    }
}
