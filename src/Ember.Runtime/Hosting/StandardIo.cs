using Ember.Runtime.Errors;
using Ember.Runtime.Modules.Sys;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;

namespace Ember.Runtime.Hosting;

/// <summary>
/// sys.stdin, sys.stdout and sys.stderr as real io objects over file
/// descriptors 0, 1 and 2 (init_sys_streams and create_stdio in
/// Python/pylifecycle.c): a FileIO named "&lt;stdout&gt;" and so on, a
/// buffered layer unless -u (stdin is always buffered), and a TextIOWrapper
/// with newline "\n", line buffering for terminals and for stderr, and write
/// through under -u. The encoding is UTF-8 (PYTHONIOENCODING may change it
/// and the errors); stdin and stdout use "surrogateescape" in the C and
/// POSIX locales (and C.UTF-8), "strict" otherwise; stderr always uses
/// "backslashreplace".
/// </summary>
internal static class StandardIo
{
    /// <summary>Replaces the host streams of sys with io objects; false with the error pending.</summary>
    public static bool Install(PyInterpreterState interp, PyModule sys)
    {
        var io = Modules.ModuleRegistry.Load(interp, "_io");
        if (io is null)
        {
            return false;
        }

        var config = interp.Config;
        string encoding = "utf-8";
        string? errors = null;
        if (config.UseEnvironment && !config.Isolated && PyConfig.EnvOrNull("PYTHONIOENCODING") is { } ioEncoding)
        {
            int colon = ioEncoding.IndexOf(':');
            string enc = colon < 0 ? ioEncoding : ioEncoding[..colon];
            if (enc.Length > 0)
            {
                encoding = enc;
            }

            if (colon >= 0 && colon + 1 < ioEncoding.Length)
            {
                errors = ioEncoding[(colon + 1)..];
            }
        }

        string stdioErrors = errors ?? (IsCLocale() ? "surrogateescape" : "strict");
        var stdin = Create(io, 0, "<stdin>", "r", encoding, stdioErrors, config.BufferedStdio);
        var stdout = stdin is null ? null : Create(io, 1, "<stdout>", "w", encoding, stdioErrors, config.BufferedStdio);
        var stderr = stdout is null ? null : Create(io, 2, "<stderr>", "w", encoding, "backslashreplace", config.BufferedStdio);
        if (stderr is null)
        {
            return false;
        }

        var d = sys.Dict;
        d.SetItemStr("stdin", stdin!);
        d.SetItemStr("__stdin__", stdin!);
        d.SetItemStr("stdout", stdout!);
        d.SetItemStr("__stdout__", stdout!);
        d.SetItemStr("stderr", stderr);
        d.SetItemStr("__stderr__", stderr);
        return true;
    }

    /// <summary>
    /// One stream: a descriptor that is not open (a daemon started with
    /// fd 1 closed) gives None, as is_valid_fd does in CPython.
    /// </summary>
    private static PyObject? Create(PyModule io, int fd, string name, string mode, string encoding, string errors, bool buffered)
    {
        if (!Modules.Io.Posix.Fstat(fd, out _, out _, out _))
        {
            return PyNone.Instance;
        }

        bool writing = mode == "w";
        bool raw = writing && !buffered;
        var open = io.Dict.GetItemStr("open")!;
        var buffer = PyCall.Call(open,
            [PyInt.From(fd), new PyStr(mode + "b"), PyInt.From(raw ? 0 : -1), PyBool.False],
            new PyTuple([new PyStr("buffering"), new PyStr("closefd")]));
        if (buffer is null)
        {
            return null;
        }

        var rawStream = raw ? buffer : PyOps.GetAttr(buffer, new PyStr("raw"));
        if (rawStream is null || !PyOps.SetAttr(rawStream, new PyStr("name"), new PyStr(name)))
        {
            return null;
        }

        bool lineBuffering = buffered && (Modules.Io.Posix.Isatty(fd) || fd == 2);
        var wrapperType = io.Dict.GetItemStr("TextIOWrapper")!;
        var text = PyCall.Call(wrapperType,
            [buffer, new PyStr(encoding), new PyStr(errors), new PyStr("\n"), PyBool.From(lineBuffering), PyBool.From(raw)],
            null);
        if (text is null || !PyOps.SetAttr(text, new PyStr("mode"), new PyStr(mode)))
        {
            return null;
        }

        return text;
    }

    /// <summary>Whether the LC_CTYPE locale in effect is C, POSIX or C.UTF-8 (config_get_stdio_errors).</summary>
    private static bool IsCLocale()
    {
        string? locale = PyConfig.EnvOrNull("LC_ALL") ?? PyConfig.EnvOrNull("LC_CTYPE") ?? PyConfig.EnvOrNull("LANG");
        return locale is null or "C" or "POSIX" or "C.UTF-8" or "C.utf8";
    }

    /// <summary>flush_std_files: sys.stdout then sys.stderr, errors ignored.</summary>
    public static void Flush(PyInterpreterState interp)
    {
        foreach (var name in (ReadOnlySpan<string>)["stdout", "stderr"])
        {
            if (SysModule.GetObject(interp, name) is { } stream and not PyNone)
            {
                var saved = PyErr.Fetch();
                PyCall.CallMethod(stream, "flush", []);
                PyErr.Clear();
                PyErr.Restore(saved);
            }
        }
    }
}
