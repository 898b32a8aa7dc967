using System.Runtime.InteropServices;

namespace Ember.Runtime.Modules.Posix;

// The calls of posix's second part (files, processes, system information) and of
// _posixsubprocess, select and pwd. Buffers are byte arrays laid out as the 64-bit ABIs have them.
internal static partial class Libc
{
    [DllImport(Lib, EntryPoint = "uname", SetLastError = true)]
    public static extern int Uname(byte[] buf);

    [DllImport(Lib, EntryPoint = "times", SetLastError = true)]
    public static extern long Times(long[] buf);

    [DllImport(Lib, EntryPoint = "sysconf", SetLastError = true)]
    public static extern long Sysconf(int name);

    [DllImport(Lib, EntryPoint = "confstr", SetLastError = true)]
    public static extern nuint Confstr(int name, byte[]? buf, nuint len);

    [DllImport(Lib, EntryPoint = "pathconf", SetLastError = true)]
    public static extern long Pathconf(byte[] path, int name);

    [DllImport(Lib, EntryPoint = "fpathconf", SetLastError = true)]
    public static extern long Fpathconf(int fd, int name);

    [DllImport(Lib, EntryPoint = "getuid")]
    public static extern uint GetUid();

    [DllImport(Lib, EntryPoint = "geteuid")]
    public static extern uint GetEuid();

    [DllImport(Lib, EntryPoint = "getgid")]
    public static extern uint GetGid();

    [DllImport(Lib, EntryPoint = "getegid")]
    public static extern uint GetEgid();

    [DllImport(Lib, EntryPoint = "getppid")]
    public static extern int GetPpid();

    [DllImport(Lib, EntryPoint = "getpgrp")]
    public static extern int GetPgrp();

    [DllImport(Lib, EntryPoint = "getpgid", SetLastError = true)]
    public static extern int GetPgid(int pid);

    [DllImport(Lib, EntryPoint = "setpgid", SetLastError = true)]
    public static extern int SetPgid(int pid, int pgid);

    [DllImport(Lib, EntryPoint = "getsid", SetLastError = true)]
    public static extern int GetSid(int pid);

    [DllImport(Lib, EntryPoint = "setsid", SetLastError = true)]
    public static extern int SetSid();

    [DllImport(Lib, EntryPoint = "getgroups", SetLastError = true)]
    public static extern int GetGroups(int size, uint[]? list);

    [DllImport(Lib, EntryPoint = "getlogin", SetLastError = true)]
    public static extern nint GetLogin();

    [DllImport(Lib, EntryPoint = "kill", SetLastError = true)]
    public static extern int Kill(int pid, int sig);

    [DllImport(Lib, EntryPoint = "killpg", SetLastError = true)]
    public static extern int KillPg(int pgrp, int sig);

    [DllImport(Lib, EntryPoint = "nice", SetLastError = true)]
    public static extern int Nice(int inc);

    [DllImport(Lib, EntryPoint = "getpriority", SetLastError = true)]
    public static extern int GetPriority(int which, uint who);

    [DllImport(Lib, EntryPoint = "setenv", SetLastError = true)]
    public static extern int SetEnv(byte[] name, byte[] value, int overwrite);

    [DllImport(Lib, EntryPoint = "unsetenv", SetLastError = true)]
    public static extern int UnsetEnv(byte[] name);

    [DllImport(Lib, EntryPoint = "symlink", SetLastError = true)]
    public static extern int Symlink(byte[] target, byte[] linkpath);

    [DllImport(Lib, EntryPoint = "readlink", SetLastError = true)]
    public static extern nint ReadLink(byte[] path, byte[] buf, nint size);

    [DllImport(Lib, EntryPoint = "link", SetLastError = true)]
    public static extern int Link(byte[] from, byte[] to);

    [DllImport(Lib, EntryPoint = "linkat", SetLastError = true)]
    public static extern int LinkAt(int fromDir, byte[] from, int toDir, byte[] to, int flags);

    [DllImport(Lib, EntryPoint = "chmod", SetLastError = true)]
    public static extern int ChMod(byte[] path, int mode);

    [DllImport(Lib, EntryPoint = "fchmod", SetLastError = true)]
    public static extern int FChMod(int fd, int mode);

    [DllImport(Lib, EntryPoint = "fchmodat", SetLastError = true)]
    public static extern int FChModAt(int dirfd, byte[] path, int mode, int flags);

    [DllImport(Lib, EntryPoint = "chown", SetLastError = true)]
    public static extern int ChOwn(byte[] path, uint uid, uint gid);

    [DllImport(Lib, EntryPoint = "lchown", SetLastError = true)]
    public static extern int LChOwn(byte[] path, uint uid, uint gid);

    [DllImport(Lib, EntryPoint = "fchown", SetLastError = true)]
    public static extern int FChOwn(int fd, uint uid, uint gid);

    [DllImport(Lib, EntryPoint = "utimensat", SetLastError = true)]
    public static extern int UtimensAt(int dirfd, byte[] path, long[]? times, int flags);

    [DllImport(Lib, EntryPoint = "futimens", SetLastError = true)]
    public static extern int FUtimens(int fd, long[]? times);

    [DllImport(Lib, EntryPoint = "truncate", SetLastError = true)]
    public static extern int Truncate(byte[] path, long length);

    [DllImport(Lib, EntryPoint = "ftruncate", SetLastError = true)]
    public static extern int FTruncate(int fd, long length);

    [DllImport(Lib, EntryPoint = "fsync", SetLastError = true)]
    public static extern int FSync(int fd);

    [DllImport(Lib, EntryPoint = "fdatasync", SetLastError = true)]
    public static extern int FDataSync(int fd);

    [DllImport(Lib, EntryPoint = "sync")]
    public static extern void Sync();

    [DllImport(Lib, EntryPoint = "pipe2", SetLastError = true)]
    public static extern int Pipe2(int[] fds, int flags);

    [DllImport(Lib, EntryPoint = "dup2", SetLastError = true)]
    public static extern int Dup2(int fd, int fd2);

    [DllImport(Lib, EntryPoint = "dup3", SetLastError = true)]
    public static extern int Dup3(int fd, int fd2, int flags);

    [DllImport(Lib, EntryPoint = "fcntl", SetLastError = true)]
    public static extern int Fcntl(int fd, int cmd, int arg);

    [DllImport(Lib, EntryPoint = "ioctl", SetLastError = true)]
    public static extern int Ioctl(int fd, nuint request, byte[] arg);

    [DllImport(Lib, EntryPoint = "ttyname_r")]
    public static extern int TtyNameR(int fd, byte[] buf, nuint size);

    [DllImport(Lib, EntryPoint = "ctermid")]
    public static extern nint CtermId(byte[] buf);

    [DllImport(Lib, EntryPoint = "openpty", SetLastError = true)]
    public static extern int OpenPty(out int master, out int slave, nint name, nint termp, nint winp);

    [DllImport(Lib, EntryPoint = "statvfs", SetLastError = true)]
    public static extern int StatVfs(byte[] path, byte[] buf);

    [DllImport(Lib, EntryPoint = "fstatvfs", SetLastError = true)]
    public static extern int FStatVfs(int fd, byte[] buf);

    [DllImport(Lib, EntryPoint = "fchdir", SetLastError = true)]
    public static extern int FChDir(int fd);

    [DllImport(Lib, EntryPoint = "mkfifo", SetLastError = true)]
    public static extern int MkFifo(byte[] path, int mode);

    [DllImport(Lib, EntryPoint = "waitpid", SetLastError = true)]
    public static extern int WaitPid(int pid, out int status, int options);

    [DllImport(Lib, EntryPoint = "execv", SetLastError = true)]
    public static extern int Execv(byte[] path, nint[] argv);

    [DllImport(Lib, EntryPoint = "execve", SetLastError = true)]
    public static extern int Execve(byte[] path, nint[] argv, nint[] envp);

    [DllImport(Lib, EntryPoint = "posix_spawn")]
    public static extern int PosixSpawn(out int pid, byte[] path, nint fileActions, nint attr, nint[] argv, nint envp);

    [DllImport(Lib, EntryPoint = "posix_spawnp")]
    public static extern int PosixSpawnP(out int pid, byte[] file, nint fileActions, nint attr, nint[] argv, nint envp);

    [DllImport(Lib, EntryPoint = "posix_spawn_file_actions_init")]
    public static extern int FileActionsInit(nint actions);

    [DllImport(Lib, EntryPoint = "posix_spawn_file_actions_destroy")]
    public static extern int FileActionsDestroy(nint actions);

    [DllImport(Lib, EntryPoint = "posix_spawn_file_actions_addopen")]
    public static extern int FileActionsAddOpen(nint actions, int fd, byte[] path, int flags, int mode);

    [DllImport(Lib, EntryPoint = "posix_spawn_file_actions_addclose")]
    public static extern int FileActionsAddClose(nint actions, int fd);

    [DllImport(Lib, EntryPoint = "posix_spawn_file_actions_adddup2")]
    public static extern int FileActionsAddDup2(nint actions, int fd, int newfd);

    [DllImport(Lib, EntryPoint = "posix_spawn_file_actions_addfchdir_np")]
    public static extern int FileActionsAddFChDir(nint actions, int fd);

    [DllImport(Lib, EntryPoint = "posix_spawn_file_actions_addchdir_np")]
    public static extern int FileActionsAddChDir(nint actions, byte[] path);

    [DllImport(Lib, EntryPoint = "posix_spawnattr_init")]
    public static extern int AttrInit(nint attr);

    [DllImport(Lib, EntryPoint = "posix_spawnattr_destroy")]
    public static extern int AttrDestroy(nint attr);

    [DllImport(Lib, EntryPoint = "posix_spawnattr_setflags")]
    public static extern int AttrSetFlags(nint attr, short flags);

    [DllImport(Lib, EntryPoint = "posix_spawnattr_setpgroup")]
    public static extern int AttrSetPgroup(nint attr, int pgroup);

    [DllImport(Lib, EntryPoint = "posix_spawnattr_setsigmask")]
    public static extern int AttrSetSigMask(nint attr, byte[] sigset);

    [DllImport(Lib, EntryPoint = "posix_spawnattr_setsigdefault")]
    public static extern int AttrSetSigDefault(nint attr, byte[] sigset);

    [DllImport(Lib, EntryPoint = "posix_spawnattr_setschedpolicy")]
    public static extern int AttrSetSchedPolicy(nint attr, int policy);

    [DllImport(Lib, EntryPoint = "posix_spawnattr_setschedparam")]
    public static extern int AttrSetSchedParam(nint attr, int[] param);

    [DllImport(Lib, EntryPoint = "sigemptyset")]
    public static extern int SigEmptySet(byte[] set);

    [DllImport(Lib, EntryPoint = "sigaddset", SetLastError = true)]
    public static extern int SigAddSet(byte[] set, int signo);

    [DllImport(Lib, EntryPoint = "sched_getaffinity", SetLastError = true)]
    public static extern int SchedGetAffinity(int pid, nint size, byte[] mask);

    [DllImport(Lib, EntryPoint = "sched_yield")]
    public static extern int SchedYield();

    [DllImport(Lib, EntryPoint = "getloadavg")]
    public static extern int GetLoadAvg(double[] loadavg, int n);

    [DllImport(Lib, EntryPoint = "poll", SetLastError = true)]
    public static extern int Poll(byte[] fds, nuint nfds, int timeout);

    [DllImport(Lib, EntryPoint = "select", SetLastError = true)]
    public static extern int Select(int nfds, byte[]? readfds, byte[]? writefds, byte[]? exceptfds, long[]? timeout);

    [DllImport(Lib, EntryPoint = "getpwuid_r")]
    public static extern int GetPwUidR(uint uid, byte[] pwd, byte[] buf, nuint buflen, out nint result);

    [DllImport(Lib, EntryPoint = "getpwnam_r")]
    public static extern int GetPwNamR(byte[] name, byte[] pwd, byte[] buf, nuint buflen, out nint result);

    [DllImport(Lib, EntryPoint = "setpwent")]
    public static extern void SetPwEnt();

    [DllImport(Lib, EntryPoint = "getpwent", SetLastError = true)]
    public static extern nint GetPwEnt();

    [DllImport(Lib, EntryPoint = "endpwent")]
    public static extern void EndPwEnt();

    [DllImport(Lib, EntryPoint = "getgrgid_r")]
    public static extern int GetGrGidR(uint gid, byte[] grp, byte[] buf, nuint buflen, out nint result);

    [DllImport(Lib, EntryPoint = "getgrnam_r")]
    public static extern int GetGrNamR(byte[] name, byte[] grp, byte[] buf, nuint buflen, out nint result);

    [DllImport(Lib, EntryPoint = "setgrent")]
    public static extern void SetGrEnt();

    [DllImport(Lib, EntryPoint = "getgrent", SetLastError = true)]
    public static extern nint GetGrEnt();

    [DllImport(Lib, EntryPoint = "endgrent")]
    public static extern void EndGrEnt();

    /// <summary>The C library's <c>environ</c>: what posix_spawn gives a child when no environment is passed.</summary>
    public static nint Environ
    {
        get
        {
            nint handle = NativeLibrary.Load("libc.so.6");
            return Marshal.ReadIntPtr(NativeLibrary.GetExport(handle, "environ"));
        }
    }

    /// <summary>A NUL-terminated C string at <paramref name="p"/>, as bytes (empty for a null pointer).</summary>
    public static byte[] CString(nint p)
    {
        if (p == 0)
        {
            return [];
        }

        int n = 0;
        while (Marshal.ReadByte(p, n) != 0)
        {
            n++;
        }

        var bytes = new byte[n];
        Marshal.Copy(p, bytes, 0, n);
        return bytes;
    }
}
