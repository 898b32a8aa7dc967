using System.Buffers.Binary;
using Ember.Runtime.Errors;
using Ember.Runtime.Modules.Posix;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.IoSelect;

/// <summary>
/// The <c>select</c> module (Modules/selectmodule.c) on Linux: select() and
/// poll objects, both waiting with the interpreter lock released and retrying
/// after EINTR with the time left. No epoll yet: selectors then picks
/// PollSelector, as subprocess does.
/// </summary>
public static class SelectModule
{
    private const int EIntr = 4;
    private const int FdSetSize = 1024;

    public static PyModule Create(PyInterpreterState interp)
    {
        var module = new PyModule("select") { Origin = "built-in" };
        var d = module.Dict;
        d.SetItemStr("__doc__", new PyStr("Waiting for I/O completion: select() and poll()."));
        d.SetItemStr("error", PyExc.OSError);
        d.SetItemStr("select", new PyBuiltinFunction("select", Select, "select"));
        d.SetItemStr("poll", new PyBuiltinFunction("poll", static (args, kw) => Args.NoArgs("poll", args, kw) ? new PyPoll() : null, "select"));
        (string Name, int Value)[] constants =
        [
            ("PIPE_BUF", 4096), ("POLLIN", 1), ("POLLPRI", 2), ("POLLOUT", 4), ("POLLERR", 8), ("POLLHUP", 16), ("POLLNVAL", 32),
            ("POLLRDNORM", 64), ("POLLRDBAND", 128), ("POLLWRNORM", 256), ("POLLWRBAND", 512), ("POLLMSG", 1024), ("POLLRDHUP", 0x2000),
        ];
        foreach (var (name, value) in constants)
        {
            d.SetItemStr(name, PyInt.From(value));
        }

        return module;
    }

    private static PyObject? Select(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.Positional("select", args, kwnames, 3, 4))
        {
            return null;
        }

        long timeoutNs = -1;
        if (args.Length == 4 && args[3] is not PyNone)
        {
            if (!TimeoutSeconds(args[3], out timeoutNs))
            {
                return null;
            }

            if (timeoutNs < 0)
            {
                return PyErr.ValueError("timeout must be non-negative");
            }
        }

        var lists = new List<(PyObject Obj, int Fd)>[3];
        var sets = new byte[3][];
        int maxFd = -1;
        for (int i = 0; i < 3; i++)
        {
            var items = PyIter.ToList(args[i]);
            if (items is null)
            {
                if (PyErr.ExceptionMatches(PyExc.TypeError))
                {
                    PyErr.Clear();
                    PyErr.TypeError("arguments 1-3 must be sequences");
                }

                return null;
            }

            lists[i] = [];
            sets[i] = new byte[FdSetSize / 8];
            foreach (var item in items)
            {
                if (!PosixModule.FildesArg(item, out int fd))
                {
                    return null;
                }

                if (fd >= FdSetSize)
                {
                    return PyErr.ValueError("filedescriptor out of range in select()");
                }

                lists[i].Add((item, fd));
                maxFd = Math.Max(maxFd, fd);
            }
        }

        long deadline = timeoutNs >= 0 ? Environment.TickCount64 * 1_000_000 + timeoutNs : 0;
        var ts = PyThreadState.Current;
        while (true)
        {
            for (int i = 0; i < 3; i++)
            {
                Array.Clear(sets[i]);
                foreach (var (_, fd) in lists[i])
                {
                    sets[i][fd >> 3] |= (byte)(1 << (fd & 7));
                }
            }

            long[]? tv = timeoutNs >= 0 ? [timeoutNs / 1_000_000_000, timeoutNs % 1_000_000_000 / 1000] : null;
            int r, errno;
            ts.Interpreter.Gil.Release(ts);
            try
            {
                r = Libc.Select(maxFd + 1, sets[0], sets[1], sets[2], tv);
                errno = r < 0 ? Libc.Errno : 0;
            }
            finally
            {
                ts.Interpreter.Gil.Acquire(ts);
            }

            if (r >= 0)
            {
                break;
            }

            if (errno != EIntr)
            {
                return PosixModule.FromErrno(errno);
            }

            if (timeoutNs >= 0)
            {
                timeoutNs = Math.Max(0, deadline - Environment.TickCount64 * 1_000_000);
            }
        }

        var result = new PyObject[3];
        for (int i = 0; i < 3; i++)
        {
            var ready = new PyList();
            foreach (var (obj, fd) in lists[i])
            {
                if ((sets[i][fd >> 3] & (1 << (fd & 7))) != 0)
                {
                    ready.Append(obj);
                }
            }

            result[i] = ready;
        }

        return new PyTuple(result);
    }

    /// <summary>select's timeout: a number of seconds (int or float) as nanoseconds, rounded up.</summary>
    private static bool TimeoutSeconds(PyObject o, out long ns)
    {
        ns = 0;
        if (o is PyFloat f)
        {
            if (double.IsNaN(f.Value))
            {
                PyErr.ValueError("Invalid value NaN (not a number)");
                return false;
            }

            double v = Math.Ceiling(f.Value * 1e9);
            if (v >= long.MaxValue || v <= long.MinValue)
            {
                PyErr.OverflowError("timestamp too large to convert to C _PyTime_t");
                return false;
            }

            ns = (long)v;
            return true;
        }

        if (o is not PyInt)
        {
            PyErr.TypeError("timeout must be a float or None");
            return false;
        }

        if (!PyLong.AsLong(o, out long s) || s > long.MaxValue / 1_000_000_000 || s < long.MinValue / 1_000_000_000)
        {
            PyErr.Clear();
            PyErr.OverflowError("timestamp too large to convert to C _PyTime_t");
            return false;
        }

        ns = s * 1_000_000_000;
        return true;
    }
}

/// <summary>
/// <c>select.poll</c> objects (pollObject): registered descriptors and event
/// masks, in registration order, polled together.
/// </summary>
public sealed class PyPoll : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("poll", null, TypeFlags.None, InitSlots, InitMembers, "select");

    private const int EIntr = 4;

    private readonly Dictionary<int, short> _fds = [];
    private readonly List<int> _order = [];
    private bool _polling;

    public PyPoll()
        : base(TypeObject)
    {
    }

    private static void InitSlots(PyType t)
    {
        t.New = static (cls, args, kw) => PyErr.TypeError("cannot create 'select.poll' instances");
    }

    private static void InitMembers(PyType t)
    {
        t.AddMethod("register", static (self, a, k) =>
        {
            if (!Args.Positional("register", a, k, 1, 2) || !PosixModule.FildesArg(a[0], out int fd))
            {
                return null;
            }

            short mask = 1 | 2 | 4;
            if (a.Length == 2 && !EventMask(a[1], out mask))
            {
                return null;
            }

            ((PyPoll)self).Set(fd, mask);
            return PyNone.Instance;
        });
        t.AddMethod("modify", static (self, a, k) =>
        {
            if (!Args.Positional("modify", a, k, 2, 2) || !PosixModule.FildesArg(a[0], out int fd) || !EventMask(a[1], out short mask))
            {
                return null;
            }

            var poll = (PyPoll)self;
            if (!poll._fds.ContainsKey(fd))
            {
                return PosixModule.FromErrno(2);
            }

            poll.Set(fd, mask);
            return PyNone.Instance;
        });
        t.AddMethod("unregister", static (self, a, k) =>
        {
            if (!Args.Positional("unregister", a, k, 1, 1) || !PosixModule.FildesArg(a[0], out int fd))
            {
                return null;
            }

            var poll = (PyPoll)self;
            if (!poll._fds.Remove(fd))
            {
                return PyErr.KeyError(a[0]);
            }

            poll._order.Remove(fd);
            return PyNone.Instance;
        });
        t.AddMethod("poll", static (self, a, k) => Args.Positional("poll", a, k, 0, 1) ? ((PyPoll)self).Poll(a.Length == 1 ? a[0] : null) : null);
    }

    private void Set(int fd, short mask)
    {
        if (!_fds.ContainsKey(fd))
        {
            _order.Add(fd);
        }

        _fds[fd] = mask;
    }

    private static bool EventMask(PyObject o, out short mask)
    {
        mask = 0;
        if (!PyLong.AsLong(o, out long v))
        {
            return false;
        }

        if (v is < 0 or > ushort.MaxValue)
        {
            PyErr.OverflowError(v < 0 ? "Python int too large to convert to C unsigned short" : "Python int too large to convert to C unsigned short");
            return false;
        }

        mask = (short)(ushort)v;
        return true;
    }

    private PyObject? Poll(PyObject? timeoutObj)
    {
        long timeoutMs = -1;
        if (timeoutObj is not null and not PyNone)
        {
            if (timeoutObj is PyFloat f)
            {
                timeoutMs = (long)Math.Ceiling(f.Value);
            }
            else if (timeoutObj is PyInt)
            {
                if (!PyLong.AsLong(timeoutObj, out timeoutMs))
                {
                    return null;
                }
            }
            else
            {
                return PyErr.TypeError("timeout must be an integer or None");
            }

            if (timeoutMs < 0)
            {
                timeoutMs = -1;
            }
            else if (timeoutMs > int.MaxValue)
            {
                return PyErr.OverflowError("Python int too large to convert to C int");
            }
        }

        if (_polling)
        {
            return PyErr.RuntimeError("concurrent poll() invocation");
        }

        var buf = new byte[_order.Count * 8];
        for (int i = 0; i < _order.Count; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(buf.AsSpan(8 * i), _order[i]);
            BinaryPrimitives.WriteInt16LittleEndian(buf.AsSpan((8 * i) + 4), _fds[_order[i]]);
        }

        long deadline = Environment.TickCount64 + timeoutMs;
        var ts = PyThreadState.Current;
        int r, errno;
        _polling = true;
        try
        {
            while (true)
            {
                ts.Interpreter.Gil.Release(ts);
                try
                {
                    r = Libc.Poll(buf, (nuint)_order.Count, (int)timeoutMs);
                    errno = r < 0 ? Libc.Errno : 0;
                }
                finally
                {
                    ts.Interpreter.Gil.Acquire(ts);
                }

                if (r >= 0 || errno != EIntr)
                {
                    break;
                }

                if (timeoutMs >= 0)
                {
                    timeoutMs = Math.Max(0, deadline - Environment.TickCount64);
                }
            }
        }
        finally
        {
            _polling = false;
        }

        if (r < 0)
        {
            return PosixModule.FromErrno(errno);
        }

        var result = new PyList();
        for (int i = 0; i < _order.Count && result.Count < r; i++)
        {
            short revents = BinaryPrimitives.ReadInt16LittleEndian(buf.AsSpan((8 * i) + 6));
            if (revents != 0)
            {
                int fd = BinaryPrimitives.ReadInt32LittleEndian(buf.AsSpan(8 * i));
                result.Append(PyTuple.Create(PyInt.From(fd), PyInt.From((ushort)revents)));
            }
        }

        return result;
    }
}
