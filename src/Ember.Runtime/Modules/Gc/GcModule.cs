using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.Gc;

/// <summary>
/// The <c>gc</c> module (Modules/gcmodule.c) over .NET's garbage collector.
/// .NET already collects cycles, so there are no generations to tune; what
/// Python code sees is <c>collect()</c>: a full .NET collection, then the
/// <c>__del__</c> methods and weakref callbacks of what it found unreachable,
/// run on the calling thread (repeated while that frees more).
/// <c>collect()</c> returns how many of those it ran (CPython counts the
/// objects in unreachable cycles, so the numbers differ). Thresholds, debug
/// flags and the enabled flag are kept and reported but change nothing.
/// </summary>
public static class GcModule
{
    private const string Doc = "This module provides access to the garbage collector for reference cycles.\n\n"
        + "enable() -- Enable automatic garbage collection.\n"
        + "disable() -- Disable automatic garbage collection.\n"
        + "isenabled() -- Returns true if automatic collection is enabled.\n"
        + "collect() -- Do a full collection right now.\n"
        + "get_count() -- Return the current collection counts.\n"
        + "get_stats() -- Return list of dictionaries containing per-generation stats.\n"
        + "set_debug() -- Set debugging flags.\n"
        + "get_debug() -- Get debugging flags.\n"
        + "set_threshold() -- Set the collection thresholds.\n"
        + "get_threshold() -- Return the current the collection thresholds.\n"
        + "get_objects() -- Return a list of all objects tracked by the collector.\n"
        + "is_tracked() -- Returns true if a given object is tracked.\n"
        + "is_finalized() -- Returns true if a given object has been already finalized.\n"
        + "get_referrers() -- Return the list of objects that refer to an object.\n"
        + "get_referents() -- Return the list of objects that an object refers to.\n"
        + "freeze() -- Freeze all tracked objects and ignore them for future collections.\n"
        + "unfreeze() -- Unfreeze all objects in the permanent generation.\n"
        + "get_freeze_count() -- Return the number of objects in the permanent generation.\n";

    private static readonly ArgSpec s_collectSpec = new("collect", ["generation"]);

    /// <summary>Per-interpreter settings of the module.</summary>
    private sealed class GcState
    {
        public bool Enabled = true;
        public long Debug;
        public long[] Thresholds = [700, 10, 10];
        public readonly long[] Collections = new long[3];
        public readonly long[] Collected = new long[3];
        public PyList Callbacks = new();
        public bool Collecting;
    }

    private static GcState StateOf(PyInterpreterState interp) => interp.GetState(static _ => new GcState());

    public static PyModule Create(PyInterpreterState interp)
    {
        var state = StateOf(interp);
        var module = new PyModule("gc") { Origin = "built-in" };
        var d = module.Dict;
        d.SetItemStr("__doc__", new PyStr(Doc));
        Add(d, "enable", static (args, kw) =>
        {
            if (!Args.NoArgs("gc.enable", args, kw))
            {
                return null;
            }

            StateOf(PyThreadState.Current.Interpreter).Enabled = true;
            return PyNone.Instance;
        });
        Add(d, "disable", static (args, kw) =>
        {
            if (!Args.NoArgs("gc.disable", args, kw))
            {
                return null;
            }

            StateOf(PyThreadState.Current.Interpreter).Enabled = false;
            return PyNone.Instance;
        });
        Add(d, "isenabled", static (args, kw) =>
            Args.NoArgs("gc.isenabled", args, kw) ? PyBool.From(StateOf(PyThreadState.Current.Interpreter).Enabled) : null);
        Add(d, "set_debug", static (args, kw) =>
        {
            if (!Args.ExactlyOne("gc.set_debug", args, kw) || !AsLong(args[0], out long flags))
            {
                return null;
            }

            StateOf(PyThreadState.Current.Interpreter).Debug = flags;
            return PyNone.Instance;
        });
        Add(d, "get_debug", static (args, kw) =>
            Args.NoArgs("gc.get_debug", args, kw) ? PyInt.From(StateOf(PyThreadState.Current.Interpreter).Debug) : null);
        Add(d, "get_count", static (args, kw) =>
            Args.NoArgs("gc.get_count", args, kw) ? PyTuple.Create([PyInt.Zero, PyInt.Zero, PyInt.Zero]) : null);
        Add(d, "set_threshold", SetThreshold);
        Add(d, "get_threshold", static (args, kw) =>
        {
            if (!Args.NoArgs("gc.get_threshold", args, kw))
            {
                return null;
            }

            var t = StateOf(PyThreadState.Current.Interpreter).Thresholds;
            return PyTuple.Create([PyInt.From(t[0]), PyInt.From(t[1]), PyInt.From(t[2])]);
        });
        Add(d, "collect", Collect);
        Add(d, "get_stats", static (args, kw) =>
        {
            if (!Args.NoArgs("gc.get_stats", args, kw))
            {
                return null;
            }

            var s = StateOf(PyThreadState.Current.Interpreter);
            var list = new PyList();
            for (int g = 0; g < 3; g++)
            {
                var entry = new PyDict();
                entry.SetItemStr("collections", PyInt.From(s.Collections[g]));
                entry.SetItemStr("collected", PyInt.From(s.Collected[g]));
                entry.SetItemStr("uncollectable", PyInt.Zero);
                list.Append(entry);
            }

            return list;
        });
        Add(d, "is_tracked", static (args, kw) => Args.ExactlyOne("gc.is_tracked", args, kw) ? PyBool.From(IsTracked(args[0])) : null);
        Add(d, "is_finalized", static (args, kw) =>
            Args.ExactlyOne("gc.is_finalized", args, kw) ? PyBool.From(args[0] is PyFinalizableInstance { IsFinalized: true }) : null);
        d.SetItemStr("garbage", new PyList());
        d.SetItemStr("callbacks", state.Callbacks);
        d.SetItemStr("DEBUG_STATS", PyInt.From(1));
        d.SetItemStr("DEBUG_COLLECTABLE", PyInt.From(2));
        d.SetItemStr("DEBUG_UNCOLLECTABLE", PyInt.From(4));
        d.SetItemStr("DEBUG_SAVEALL", PyInt.From(32));
        d.SetItemStr("DEBUG_LEAK", PyInt.From(38));
        return module;
    }

    /// <summary>
    /// A full collection for <paramref name="ts"/>'s interpreter: .NET's
    /// collector, then the finalizers and callbacks it queued, until a round
    /// queues nothing. Returns how many pending calls ran.
    /// </summary>
    public static long CollectNow(PyThreadState ts)
    {
        var pending = ts.Interpreter.Pending;
        long ran = 0;
        for (int round = 0; round < 8; round++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: false);
            GC.WaitForPendingFinalizers();
            int queued = pending.Count;
            if (queued == 0)
            {
                break;
            }

            ran += queued;
            pending.RunAll(ts);
        }

        return ran;
    }

    private static PyObject? Collect(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (args.Length + (kwnames?.Count ?? 0) > 1 && (kwnames is null || kwnames.Count == 0))
        {
            return PyErr.TypeError($"collect() takes at most 1 argument ({args.Length} given)");
        }

        Span<PyObject?> slots = [null];
        if (!s_collectSpec.Parse(args, kwnames, slots))
        {
            return null;
        }

        long generation = 2;
        if (slots[0] is { } g && !AsLong(g, out generation))
        {
            return null;
        }

        if (generation is < 0 or > 2)
        {
            return PyErr.ValueError("invalid generation");
        }

        var ts = PyThreadState.Current;
        var state = StateOf(ts.Interpreter);
        if (state.Collecting)
        {
            // gc_collect_main is not re-entered: a collection asked for by a finalizer finds nothing.
            return PyInt.Zero;
        }

        state.Collecting = true;
        try
        {
            if (!InvokeCallbacks(state, "start", (int)generation, 0))
            {
                return null;
            }

            long ran = CollectNow(ts);
            state.Collections[generation]++;
            state.Collected[generation] += ran;
            if (!InvokeCallbacks(state, "stop", (int)generation, ran))
            {
                return null;
            }

            return PyInt.From(ran);
        }
        finally
        {
            state.Collecting = false;
        }
    }

    // invoke_gc_callback: each callback gets the phase and a dict; an error is unraisable.
    private static bool InvokeCallbacks(GcState state, string phase, int generation, long collected)
    {
        if (state.Callbacks.Count == 0)
        {
            return true;
        }

        var info = new PyDict();
        info.SetItemStr("generation", PyInt.From(generation));
        info.SetItemStr("collected", PyInt.From(collected));
        info.SetItemStr("uncollectable", PyInt.Zero);
        var phaseStr = new PyStr(phase);
        foreach (var callback in state.Callbacks.AsSpan().ToArray())
        {
            if (PyCall.Call(callback, phaseStr, info) is null)
            {
                Sys.SysModule.WriteUnraisable(PyThreadState.Current, null, callback);
            }
        }

        return true;
    }

    private static PyObject? SetThreshold(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.NoKeywords("set_threshold", kwnames))
        {
            return null;
        }

        if (args.Length is < 1 or > 3)
        {
            return PyErr.TypeError(args.Length < 1
                ? $"set_threshold() takes at least 1 argument ({args.Length} given)"
                : $"set_threshold() takes at most 3 arguments ({args.Length} given)");
        }

        var values = new long[args.Length];
        for (int i = 0; i < args.Length; i++)
        {
            if (!AsLong(args[i], out values[i]))
            {
                return null;
            }
        }

        var t = StateOf(PyThreadState.Current.Interpreter).Thresholds;
        values.CopyTo(t, 0);
        return PyNone.Instance;
    }

    /// <summary>
    /// Whether CPython's collector would track <paramref name="o"/>: never
    /// atoms and plain objects; a tuple or dict only when it holds something
    /// that may be tracked (as CPython leaves them after a collection); other
    /// containers, functions, types, modules and instances of classes always.
    /// </summary>
    private static bool IsTracked(PyObject o)
    {
        switch (o)
        {
            case PyTuple t when ReferenceEquals(t.Type, PyTuple.TypeObject):
                foreach (var item in t.Items)
                {
                    if (MayBeTracked(item))
                    {
                        return true;
                    }
                }

                return false;
            case PyDict dict when ReferenceEquals(dict.Type, PyDict.TypeObject):
                int pos = 0;
                while (dict.Next(ref pos, out var key, out var value))
                {
                    if (MayBeTracked(key) || MayBeTracked(value))
                    {
                        return true;
                    }
                }

                return false;
        }

        return IsGcType(o);
    }

    // _PyObject_GC_MAY_BE_TRACKED: a collected kind of object, and a tuple only when tracked.
    private static bool MayBeTracked(PyObject o) =>
        IsGcType(o) && (o is not PyTuple t || !ReferenceEquals(t.Type, PyTuple.TypeObject) || IsTracked(t));

    private static bool IsGcType(PyObject o)
    {
        var type = o.Type;
        if (type.IsHeapType)
        {
            return true;
        }

        return !(ReferenceEquals(type, PyType.ObjectType) || o is PyInt or PyFloat or PyComplex or PyStr or PyBytes or PyByteArray
            or PyNone or PyEllipsis or PyNotImplemented or PyRange);
    }

    private static bool AsLong(PyObject o, out long value)
    {
        value = 0;
        if (o is PyFloat)
        {
            PyErr.TypeError("'float' object cannot be interpreted as an integer");
            return false;
        }

        return PyNumber.AsSsize(o, out value);
    }

    private static void Add(PyDict d, string name, FunctionImpl impl) =>
        d.SetItemStr(name, new PyBuiltinFunction(name, impl, "gc"));
}
