using Ember.Runtime.Threading;

namespace Ember.Runtime.Modules.Imp;

/// <summary>
/// The interpreter's global import lock (import.c's import_lock): reentrant,
/// held by one thread at a time, used by importlib around module-lock
/// bookkeeping and by <c>_imp.acquire_lock</c>/<c>release_lock</c>.
/// </summary>
public sealed class ImportLock
{
    private readonly object _gate = new();
    private int _count;

    public static ImportLock Of(PyInterpreterState interp) => interp.GetState(static _ => new ImportLock());

    /// <summary>Whether any thread holds the lock (_imp.lock_held).</summary>
    public bool IsHeld => Volatile.Read(ref _count) > 0;

    public void Acquire()
    {
        Monitor.Enter(_gate);
        _count++;
    }

    /// <summary>False when the calling thread does not hold the lock.</summary>
    public bool Release()
    {
        if (!Monitor.IsEntered(_gate))
        {
            return false;
        }

        _count--;
        Monitor.Exit(_gate);
        return true;
    }
}
