using System.Runtime.InteropServices;

namespace Ember.Runtime.Modules.Signal;

/// <summary>C's <c>struct itimerval</c> on 64-bit Linux: two timevals of two longs.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct ItimerVal
{
    public long IntervalSec;
    public long IntervalUsec;
    public long ValueSec;
    public long ValueUsec;
}

/// <summary>The C library's signal functions that Modules/signalmodule.c calls. Stateless.</summary>
internal static class LibcSignal
{
    private const string Lib = "libc";

    /// <summary>sizeof(sigset_t) in glibc: 1024 bits.</summary>
    public const int SigsetBytes = 128;

    [DllImport(Lib, EntryPoint = "raise", SetLastError = true)]
    public static extern int Raise(int sig);

    [DllImport(Lib, EntryPoint = "kill", SetLastError = true)]
    public static extern int Kill(int pid, int sig);

    [DllImport(Lib, EntryPoint = "getpid")]
    public static extern int GetPid();

    [DllImport(Lib, EntryPoint = "alarm")]
    public static extern uint Alarm(uint seconds);

    [DllImport(Lib, EntryPoint = "strsignal")]
    public static extern nint StrSignal(int sig);

    [DllImport(Lib, EntryPoint = "setitimer", SetLastError = true)]
    public static extern int SetItimer(int which, in ItimerVal value, out ItimerVal old);

    [DllImport(Lib, EntryPoint = "getitimer", SetLastError = true)]
    public static extern int GetItimer(int which, out ItimerVal value);

    [DllImport(Lib, EntryPoint = "pthread_sigmask")]
    public static extern int PthreadSigmask(int how, byte[]? set, byte[] old);

    [DllImport(Lib, EntryPoint = "sigpending", SetLastError = true)]
    public static extern int SigPending(byte[] set);

    [DllImport(Lib, EntryPoint = "sigismember")]
    public static extern int SigIsMember(byte[] set, int sig);

    [DllImport(Lib, EntryPoint = "sigaddset")]
    public static extern int SigAddSet(byte[] set, int sig);

    [DllImport(Lib, EntryPoint = "sigemptyset")]
    public static extern int SigEmptySet(byte[] set);

    [DllImport(Lib, EntryPoint = "sigfillset")]
    public static extern int SigFillSet(byte[] set);

    [DllImport(Lib, EntryPoint = "siginterrupt", SetLastError = true)]
    public static extern int SigInterrupt(int sig, int flag);

    /// <summary>sigaction(sig, NULL, old): the installed disposition; the handler pointer comes first in struct sigaction.</summary>
    [DllImport(Lib, EntryPoint = "sigaction", SetLastError = true)]
    public static extern int SigAction(int sig, nint act, byte[] old);

    [DllImport(Lib, EntryPoint = "signal", SetLastError = true)]
    public static extern nint SetSignal(int sig, nint handler);

    [DllImport(Lib, EntryPoint = "write", SetLastError = true)]
    public static extern nint Write(int fd, in byte data, nuint count);

    [DllImport(Lib, EntryPoint = "fcntl", SetLastError = true)]
    public static extern int Fcntl(int fd, int cmd);
}
