using System.Runtime.ExceptionServices;

namespace Ember.Compiler.Tests.TestSupport;

/// <summary>
/// Runs work on a thread with the parser's stack size and gives up waiting after
/// a generous limit, so a hang fails one test instead of the whole run. This
/// bounds completion; it is not a speed assertion.
/// </summary>
internal static class Bounded
{
    /// <summary>The size of a Linux main thread's stack, which CPython's nesting limits assume.</summary>
    public const int StackBytes = 8 * 1024 * 1024;

    public static T Run<T>(Func<T> work, TimeSpan limit, string what)
    {
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work();
                }
                catch (Exception e)
                {
                    failure = ExceptionDispatchInfo.Capture(e);
                }
            },
            StackBytes)
        {
            IsBackground = true,
            Name = "bounded: " + what,
        };
        thread.Start();
        if (!thread.Join(limit))
        {
            throw new TimeoutException($"{what}: still running after {limit.TotalSeconds:0} s (hang?)");
        }

        failure?.Throw();
        return result;
    }
}
