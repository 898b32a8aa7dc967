using Ember.Runtime.Hosting;
using Ember.Runtime.Threading;
using Ember.TestSupport;
using Xunit;

namespace Ember.Runtime.Tests.Threads;

/// <summary>The interpreter lock: threads of one interpreter take turns and never corrupt shared containers.</summary>
public sealed class InterpreterLockTests
{
    private static (int Exit, string Stdout, string Stderr) RunProgram(string source) =>
        Bounded.Run(
            () =>
            {
                var previous = PyThreadState.CurrentOrNull;
                var stdout = new StringWriter { NewLine = "\n" };
                var stderr = new StringWriter { NewLine = "\n" };
                var host = PythonHost.Create(stdout, stderr, TextReader.Null, ["t"]);
                try
                {
                    int exit = host.RunSource(source, "<string>");
                    return (exit, stdout.ToString(), stderr.ToString());
                }
                finally
                {
                    PyThreadState.Restore(previous);
                }
            },
            TimeSpan.FromSeconds(120),
            "threads program",
            64 * 1024 * 1024);

    // With a 10 µs switch interval the threads switch thousands of times in the middle of
    // list and dict mutations; without the lock, PyList/PyDict (plain arrays) lose items or throw.
    private const string Stress = """
import _thread, sys
sys.setswitchinterval(1e-5)
N, ROUNDS = 8, 20000
shared, table, order = [], {}, []
lock = _thread.allocate_lock()
done = _thread.allocate_lock(); done.acquire()
left = [N]
def work(k):
    for i in range(ROUNDS):
        shared.append(i)
        shared.insert(0, -1)
        shared.pop(0)
        table[(k, i)] = i
        if i % 2:
            del table[(k, i)]
        if i % 500 == 0:
            order.append(k)
    with lock:
        left[0] -= 1
        if left[0] == 0:
            done.release()
for k in range(N):
    _thread.start_new_thread(work, (k,))
done.acquire()
switches = sum(1 for a, b in zip(order, order[1:]) if a != b)
print(len(shared), sum(shared), len(table), all(table[key] == key[1] for key in table))
print('interleaved', switches > N)
""";

    [Fact]
    public void ConcurrentListAndDictMutationNeverCorrupts()
    {
        var (exit, stdout, stderr) = RunProgram(Stress);
        Assert.Equal("", stderr);
        Assert.Equal(0, exit);
        long sum = 8L * (20000L * 19999 / 2);
        Assert.Equal($"160000 {sum} 80000 True\ninterleaved True\n", stdout);
    }

    [Fact]
    public void OnlyOneThreadHoldsTheLockAtATime()
    {
        var interp = new PyInterpreterState();
        var gil = interp.Gil;
        var main = new PyThreadState(interp);
        gil.Enable(main);
        int inside = 0, overlaps = 0, entries = 0;
        var threads = new Thread[4];
        for (int t = 0; t < threads.Length; t++)
        {
            threads[t] = new Thread(() =>
            {
                var ts = new PyThreadState(interp);
                for (int i = 0; i < 2000; i++)
                {
                    gil.Acquire(ts);
                    if (Interlocked.Increment(ref inside) != 1)
                    {
                        Interlocked.Increment(ref overlaps);
                    }

                    entries++;
                    Interlocked.Decrement(ref inside);
                    if (i % 3 == 0)
                    {
                        // A drop request hands the lock over; others releases it outright.
                        interp.Pending.Request(PendingCalls.DropBit);
                        gil.Yield(ts);
                    }

                    gil.Release(ts);
                }
            });
            threads[t].Start();
        }

        gil.Release(main);
        foreach (var thread in threads)
        {
            Assert.True(thread.Join(TimeSpan.FromSeconds(60)));
        }

        Assert.Equal(0, overlaps);
        Assert.Equal(8000, entries);
    }

    [Fact]
    public void SingleThreadedProgramsNeverTurnTheLockOn()
    {
        var interp = new PyInterpreterState();
        Assert.False(interp.Gil.IsEnabled);
        var (exit, stdout, _) = RunProgram("import _thread\nl = _thread.allocate_lock()\nprint(l.acquire(), l.acquire(timeout=0.01))\n");
        Assert.Equal(0, exit);
        Assert.Equal("True False\n", stdout);
    }
}
