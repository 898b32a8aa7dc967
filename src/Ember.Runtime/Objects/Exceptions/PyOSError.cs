using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// OSError and its subclasses (Objects/exceptions.c, OSError_new/oserror_init):
/// with 2 to 5 arguments they are errno, strerror, filename, winerror and
/// filename2, args keeps only the first two when a filename is given, and
/// OSError itself called with a known errno makes the matching subclass
/// (OSError(2, 'x') is a FileNotFoundError). A subclass that defines
/// __init__ but not __new__ parses its arguments in __init__ instead.
/// </summary>
public sealed class PyOSError : PyBaseException
{
    private static readonly NewSlot s_new = New;
    private static readonly InitSlot s_init = Init;

    private PyOSError(PyType type, PyTuple args)
        : base(type, args)
    {
    }

    public PyObject? Errno;

    public PyObject? StrError;

    /// <summary>The first file name; null when none was given (str then leaves it out).</summary>
    public PyObject? Filename;

    public PyObject? Filename2;

    /// <summary>BlockingIOError's characters_written; -1 when unset.</summary>
    public long Written = -1;

    /// <summary>Creates an OSError subclass instance the way <c>OSError(errno, strerror[, filename])</c> would.</summary>
    public static PyObject? Create(PyType type, ReadOnlySpan<PyObject> args) => PyCall.Call(type, args, null);

    internal static void InitSlots(PyType type)
    {
        type.New = s_new;
        type.Init = s_init;
        type.Str = static self => ((PyOSError)self).StrOf();
    }

    internal static void InitMembers(PyType type)
    {
        PyExc.AddMember<PyOSError>(type, "errno", static e => e.Errno, static (e, v) => e.Errno = v);
        PyExc.AddMember<PyOSError>(type, "strerror", static e => e.StrError, static (e, v) => e.StrError = v);
        PyExc.AddMember<PyOSError>(type, "filename", static e => e.Filename, static (e, v) => e.Filename = v);
        PyExc.AddMember<PyOSError>(type, "filename2", static e => e.Filename2, static (e, v) => e.Filename2 = v);
        type.AddGetter("characters_written", static self =>
        {
            var e = (PyOSError)self;
            return e.Written == -1 ? PyErr.AttributeError("characters_written") : PyInt.From(e.Written);
        }, static (self, value) =>
        {
            var e = (PyOSError)self;
            if (value is null)
            {
                if (e.Written == -1)
                {
                    PyErr.AttributeError("characters_written");
                    return false;
                }

                e.Written = -1;
                return true;
            }

            if (!AsWritten(value, out long n))
            {
                return false;
            }

            e.Written = n;
            return true;
        });
    }

    // A subclass with its own __init__ and OSError's __new__ defers parsing to __init__ (oserror_use_init).
    private static bool UseInit(PyType type) => !ReferenceEquals(type.Init, s_init) && ReferenceEquals(type.New, s_new);

    private static PyObject? New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (UseInit(type))
        {
            return new PyOSError(type, PyTuple.Empty);
        }

        if (kwnames is not null && kwnames.Count > 0)
        {
            return PyErr.TypeError($"{type.Name}() takes no keyword arguments");
        }

        if (ReferenceEquals(type, PyExc.OSError) && args.Length is >= 2 and <= 5 && args[0] is PyInt { IsSmall: true } errno
            && SubclassForErrno(errno.Small) is { } subclass)
        {
            type = subclass;
        }

        var self = new PyOSError(type, PyTuple.Empty);
        return self.InitFields(args) ? self : null;
    }

    private static bool Init(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var e = (PyOSError)self;
        if (!UseInit(e.Type))
        {
            // Everything was done by __new__.
            return true;
        }

        if (kwnames is not null && kwnames.Count > 0)
        {
            PyErr.TypeError($"{e.Type.Name}() takes no keyword arguments");
            return false;
        }

        return e.InitFields(args);
    }

    private bool InitFields(ReadOnlySpan<PyObject> args)
    {
        var argsTuple = PyTuple.Create(args);
        if (args.Length is >= 2 and <= 5)
        {
            PyObject? filename = args.Length > 2 ? args[2] : null;
            PyObject? filename2 = args.Length > 4 ? args[4] : null;
            if (filename is not null and not PyNone)
            {
                if (ReferenceEquals(Type, PyExc.BlockingIOError) && IsNumber(filename))
                {
                    if (!AsWritten(filename, out Written))
                    {
                        return false;
                    }
                }
                else
                {
                    Filename = filename;
                    if (filename2 is not null and not PyNone)
                    {
                        Filename2 = filename2;
                    }

                    argsTuple = PyTuple.Create(args[0], args[1]);
                }
            }

            Errno = args[0];
            StrError = args[1];
        }

        Args = argsTuple;
        return true;
    }

    private static bool IsNumber(PyObject o) => o is PyInt or PyFloat || o.Type.Index is not null || o.Type.Int is not null || o.Type.Float is not null;

    private static bool AsWritten(PyObject value, out long n)
    {
        n = -1;
        var i = PyNumber.Index(value);
        if (i is null)
        {
            return false;
        }

        if (!i.IsSmall)
        {
            PyErr.ValueError($"cannot fit 'int' into an index-sized integer");
            return false;
        }

        n = i.Small;
        return true;
    }

    private PyObject? StrOf()
    {
        if (Filename is not null)
        {
            var errno = PyOps.Str(Errno ?? PyNone.Instance);
            var strerror = errno is null ? null : PyOps.Str(StrError ?? PyNone.Instance);
            var file = strerror is null ? null : PyOps.Repr(Filename);
            if (file is null)
            {
                return null;
            }

            string head = $"[Errno {((PyStr)errno!).Value}] {((PyStr)strerror!).Value}: {((PyStr)file).Value}";
            if (Filename2 is null)
            {
                return new PyStr(head);
            }

            var file2 = PyOps.Repr(Filename2);
            return file2 is null ? null : new PyStr($"{head} -> {((PyStr)file2).Value}");
        }

        if (Errno is not null && StrError is not null)
        {
            var errno = PyOps.Str(Errno);
            var strerror = errno is null ? null : PyOps.Str(StrError);
            return strerror is null ? null : new PyStr($"[Errno {((PyStr)errno!).Value}] {((PyStr)strerror).Value}");
        }

        return StrOfArgs();
    }

    /// <summary>(type, args[, dict]) with the file names put back into args so unpickling rebuilds them.</summary>
    internal override PyObject? Reduce()
    {
        PyTuple args = Args;
        if (args.Count == 2 && Filename is not null)
        {
            args = Filename2 is not null
                ? new PyTuple([args.Items[0], args.Items[1], Filename, PyNone.Instance, Filename2])
                : new PyTuple([args.Items[0], args.Items[1], Filename]);
        }

        return Dict is { Count: > 0 } d ? new PyTuple([Type, args, d]) : PyTuple.Create(Type, args);
    }

    /// <summary>The OSError subclass for a Linux errno value (CPython's errnomap), or null.</summary>
    public static PyType? SubclassForErrno(long errno) => errno switch
    {
        11 or 114 or 115 => PyExc.BlockingIOError, // EAGAIN (= EWOULDBLOCK), EALREADY, EINPROGRESS
        10 => PyExc.ChildProcessError, // ECHILD
        32 or 108 => PyExc.BrokenPipeError, // EPIPE, ESHUTDOWN
        103 => PyExc.ConnectionAbortedError, // ECONNABORTED
        111 => PyExc.ConnectionRefusedError, // ECONNREFUSED
        104 => PyExc.ConnectionResetError, // ECONNRESET
        17 => PyExc.FileExistsError, // EEXIST
        2 => PyExc.FileNotFoundError, // ENOENT
        21 => PyExc.IsADirectoryError, // EISDIR
        20 => PyExc.NotADirectoryError, // ENOTDIR
        4 => PyExc.InterruptedError, // EINTR
        13 or 1 => PyExc.PermissionError, // EACCES, EPERM
        3 => PyExc.ProcessLookupError, // ESRCH
        110 => PyExc.TimeoutError, // ETIMEDOUT
        _ => null,
    };
}
