using Ember.Runtime.Modules.Imp;
using Ember.Runtime.Threading;
using Xunit;

namespace Ember.Runtime.Tests.ImportSystem;

/// <summary>_imp's import lock: reentrant for its holder, exclusive between threads, one per interpreter.</summary>
public sealed class ImportLockTests
{
    [Fact]
    public void HolderReacquiresAndReleasesAsManyTimes()
    {
        var import = ImportLock.Of(new PyInterpreterState());
        Assert.False(import.IsHeld);
        import.Acquire();
        import.Acquire();
        Assert.True(import.Release());
        Assert.True(import.IsHeld);
        Assert.True(import.Release());
        Assert.False(import.IsHeld);
        Assert.False(import.Release());
    }

    [Fact]
    public void AnotherThreadWaitsUntilTheHolderReleases()
    {
        var import = ImportLock.Of(new PyInterpreterState());
        import.Acquire();
        bool releasedByOther = true;
        var entered = new ManualResetEventSlim();
        var other = new Thread(() =>
        {
            releasedByOther = import.Release();
            import.Acquire();
            entered.Set();
            import.Release();
        });
        other.Start();
        Assert.False(entered.Wait(200));
        Assert.False(releasedByOther);
        Assert.True(import.Release());
        Assert.True(entered.Wait(10_000));
        other.Join();
    }

    [Fact]
    public void EachInterpreterHasItsOwnLock()
    {
        var a = new PyInterpreterState();
        var b = new PyInterpreterState();
        Assert.Same(ImportLock.Of(a), ImportLock.Of(a));
        ImportLock.Of(a).Acquire();
        Assert.False(ImportLock.Of(b).IsHeld);
        ImportLock.Of(a).Release();
    }
}
