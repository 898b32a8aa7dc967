using System.Runtime.InteropServices;

namespace Ember.Modules.Time;

/// <summary>C's <c>struct tm</c> as glibc lays it out on 64-bit Linux (tm_gmtoff and tm_zone included).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct Tm
{
    public int Sec;
    public int Min;
    public int Hour;
    public int MDay;
    public int Mon;
    public int Year;
    public int WDay;
    public int YDay;
    public int IsDst;
    public long GmtOff;
    public nint Zone;
}

[StructLayout(LayoutKind.Sequential)]
internal struct Timespec
{
    public long Sec;
    public long Nsec;
}

/// <summary>The C library's time functions that Modules/timemodule.c calls, so results are the C library's own. Stateless.</summary>
internal static class Libc
{
    private const string Lib = "libc";

    public const int CLOCK_REALTIME = 0;
    public const int CLOCK_MONOTONIC = 1;
    public const int CLOCK_PROCESS_CPUTIME_ID = 2;
    public const int CLOCK_THREAD_CPUTIME_ID = 3;
    public const int CLOCK_MONOTONIC_RAW = 4;
    public const int CLOCK_BOOTTIME = 7;
    public const int CLOCK_TAI = 11;

    [DllImport(Lib, EntryPoint = "clock_gettime", SetLastError = true)]
    public static extern int ClockGetTime(int clock, out Timespec ts);

    [DllImport(Lib, EntryPoint = "clock_getres", SetLastError = true)]
    public static extern int ClockGetRes(int clock, out Timespec ts);

    [DllImport(Lib, EntryPoint = "gmtime_r", SetLastError = true)]
    public static extern nint GmTime(in long t, out Tm result);

    [DllImport(Lib, EntryPoint = "localtime_r", SetLastError = true)]
    public static extern nint LocalTime(in long t, out Tm result);

    [DllImport(Lib, EntryPoint = "mktime", SetLastError = true)]
    public static extern long MkTime(ref Tm tm);

    [DllImport(Lib, EntryPoint = "tzset")]
    public static extern void TzSet();

    [DllImport(Lib, EntryPoint = "strftime")]
    public static extern nuint StrFTime([Out] byte[] s, nuint max, [MarshalAs(UnmanagedType.LPArray)] byte[] format, in Tm tm);
}
