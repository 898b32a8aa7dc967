using System.Runtime.InteropServices;

namespace Ember.Runtime.Modules.Posix;

/// <summary>
/// The C library calls the posix module makes (Linux, glibc 2.33 or later,
/// which exports stat/fstat/lstat). Paths are NUL-terminated bytes; errno is
/// read with Marshal.GetLastPInvokeError right after each call. Stateless.
/// </summary>
internal static partial class Libc
{
    private const string Lib = "libc";

    [DllImport(Lib, EntryPoint = "stat", SetLastError = true)]
    public static extern int Stat(byte[] path, byte[] buf);

    [DllImport(Lib, EntryPoint = "lstat", SetLastError = true)]
    public static extern int LStat(byte[] path, byte[] buf);

    [DllImport(Lib, EntryPoint = "fstat", SetLastError = true)]
    public static extern int FStat(int fd, byte[] buf);

    [DllImport(Lib, EntryPoint = "getcwd", SetLastError = true)]
    public static extern nint GetCwd(byte[] buf, nint size);

    [DllImport(Lib, EntryPoint = "chdir", SetLastError = true)]
    public static extern int ChDir(byte[] path);

    [DllImport(Lib, EntryPoint = "mkdir", SetLastError = true)]
    public static extern int MkDir(byte[] path, int mode);

    [DllImport(Lib, EntryPoint = "rmdir", SetLastError = true)]
    public static extern int RmDir(byte[] path);

    [DllImport(Lib, EntryPoint = "unlink", SetLastError = true)]
    public static extern int Unlink(byte[] path);

    [DllImport(Lib, EntryPoint = "rename", SetLastError = true)]
    public static extern int Rename(byte[] from, byte[] to);

    [DllImport(Lib, EntryPoint = "access", SetLastError = true)]
    public static extern int Access(byte[] path, int mode);

    [DllImport(Lib, EntryPoint = "open", SetLastError = true)]
    public static extern int Open(byte[] path, int flags, int mode);

    [DllImport(Lib, EntryPoint = "close", SetLastError = true)]
    public static extern int Close(int fd);

    [DllImport(Lib, EntryPoint = "read", SetLastError = true)]
    public static extern nint Read(int fd, byte[] buf, nint count);

    [DllImport(Lib, EntryPoint = "write", SetLastError = true)]
    public static extern nint Write(int fd, byte[] buf, nint count);

    [DllImport(Lib, EntryPoint = "lseek", SetLastError = true)]
    public static extern long LSeek(int fd, long offset, int whence);

    [DllImport(Lib, EntryPoint = "isatty", SetLastError = true)]
    public static extern int IsATty(int fd);

    [DllImport(Lib, EntryPoint = "dup", SetLastError = true)]
    public static extern int Dup(int fd);

    [DllImport(Lib, EntryPoint = "getpid")]
    public static extern int GetPid();

    [DllImport(Lib, EntryPoint = "umask")]
    public static extern int Umask(int mask);

    [DllImport(Lib, EntryPoint = "strerror")]
    private static extern nint StrErrorRaw(int errnum);

    [DllImport(Lib, EntryPoint = "opendir", SetLastError = true)]
    public static extern nint OpenDir(byte[] path);

    [DllImport(Lib, EntryPoint = "readdir", SetLastError = true)]
    public static extern nint ReadDir(nint dir);

    [DllImport(Lib, EntryPoint = "closedir", SetLastError = true)]
    public static extern int CloseDir(nint dir);

    [DllImport(Lib, EntryPoint = "_exit")]
    public static extern void Exit(int status);

    public static int Errno => Marshal.GetLastPInvokeError();

    public static string StrError(int errnum) => Marshal.PtrToStringUTF8(StrErrorRaw(errnum)) ?? $"Unknown error {errnum}";

    // struct dirent: d_ino (8), d_off (8), d_reclen (2), d_type (1), d_name[256] on both 64-bit ABIs.
    public const int DirentNameOffset = 19;
}
