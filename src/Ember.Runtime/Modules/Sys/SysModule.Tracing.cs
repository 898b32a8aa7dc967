using Ember.Runtime.Errors;
using Ember.Runtime.Interpreter;
using Ember.Runtime.Modules.Builtins;
using Ember.Runtime.Objects;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.Sys;

// sys.settrace/setprofile and the other per-thread hooks (sysmodule.c), the
// thread inspection functions and the interpreter-internal odds and ends.
public static partial class SysModule
{
    private static readonly PyType s_asyncgenHooksType = StructSequence.CreateType("asyncgen_hooks", ["firstiter", "finalizer"], creatable: true);

    private static readonly PyType s_threadInfoType = StructSequence.CreateType("sys.thread_info", ["name", "lock", "version"], creatable: true);

    private static readonly ArgSpec s_originDepthSpec = new("set_coroutine_origin_tracking_depth", ["depth"], required: 1);

    private static void AddTracingFunctions(PyModule module)
    {
        var d = module.Dict;
        Add(d, "settrace", static (args, kw) =>
        {
            if (!Args.ExactlyOne("sys.settrace", args, kw))
            {
                return null;
            }

            PyEval.SetTrace(PyThreadState.Current, args[0] is PyNone ? null : args[0]);
            return PyNone.Instance;
        });
        Add(d, "gettrace", static (args, kw) =>
            Args.NoArgs("sys.gettrace", args, kw) ? PyThreadState.Current.TraceFunc ?? PyNone.Instance : null);
        Add(d, "setprofile", static (args, kw) =>
        {
            if (!Args.ExactlyOne("sys.setprofile", args, kw))
            {
                return null;
            }

            PyEval.SetProfile(PyThreadState.Current, args[0] is PyNone ? null : args[0]);
            return PyNone.Instance;
        });
        Add(d, "getprofile", static (args, kw) =>
            Args.NoArgs("sys.getprofile", args, kw) ? PyThreadState.Current.ProfileFunc ?? PyNone.Instance : null);
        Add(d, "call_tracing", static (args, kw) =>
        {
            if (!Args.Positional("call_tracing", "sys.call_tracing", args, kw, 2, 2))
            {
                return null;
            }

            if (args[1] is not PyTuple callArgs)
            {
                return PyErr.TypeError($"call_tracing() argument 2 must be tuple, not {args[1].Type.Name}");
            }

            return PyEval.CallTracing(PyThreadState.Current, args[0], callArgs);
        });
        Add(d, "_current_frames", static (args, kw) => Args.NoArgs("sys._current_frames", args, kw) ? CurrentFrames() : null);
        Add(d, "_current_exceptions", static (args, kw) => Args.NoArgs("sys._current_exceptions", args, kw) ? CurrentExceptions() : null);
        Add(d, "get_asyncgen_hooks", static (args, kw) =>
        {
            if (!Args.NoArgs("sys.get_asyncgen_hooks", args, kw))
            {
                return null;
            }

            var ts = PyThreadState.Current;
            return StructSequence.Create(s_asyncgenHooksType, ts.AsyncGenFirstIter ?? PyNone.Instance, ts.AsyncGenFinalizer ?? PyNone.Instance);
        });
        Add(d, "set_asyncgen_hooks", SetAsyncGenHooks);
        Add(d, "get_coroutine_origin_tracking_depth", static (args, kw) =>
            Args.NoArgs("sys.get_coroutine_origin_tracking_depth", args, kw) ? PyInt.From(PyThreadState.Current.CoroutineOriginTrackingDepth) : null);
        Add(d, "set_coroutine_origin_tracking_depth", static (args, kw) =>
        {
            Span<PyObject?> slots = [null];
            if (!s_originDepthSpec.Parse(args, kw, slots) || !Conversions.AsInt32(slots[0]!, out int depth))
            {
                return null;
            }

            if (depth < 0)
            {
                return PyErr.ValueError("depth must be >= 0");
            }

            PyThreadState.Current.CoroutineOriginTrackingDepth = depth;
            return PyNone.Instance;
        });

        // Ember has no pymalloc arenas: like a CPython built without pymalloc, no blocks are counted.
        Add(d, "getallocatedblocks", static (args, kw) => Args.NoArgs("sys.getallocatedblocks", args, kw) ? PyInt.Zero : null);
        Add(d, "_clear_type_cache", static (args, kw) =>
        {
            if (!Args.NoArgs("sys._clear_type_cache", args, kw))
            {
                return null;
            }

            PyType.ClearLookupCaches();
            return PyNone.Instance;
        });
        Add(d, "getdlopenflags", static (args, kw) =>
            Args.NoArgs("sys.getdlopenflags", args, kw) ? PyInt.From(SysState.Of(PyThreadState.Current.Interpreter).DlopenFlags) : null);
        Add(d, "setdlopenflags", static (args, kw) =>
        {
            if (!Args.ExactlyOne("sys.setdlopenflags", args, kw) || !Conversions.AsInt32(args[0], out int flags))
            {
                return null;
            }

            SysState.Of(PyThreadState.Current.Interpreter).DlopenFlags = flags;
            return PyNone.Instance;
        });
        Add(d, "_debugmallocstats", static (args, kw) =>
        {
            if (!Args.NoArgs("sys._debugmallocstats", args, kw))
            {
                return null;
            }

            // CPython writes its allocator's statistics to the C stderr; these are the .NET heap's.
            var info = GC.GetGCMemoryInfo();
            var stderr = PyThreadState.Current.Interpreter.Stderr;
            stderr.Write($"Ember (.NET GC): heap size {info.HeapSizeBytes} bytes, fragmented {info.FragmentedBytes} bytes, "
                + $"total allocated {GC.GetTotalAllocatedBytes()} bytes, collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}\n");
            stderr.Flush();
            return PyNone.Instance;
        });

        // No code is quickened: Ember's instructions are not rewritten in place (3.11's _Py_QuickenedCount).
        Add(d, "_getquickenedcount", static (args, kw) => Args.NoArgs("sys._getquickenedcount", args, kw) ? PyInt.Zero : null);

        d.SetItemStr("thread_info", StructSequence.Create(s_threadInfoType, new PyStr("pthread"), new PyStr("semaphore"), ThreadLibraryVersion()));
        d.SetItemStr("_git", new PyTuple([new PyStr("Ember"), PyStr.Empty, PyStr.Empty]));
        d.SetItemStr("_framework", PyStr.Empty);
    }

    // set_asyncgen_hooks(firstiter=..., finalizer=...), PyArg_ParseTupleAndKeywords "|OO": the finalizer is set before firstiter is checked.
    private static PyObject? SetAsyncGenHooks(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        if (args.Length > 2)
        {
            return PyErr.TypeError($"function takes at most 2 arguments ({args.Length} given)");
        }

        PyObject? firstiter = npos > 0 ? args[0] : null;
        PyObject? finalizer = npos > 1 ? args[1] : null;
        for (int k = 0; k < nkw; k++)
        {
            string? key = (kwnames!.Items[k] as PyStr)?.Value;
            int position = key == "firstiter" ? 0 : key == "finalizer" ? 1 : -1;
            if (key is null)
            {
                return PyErr.TypeError("keywords must be strings");
            }

            if (position < 0)
            {
                return PyErr.TypeError($"'{key}' is an invalid keyword argument for this function");
            }

            if (position < npos)
            {
                return PyErr.TypeError($"argument for function given by name ('{key}') and position ({position + 1})");
            }

            if (position == 0)
            {
                firstiter = args[npos + k];
            }
            else
            {
                finalizer = args[npos + k];
            }
        }

        var ts = PyThreadState.Current;
        if (finalizer is not null)
        {
            if (finalizer is not PyNone && finalizer.Type.Call is null)
            {
                return PyErr.TypeError($"callable finalizer expected, got {finalizer.Type.Name}");
            }

            ts.AsyncGenFinalizer = finalizer is PyNone ? null : finalizer;
        }

        if (firstiter is not null)
        {
            if (firstiter is not PyNone && firstiter.Type.Call is null)
            {
                return PyErr.TypeError($"callable firstiter expected, got {firstiter.Type.Name}");
            }

            ts.AsyncGenFirstIter = firstiter is PyNone ? null : firstiter;
        }

        return PyNone.Instance;
    }

    // sys._current_frames(): each thread's innermost frame, by thread id.
    private static PyDict CurrentFrames()
    {
        var interp = PyThreadState.Current.Interpreter;
        var result = new PyDict();
        lock (interp.Threads)
        {
            foreach (var t in interp.Threads)
            {
                if (t.CurrentFrame is Frame frame)
                {
                    result.SetItem(PyInt.From(t.ThreadId), frame.FrameObject);
                }
            }
        }

        return result;
    }

    // sys._current_exceptions(): each thread's handled exception as exc_info() gives it (3.11's form).
    private static PyDict CurrentExceptions()
    {
        var interp = PyThreadState.Current.Interpreter;
        var result = new PyDict();
        lock (interp.Threads)
        {
            foreach (var t in interp.Threads)
            {
                var exc = t.HandledException;
                PyObject info = exc is null
                    ? new PyTuple([PyNone.Instance, PyNone.Instance, PyNone.Instance])
                    : new PyTuple([exc.Type, exc, exc.Traceback ?? PyNone.Instance]);
                result.SetItem(PyInt.From(t.ThreadId), info);
            }
        }

        return result;
    }

    // thread_info.version: confstr(_CS_GNU_LIBPTHREAD_VERSION), e.g. "NPTL 2.36"; None where the C library does not say.
    private static PyObject ThreadLibraryVersion()
    {
        if (!OperatingSystem.IsLinux())
        {
            return PyNone.Instance;
        }

        try
        {
            var buffer = new byte[64];
            nuint n = NativeConfstr(3, buffer, (nuint)buffer.Length);
            if (n == 0 || n > (nuint)buffer.Length)
            {
                return PyNone.Instance;
            }

            return new PyStr(System.Text.Encoding.ASCII.GetString(buffer, 0, (int)n - 1));
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return PyNone.Instance;
        }
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "confstr")]
    private static extern nuint NativeConfstr(int name, byte[] buffer, nuint length);
}
