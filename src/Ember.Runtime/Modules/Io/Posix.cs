using System.Runtime.InteropServices;

namespace Ember.Runtime.Modules.Io;

/// <summary>
/// The C library calls FileIO needs (Modules/_io/fileio.c uses the same ones),
/// with errno read right after each call. Linux x86-64 and arm64 constants.
/// Stateless.
/// </summary>
internal static partial class Posix
{
    private const string Lib = "libc";

    public const int O_RDONLY = 0;
    public const int O_WRONLY = 1;
    public const int O_RDWR = 2;
    public const int O_CREAT = 0x40;
    public const int O_EXCL = 0x80;
    public const int O_TRUNC = 0x200;
    public const int O_APPEND = 0x400;
    public const int O_CLOEXEC = 0x80000;

    public const int SEEK_SET = 0;
    public const int SEEK_CUR = 1;
    public const int SEEK_END = 2;

    public const int EINTR = 4;
    public const int EBADF = 9;
    public const int EAGAIN = 11;
    public const int EISDIR = 21;
    public const int EINVAL = 22;

    [DllImport(Lib, EntryPoint = "open", SetLastError = true)]
    private static extern int OpenRaw([MarshalAs(UnmanagedType.LPArray)] byte[] path, int flags, int mode);

    [DllImport(Lib, EntryPoint = "read", SetLastError = true)]
    private static extern nint ReadRaw(int fd, ref byte buf, nint count);

    [DllImport(Lib, EntryPoint = "write", SetLastError = true)]
    private static extern nint WriteRaw(int fd, ref byte buf, nint count);

    [DllImport(Lib, EntryPoint = "lseek", SetLastError = true)]
    private static extern long LseekRaw(int fd, long offset, int whence);

    [DllImport(Lib, EntryPoint = "close", SetLastError = true)]
    private static extern int CloseRaw(int fd);

    [DllImport(Lib, EntryPoint = "ftruncate", SetLastError = true)]
    private static extern int FtruncateRaw(int fd, long length);

    [DllImport(Lib, EntryPoint = "fstat", SetLastError = true)]
    private static extern int FstatRaw(int fd, [Out] byte[] buf);

    [DllImport(Lib, EntryPoint = "isatty", SetLastError = true)]
    private static extern int IsattyRaw(int fd);

    [DllImport(Lib, EntryPoint = "strerror")]
    private static extern nint StrerrorRaw(int errnum);

    /// <summary>open(2) with a NUL-terminated path; -1 with <paramref name="errno"/> set on failure (EINTR retried).</summary>
    public static int Open(byte[] pathZ, int flags, out int errno)
    {
        while (true)
        {
            int fd = OpenRaw(pathZ, flags, 438); // 0666, as fileio.c
            errno = fd < 0 ? Marshal.GetLastPInvokeError() : 0;
            if (fd >= 0 || errno != EINTR)
            {
                return fd;
            }
        }
    }

    public static long Read(int fd, Span<byte> buffer, out int errno)
    {
        while (true)
        {
            byte dummy = 0;
            nint n = buffer.Length == 0 ? ReadRaw(fd, ref dummy, 0) : ReadRaw(fd, ref MemoryMarshal.GetReference(buffer), buffer.Length);
            errno = n < 0 ? Marshal.GetLastPInvokeError() : 0;
            if (n >= 0 || errno != EINTR)
            {
                return n;
            }
        }
    }

    public static long Write(int fd, ReadOnlySpan<byte> data, out int errno)
    {
        while (true)
        {
            byte dummy = 0;
            nint n = data.Length == 0
                ? WriteRaw(fd, ref dummy, 0)
                : WriteRaw(fd, ref MemoryMarshal.GetReference(data), data.Length);
            errno = n < 0 ? Marshal.GetLastPInvokeError() : 0;
            if (n >= 0 || errno != EINTR)
            {
                return n;
            }
        }
    }

    public static long Lseek(int fd, long offset, int whence, out int errno)
    {
        long r = LseekRaw(fd, offset, whence);
        errno = r < 0 ? Marshal.GetLastPInvokeError() : 0;
        return r;
    }

    public static int Close(int fd, out int errno)
    {
        int r = CloseRaw(fd);
        errno = r < 0 ? Marshal.GetLastPInvokeError() : 0;
        return r;
    }

    public static int Ftruncate(int fd, long length, out int errno)
    {
        while (true)
        {
            int r = FtruncateRaw(fd, length);
            errno = r < 0 ? Marshal.GetLastPInvokeError() : 0;
            if (r >= 0 || errno != EINTR)
            {
                return r;
            }
        }
    }

    /// <summary>fstat(2): the file's mode bits and st_blksize; false with <paramref name="errno"/> set.</summary>
    public static bool Fstat(int fd, out uint mode, out long blksize, out int errno)
    {
        var buf = new byte[256];
        int r = FstatRaw(fd, buf);
        errno = r < 0 ? Marshal.GetLastPInvokeError() : 0;
        if (r < 0)
        {
            mode = 0;
            blksize = 0;
            return false;
        }

        // struct stat: x86-64 has st_mode at 24 and st_blksize at 56; the generic layout (arm64) 16 and 56.
        bool arm = RuntimeInformation.ProcessArchitecture == Architecture.Arm64;
        mode = BitConverter.ToUInt32(buf, arm ? 16 : 24);
        blksize = arm ? BitConverter.ToInt32(buf, 56) : BitConverter.ToInt64(buf, 56);
        return true;
    }

    public static bool IsDirectory(uint mode) => (mode & 0xF000) == 0x4000;

    public static bool Isatty(int fd) => IsattyRaw(fd) == 1;

    /// <summary>The C library's message for <paramref name="errno"/> ("No such file or directory").</summary>
    public static string Strerror(int errno) => Marshal.PtrToStringUTF8(StrerrorRaw(errno)) ?? $"Unknown error {errno}";
}
