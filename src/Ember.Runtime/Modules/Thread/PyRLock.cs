using Ember.Runtime.Errors;
using Ember.Runtime.Interpreter;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.Thread;

/// <summary>
/// <c>_thread.RLock</c> (Modules/_threadmodule.c's rlockobject), threading's
/// C RLock: a <see cref="SimpleLock"/> with an owner (the thread's ident) and
/// a recursion count. Owner and count are only changed by the owning thread
/// while it holds the lock.
/// </summary>
public class PyRLock : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin(
        "RLock", null, TypeFlags.BaseType | TypeFlags.HasWeakref, InitSlots, InitMembers, "_thread");

    private readonly SimpleLock _lock = new();
    private long _owner;
    private long _count;

    protected PyRLock(PyType type)
        : base(type)
    {
    }

    private static bool IsOwner(PyRLock r) => r._count > 0 && r._owner == ThreadModule.Ident();

    private static void InitSlots(PyType t)
    {
        t.New = static (type, a, k) => ReferenceEquals(type, TypeObject) ? new PyRLock(type) : new PyRLockSubclass(type);
        t.Repr = static self =>
        {
            var r = (PyRLock)self;
            return new PyStr($"<{(r._count > 0 ? "locked" : "unlocked")} {self.Type.TpName} object owner={r._owner} count={r._count} at {ObjectAddress.Hex(self)}>");
        };
    }

    private static void InitMembers(PyType t)
    {
        t.AddMethod("acquire", Acquire);
        t.AddMethod("__enter__", Acquire);
        t.AddMethod("release", static (self, a, k) => Args.NoArgs("RLock.release", a, k) ? Release((PyRLock)self) : null);
        t.AddMethod("__exit__", static (self, a, k) => Release((PyRLock)self));
        t.AddMethod("_is_owned", static (self, a, k) =>
            Args.NoArgs("RLock._is_owned", a, k) ? PyBool.From(IsOwner((PyRLock)self)) : null);
        t.AddMethod("_release_save", static (self, a, k) =>
        {
            if (!Args.NoArgs("RLock._release_save", a, k))
            {
                return null;
            }

            var r = (PyRLock)self;
            if (r._count == 0)
            {
                return PyErr.RuntimeError("cannot release un-acquired lock");
            }

            var state = PyTuple.Create(PyInt.From(r._count), PyInt.From(r._owner));
            r._count = 0;
            r._owner = 0;
            r._lock.Release();
            return state;
        });
        t.AddMethod("_acquire_restore", AcquireRestore);
        t.AddMethod("_at_fork_reinit", static (self, a, k) =>
        {
            if (!Args.NoArgs("RLock._at_fork_reinit", a, k))
            {
                return null;
            }

            var r = (PyRLock)self;
            r._lock.Reset();
            r._owner = 0;
            r._count = 0;
            return PyNone.Instance;
        });
    }

    private static PyObject? Acquire(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!AcquireArgs.Parse(args, kwnames, out long timeoutNs))
        {
            return null;
        }

        var r = (PyRLock)self;
        long me = ThreadModule.Ident();
        if (r._count > 0 && r._owner == me)
        {
            if (r._count == long.MaxValue)
            {
                return PyErr.OverflowError("Internal lock count overflowed");
            }

            r._count++;
            return PyBool.True;
        }

        if (!r._lock.Acquire(PyThreadState.Current, timeoutNs))
        {
            return PyBool.False;
        }

        r._owner = me;
        r._count = 1;
        return PyBool.True;
    }

    private static PyObject? Release(PyRLock r)
    {
        if (!IsOwner(r))
        {
            return PyErr.RuntimeError("cannot release un-acquired lock");
        }

        if (--r._count == 0)
        {
            r._owner = 0;
            r._lock.Release();
        }

        return PyNone.Instance;
    }

    // _acquire_restore((count, owner)): the "(kk)" format's checks and messages.
    private static PyObject? AcquireRestore(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.NoKeywords("RLock._acquire_restore", kwnames))
        {
            return null;
        }

        if (args.Length != 1)
        {
            return PyErr.TypeError($"_acquire_restore() takes exactly 1 argument ({args.Length} given)");
        }

        var state = args[0];
        if (!PySequenceCheck(state) || PyObjectLength(state) is not { } n)
        {
            if (PyErr.Occurred)
            {
                return null;
            }

            return PyErr.TypeError($"_acquire_restore() argument 1 must be 2-item sequence, not {state.Type.TpName}");
        }

        if (n != 2)
        {
            return PyErr.TypeError($"_acquire_restore() argument 1 must be sequence of length 2, not {n}");
        }

        Span<long> values = [0, 0];
        for (int i = 0; i < 2; i++)
        {
            var item = PySequence.GetItem(state, PyInt.From(i));
            if (item is null)
            {
                return null;
            }

            // "k": any int, taken modulo 2**64, no __index__.
            if (item is not PyInt v)
            {
                return PyErr.TypeError($"_acquire_restore() argument 1, item {i} must be int, not {item.Type.TpName}");
            }

            values[i] = v.IsSmall ? v.Small : (long)(ulong)(v.ToBigInteger() & ulong.MaxValue);
        }

        var r = (PyRLock)self;
        if (!r._lock.Acquire(PyThreadState.Current, -1))
        {
            return PyErr.RuntimeError("couldn't acquire lock");
        }

        r._count = values[0];
        r._owner = values[1];
        return PyNone.Instance;
    }

    private static bool PySequenceCheck(PyObject o) => o is not PyDict && o.Type.GetItem is not null;

    private static long? PyObjectLength(PyObject o)
    {
        long n = PySequence.Length(o);
        return n < 0 ? null : n;
    }
}

/// <summary>An instance of a Python subclass of RLock, with a __dict__.</summary>
public sealed class PyRLockSubclass : PyRLock, IInstanceDict
{
    public PyRLockSubclass(PyType type)
        : base(type)
    {
    }

    public PyDict? Dict { get; set; }
}
