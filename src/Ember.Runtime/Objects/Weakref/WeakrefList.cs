using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Ember.Runtime.Modules.Sys;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;

namespace Ember.Runtime.Objects;

/// <summary>
/// The weak references to one object (CPython's tp_weaklist), in CPython's
/// order: the basic ref (no callback, exact type) first, then the basic
/// proxy, then the others, newest first. The interpreter's table maps each
/// referent to its list without keeping the referent alive; when the
/// referent dies the list becomes garbage too, and its .NET finalizer hands
/// it to the interpreter's pending calls, which clear the references and run
/// their callbacks in that order (PyObject_ClearWeakRefs).
/// <para>
/// The list holds its weakref objects through weak handles, so a weakref
/// nobody keeps is collected and its callback never runs, as in CPython.
/// The handles are GCHandles rather than WeakReference objects because
/// those are finalized themselves, in no fixed order with this list.
/// </para>
/// </summary>
public sealed class WeakrefList : IPendingCall
{
    private readonly PendingCalls _owner;
    private readonly List<GCHandle> _refs = new();
    private bool _tracked;

    private WeakrefList(PendingCalls owner)
    {
        _owner = owner;
        Sequence = owner.NextSequence();
    }

    ~WeakrefList()
    {
        lock (_refs)
        {
            bool callbacks = false;
            foreach (var handle in _refs)
            {
                if (handle.Target is PyWeakref { Callback: not null })
                {
                    callbacks = true;
                    break;
                }
            }

            if (callbacks)
            {
                _owner.Add(this);
                return;
            }

            FreeHandles();
        }
    }

    public long Sequence { get; }

    /// <summary>The list of <paramref name="referent"/>, or null when it has no weak references.</summary>
    public static WeakrefList? Find(PyInterpreterState interp, PyObject referent) =>
        WeakrefTable.Of(interp).Lists.TryGetValue(referent, out var list) ? list : null;

    /// <summary>The list of <paramref name="referent"/>, made on first use.</summary>
    public static WeakrefList For(PyInterpreterState interp, PyObject referent) =>
        WeakrefTable.Of(interp).Lists.GetValue(referent, _ => new WeakrefList(interp.Pending));

    /// <summary>The live weak references, in order.</summary>
    public List<PyWeakref> Live()
    {
        var live = new List<PyWeakref>();
        lock (_refs)
        {
            foreach (var handle in _refs)
            {
                if (handle.Target is PyWeakref r && !r.IsCleared)
                {
                    live.Add(r);
                }
            }
        }

        return live;
    }

    /// <summary>The first entry when it is the basic ref (exact ReferenceType, no callback).</summary>
    public PyWeakref? BasicRef => First(static r => r.IsBasicRef);

    /// <summary>The basic proxy (no callback) of that kind, if any.</summary>
    public PyWeakref? BasicProxy(bool callable) => First(r => r.IsBasicProxy && (r is PyWeakProxy p && p.IsCallable == callable));

    private PyWeakref? First(Func<PyWeakref, bool> predicate)
    {
        foreach (var r in Live())
        {
            if (predicate(r))
            {
                return r;
            }
        }

        return null;
    }

    /// <summary>Adds <paramref name="r"/> where weakref___new__ and proxy_new put it.</summary>
    public void Insert(PyWeakref r)
    {
        lock (_refs)
        {
            Prune();
            var handle = GCHandle.Alloc(r, GCHandleType.Weak);
            if (r.IsBasicRef)
            {
                _refs.Insert(0, handle);
            }
            else
            {
                // After the basic ref and the basic proxies.
                int at = 0;
                while (at < _refs.Count && _refs[at].Target is PyWeakref prev && (prev.IsBasicRef || prev.IsBasicProxy))
                {
                    at++;
                }

                _refs.Insert(at, handle);
            }

            if (r.Callback is not null && !_tracked)
            {
                _tracked = true;
                _owner.Track();
            }
        }
    }

    // Drops the handles of weakref objects that were collected.
    private void Prune()
    {
        for (int i = _refs.Count - 1; i >= 0; i--)
        {
            if (_refs[i].Target is not PyWeakref r || r.IsCleared)
            {
                _refs[i].Free();
                _refs.RemoveAt(i);
            }
        }
    }

    private void FreeHandles()
    {
        foreach (var handle in _refs)
        {
            handle.Free();
        }

        _refs.Clear();
    }

    /// <summary>The referent died: clear every reference, then call the callbacks (handle_callback).</summary>
    void IPendingCall.Run(PyThreadState ts)
    {
        List<(PyWeakref Ref, PyObject? Callback)> entries = new();
        lock (_refs)
        {
            foreach (var handle in _refs)
            {
                if (handle.Target is PyWeakref r && !r.IsCleared)
                {
                    entries.Add((r, r.Callback));
                    r.Clear();
                }
            }

            FreeHandles();
        }

        if (_tracked)
        {
            _tracked = false;
            _owner.Untrack();
        }

        foreach (var (r, callback) in entries)
        {
            if (callback is null)
            {
                continue;
            }

            var saved = Errors.PyErr.Fetch();
            if (PyCall.Call(callback, r) is null)
            {
                SysModule.WriteUnraisable(ts, null, callback);
            }

            Errors.PyErr.Restore(saved);
        }
    }
}

/// <summary>An interpreter's map from objects to their weak references (held weakly on both sides).</summary>
public sealed class WeakrefTable
{
    public readonly ConditionalWeakTable<PyObject, WeakrefList> Lists = new();

    public static WeakrefTable Of(PyInterpreterState interp) => interp.GetState(static _ => new WeakrefTable());
}
