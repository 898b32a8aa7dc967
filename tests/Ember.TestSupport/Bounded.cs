using System.Runtime.ExceptionServices;

namespace Ember.TestSupport;

/// <summary>
/// Runs work on a dedicated thread and gives up waiting after a generous time
/// limit, so a hang fails one test instead of the whole run. This bounds
/// completion; it is not a speed assertion.
/// </summary>
public static class Bounded
{
    /// <summary>
    /// Stack for parser work: the size of a Linux main thread, the stack
    /// CPython's own nesting limits were chosen for.
    /// </summary>
    public const int ParserStackBytes = 8 * 1024 * 1024;

    /// <summary>Runs <paramref name="work"/> and returns its result; rethrows its exception; throws <see cref="TimeoutException"/> when it is still running at the limit.</summary>
    public static T Run<T>(Func<T> work, TimeSpan limit, string what, int stackBytes = ParserStackBytes)
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
            stackBytes)
        {
            IsBackground = true,
            Name = "bounded: " + what,
        };
        thread.Start();
        if (!thread.Join(limit))
        {
            // The thread cannot be stopped; it is a background thread and dies with the test host.
            throw new TimeoutException($"{what}: still running after {limit.TotalSeconds:0} s (hang?)");
        }

        failure?.Throw();
        return result;
    }
}
