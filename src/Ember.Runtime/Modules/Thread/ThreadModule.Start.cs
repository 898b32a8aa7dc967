using Ember.Runtime.Errors;
using Ember.Runtime.Modules.Sys;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.Thread;

public static partial class ThreadModule
{
    /// <summary>
    /// start_new_thread(function, args[, kwargs]): a .NET background thread
    /// (without threading.py's _shutdown, CPython does not wait for such
    /// threads either: they stop when the main thread has finished).
    /// </summary>
    private static PyObject? StartNewThread(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.Positional("start_new_thread", args, kwnames, 2, 3))
        {
            return null;
        }

        var func = args[0];
        if (func.Type.Call is null)
        {
            return PyErr.TypeError("first arg must be callable");
        }

        if (args[1] is not PyTuple callArgs)
        {
            return PyErr.TypeError("2nd arg must be a tuple");
        }

        PyDict? callKwargs = null;
        if (args.Length > 2)
        {
            if (args[2] is not PyDict kw)
            {
                return PyErr.TypeError("optional 3rd arg must be a dictionary");
            }

            callKwargs = kw;
        }

        var ts = PyThreadState.Current;
        var interp = ts.Interpreter;
        long requested = StateOf(interp).StackSize;
        var boot = new Boot(interp, func, callArgs, callKwargs);
        System.Threading.Thread thread;
        try
        {
            thread = new System.Threading.Thread(boot.Run, (int)Math.Min(int.MaxValue, Math.Max(requested, ThreadStackSize)))
            {
                IsBackground = true,
                Name = "Python thread",
            };
        }
        catch (OutOfMemoryException)
        {
            return PyErr.RuntimeError("can't start new thread");
        }

        interp.Gil.Enable(ts);
        Interlocked.Increment(ref interp.ThreadCount);
        try
        {
            thread.Start();
        }
        catch (Exception e) when (e is OutOfMemoryException or ThreadStartException)
        {
            Interlocked.Decrement(ref interp.ThreadCount);
            return PyErr.RuntimeError("can't start new thread");
        }

        return PyInt.From(thread.ManagedThreadId);
    }

    /// <summary>What a new thread runs (thread_run): its own thread state, the call, the report of its error.</summary>
    private sealed class Boot(PyInterpreterState interp, PyObject func, PyTuple args, PyDict? kwargs)
    {
        public void Run()
        {
            var ts = new PyThreadState(interp);
            ts.Enter();
            interp.Gil.Acquire(ts);
            try
            {
                var result = PyCall.CallWithDict(func, args.Items, kwargs);
                if (result is null)
                {
                    if (PyErr.ExceptionMatches(PyExc.SystemExit))
                    {
                        PyErr.Clear();
                    }
                    else
                    {
                        SysModule.WriteUnraisable(ts, "Exception ignored in thread started by", func);
                    }
                }
            }
            catch (Exception e)
            {
                // An internal failure ends this thread only; an escaping .NET exception would end the process.
                ReportInternalError(e);
            }
            finally
            {
                Interlocked.Decrement(ref interp.ThreadCount);
                ts.Delete();
                interp.Gil.Release(ts);
                PyThreadState.Restore(null);
            }
        }

        private void ReportInternalError(Exception e)
        {
            try
            {
                PyErr.Clear();
                string text = e is InsufficientExecutionStackException
                    ? "RecursionError: maximum recursion depth exceeded\n"
                    : $"SystemError: internal error in Ember: {e.GetType().Name}: {e.Message}\n";
                interp.Stderr.Write("Exception in thread started by _thread.start_new_thread:\n" + text);
                interp.Stderr.Flush();
            }
            catch (Exception)
            {
                // Nowhere left to report to.
            }
        }
    }
}
