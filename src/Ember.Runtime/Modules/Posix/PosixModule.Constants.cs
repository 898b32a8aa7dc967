namespace Ember.Runtime.Modules.Posix;

// The rest of posixmodule.c's integer constants on Linux (their values are the same on x86-64 and arm64).
public static partial class PosixModule
{
    private static void AddMoreConstants(Ember.Runtime.Objects.PyDict d)
    {
        (string Name, long Value)[] constants =
        [
            ("CLD_CONTINUED", 6), ("CLD_DUMPED", 3), ("CLD_EXITED", 1), ("CLD_KILLED", 2), ("CLD_STOPPED", 5), ("CLD_TRAPPED", 4),
            ("EFD_CLOEXEC", 524288), ("EFD_NONBLOCK", 2048), ("EFD_SEMAPHORE", 1), ("EX_CANTCREAT", 73), ("EX_CONFIG", 78),
            ("EX_IOERR", 74), ("EX_NOHOST", 68), ("EX_NOPERM", 77), ("EX_NOUSER", 67), ("EX_OSFILE", 72), ("EX_PROTOCOL", 76),
            ("EX_TEMPFAIL", 75), ("EX_UNAVAILABLE", 69), ("F_LOCK", 1), ("F_TEST", 3), ("F_TLOCK", 2), ("F_ULOCK", 0), ("GRND_NONBLOCK", 1),
            ("GRND_RANDOM", 2), ("MFD_ALLOW_SEALING", 2), ("MFD_CLOEXEC", 1), ("MFD_HUGETLB", 4), ("MFD_HUGE_16GB", 2281701376),
            ("MFD_HUGE_16MB", 1610612736), ("MFD_HUGE_1GB", 2013265920), ("MFD_HUGE_1MB", 1342177280), ("MFD_HUGE_256MB", 1879048192),
            ("MFD_HUGE_2GB", 2080374784), ("MFD_HUGE_2MB", 1409286144), ("MFD_HUGE_32MB", 1677721600), ("MFD_HUGE_512KB", 1275068416),
            ("MFD_HUGE_512MB", 1946157056), ("MFD_HUGE_64KB", 1073741824), ("MFD_HUGE_8MB", 1543503872), ("MFD_HUGE_MASK", 63),
            ("MFD_HUGE_SHIFT", 26), ("NGROUPS_MAX", 65536), ("O_FSYNC", 1052672), ("O_RSYNC", 1052672), ("POSIX_FADV_DONTNEED", 4),
            ("POSIX_FADV_NOREUSE", 5), ("POSIX_FADV_NORMAL", 0), ("POSIX_FADV_RANDOM", 1), ("POSIX_FADV_SEQUENTIAL", 2),
            ("POSIX_FADV_WILLNEED", 3), ("POSIX_SPAWN_CLOSE", 1), ("POSIX_SPAWN_DUP2", 2), ("POSIX_SPAWN_OPEN", 0), ("PRIO_PGRP", 1),
            ("PRIO_PROCESS", 0), ("PRIO_USER", 2), ("P_ALL", 0), ("P_PGID", 2), ("P_PID", 1), ("P_PIDFD", 3), ("RTLD_DEEPBIND", 8),
            ("RTLD_GLOBAL", 256), ("RTLD_LAZY", 1), ("RTLD_LOCAL", 0), ("RTLD_NODELETE", 4096), ("RTLD_NOLOAD", 4), ("RTLD_NOW", 2),
            ("RWF_APPEND", 16), ("RWF_DSYNC", 2), ("RWF_HIPRI", 1), ("RWF_NOWAIT", 8), ("RWF_SYNC", 4), ("SCHED_BATCH", 3),
            ("SCHED_FIFO", 1), ("SCHED_IDLE", 5), ("SCHED_OTHER", 0), ("SCHED_RESET_ON_FORK", 1073741824), ("SCHED_RR", 2),
            ("SPLICE_F_MORE", 4), ("SPLICE_F_MOVE", 1), ("SPLICE_F_NONBLOCK", 2), ("ST_APPEND", 256), ("ST_MANDLOCK", 64),
            ("ST_NOATIME", 1024), ("ST_NODEV", 4), ("ST_NODIRATIME", 2048), ("ST_NOEXEC", 8), ("ST_NOSUID", 2), ("ST_RDONLY", 1),
            ("ST_RELATIME", 4096), ("ST_SYNCHRONOUS", 16), ("ST_WRITE", 128), ("TMP_MAX", 238328), ("WEXITED", 4), ("WNOWAIT", 16777216),
            ("WSTOPPED", 2), ("XATTR_CREATE", 1), ("XATTR_REPLACE", 2), ("XATTR_SIZE_MAX", 65536),
        ];
        foreach (var (name, value) in constants)
        {
            d.SetItemStr(name, Ember.Runtime.Objects.PyInt.From(value));
        }
    }
}
