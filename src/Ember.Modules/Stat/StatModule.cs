using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Modules.Stat;

/// <summary>
/// The <c>_stat</c> module (Modules/_stat.c): the S_* constants and tests of
/// Linux's st_mode, filemode(), the ST_* indexes and the BSD file flags.
/// </summary>
public static class StatModule
{
    private const uint IFMT = 0xF000;
    private const uint IFSOCK = 0xC000;
    private const uint IFLNK = 0xA000;
    private const uint IFREG = 0x8000;
    private const uint IFBLK = 0x6000;
    private const uint IFDIR = 0x4000;
    private const uint IFCHR = 0x2000;
    private const uint IFIFO = 0x1000;

    private static readonly (string Name, long Value)[] s_constants =
    [
        ("S_IFDIR", IFDIR), ("S_IFCHR", IFCHR), ("S_IFBLK", IFBLK), ("S_IFREG", IFREG), ("S_IFIFO", IFIFO),
        ("S_IFLNK", IFLNK), ("S_IFSOCK", IFSOCK), ("S_IFDOOR", 0), ("S_IFPORT", 0), ("S_IFWHT", 0),
        ("S_ISUID", 0x800), ("S_ISGID", 0x400), ("S_ISVTX", 0x200), ("S_ENFMT", 0x400),
        ("S_IREAD", 0x100), ("S_IWRITE", 0x80), ("S_IEXEC", 0x40),
        ("S_IRWXU", 0x1C0), ("S_IRUSR", 0x100), ("S_IWUSR", 0x80), ("S_IXUSR", 0x40),
        ("S_IRWXG", 0x38), ("S_IRGRP", 0x20), ("S_IWGRP", 0x10), ("S_IXGRP", 0x8),
        ("S_IRWXO", 0x7), ("S_IROTH", 0x4), ("S_IWOTH", 0x2), ("S_IXOTH", 0x1),
        ("UF_NODUMP", 0x1), ("UF_IMMUTABLE", 0x2), ("UF_APPEND", 0x4), ("UF_OPAQUE", 0x8), ("UF_NOUNLINK", 0x10),
        ("UF_COMPRESSED", 0x20), ("UF_HIDDEN", 0x8000),
        ("SF_ARCHIVED", 0x10000), ("SF_IMMUTABLE", 0x20000), ("SF_APPEND", 0x40000), ("SF_NOUNLINK", 0x100000), ("SF_SNAPSHOT", 0x200000),
        ("ST_MODE", 0), ("ST_INO", 1), ("ST_DEV", 2), ("ST_NLINK", 3), ("ST_UID", 4), ("ST_GID", 5),
        ("ST_SIZE", 6), ("ST_ATIME", 7), ("ST_MTIME", 8), ("ST_CTIME", 9),
    ];

    public static PyModule Create(PyInterpreterState interp)
    {
        var m = ModuleHelpers.NewModule("_stat", "The S_* constants and functions that interpret os.stat()'s st_mode, as in <sys/stat.h>.");
        Test(m, "S_ISDIR", IFDIR, "Return True if mode is from a directory.");
        Test(m, "S_ISCHR", IFCHR, "Return True if mode is from a character special device file.");
        Test(m, "S_ISBLK", IFBLK, "Return True if mode is from a block special device file.");
        Test(m, "S_ISREG", IFREG, "Return True if mode is from a regular file.");
        Test(m, "S_ISFIFO", IFIFO, "Return True if mode is from a FIFO (named pipe).");
        Test(m, "S_ISLNK", IFLNK, "Return True if mode is from a symbolic link.");
        Test(m, "S_ISSOCK", IFSOCK, "Return True if mode is from a socket.");
        Test(m, "S_ISDOOR", 0, "Return True if mode is from a door (never, on Linux).");
        Test(m, "S_ISPORT", 0, "Return True if mode is from an event port (never, on Linux).");
        Test(m, "S_ISWHT", 0, "Return True if mode is from a whiteout (never, on Linux).");
        Mode(m, "S_IMODE", static mode => PyInt.From((long)(mode & 0xFFF)), "Return the permission bits of mode, the part os.chmod() sets.");
        Mode(m, "S_IFMT", static mode => PyInt.From((long)(mode & IFMT)), "Return the file type bits of mode.");
        Mode(m, "filemode", static mode => new PyStr(FileMode(mode)), "Convert a file's mode to a string of the form '-rwxrwxrwx'");
        foreach (var (name, value) in s_constants)
        {
            m.Dict.SetItemStr(name, PyInt.From(value));
        }

        return m;
    }

    private static void Test(PyModule m, string name, uint type, string doc) =>
        Mode(m, name, mode => PyBool.From(type != 0 && (mode & IFMT) == type), doc);

    private static void Mode(PyModule m, string name, Func<uint, PyObject> f, string doc)
    {
        string qualified = "_stat." + name;
        m.AddFunction(name, (args, kw) => Args.ExactlyOne(qualified, args, kw) && AsMode(args[0], out uint mode) ? f(mode) : null, doc);
    }

    /// <summary>_PyLong_AsMode_t: PyLong_AsUnsignedLong, then a check that it fits a 32-bit mode_t.</summary>
    private static bool AsMode(PyObject o, out uint mode)
    {
        mode = 0;
        if (o is not PyInt i)
        {
            PyErr.TypeError("an integer is required");
            return false;
        }

        if (i.Sign < 0)
        {
            PyErr.OverflowError("can't convert negative value to unsigned int");
            return false;
        }

        if (!i.IsSmall)
        {
            PyErr.OverflowError(i.ToBigInteger() > ulong.MaxValue ? "Python int too large to convert to C unsigned long" : "mode out of range");
            return false;
        }

        if (i.Small > uint.MaxValue)
        {
            PyErr.OverflowError("mode out of range");
            return false;
        }

        mode = (uint)i.Small;
        return true;
    }

    private static string FileMode(uint mode)
    {
        Span<char> buf = stackalloc char[10];
        buf[0] = (mode & IFMT) switch
        {
            IFREG => '-',
            IFDIR => 'd',
            IFLNK => 'l',
            IFBLK => 'b',
            IFCHR => 'c',
            IFIFO => 'p',
            IFSOCK => 's',
            _ => '?',
        };
        buf[1] = (mode & 0x100) != 0 ? 'r' : '-';
        buf[2] = (mode & 0x80) != 0 ? 'w' : '-';
        buf[3] = (mode & 0x800) != 0 ? ((mode & 0x40) != 0 ? 's' : 'S') : ((mode & 0x40) != 0 ? 'x' : '-');
        buf[4] = (mode & 0x20) != 0 ? 'r' : '-';
        buf[5] = (mode & 0x10) != 0 ? 'w' : '-';
        buf[6] = (mode & 0x400) != 0 ? ((mode & 0x8) != 0 ? 's' : 'S') : ((mode & 0x8) != 0 ? 'x' : '-');
        buf[7] = (mode & 0x4) != 0 ? 'r' : '-';
        buf[8] = (mode & 0x2) != 0 ? 'w' : '-';
        buf[9] = (mode & 0x200) != 0 ? ((mode & 0x1) != 0 ? 't' : 'T') : ((mode & 0x1) != 0 ? 'x' : '-');
        return new string(buf);
    }
}
