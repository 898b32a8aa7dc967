using System.Runtime.InteropServices;
using System.Text;
using Ember.Runtime.Errors;
using Ember.Runtime.Modules.Sys;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Modules.Time;

/// <summary>
/// The <c>time</c> module (Modules/timemodule.c) on Linux: the clocks are
/// clock_gettime's, and gmtime/localtime/mktime/strftime are the C
/// library's own (<see cref="Libc"/>), with CPython's argument checks
/// (gettmarg, checktm) in front. strptime imports the stdlib's _strptime,
/// as CPython does.
/// </summary>
public static class TimeModule
{
    private const string Doc = "This module provides various functions to manipulate time values.";

    private static readonly string[] s_wdayName = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    private static readonly string[] s_monName = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static PyModule Create(PyInterpreterState interp)
    {
        var m = ModuleHelpers.NewModule("time", Doc);
        m.AddFunction("time", static (a, k) => Args.NoArgs("time", a, k) ? Seconds(Libc.CLOCK_REALTIME) : null);
        m.AddFunction("time_ns", static (a, k) => Args.NoArgs("time_ns", a, k) ? Nanoseconds(Libc.CLOCK_REALTIME) : null);
        m.AddFunction("monotonic", static (a, k) => Args.NoArgs("monotonic", a, k) ? Seconds(Libc.CLOCK_MONOTONIC) : null);
        m.AddFunction("monotonic_ns", static (a, k) => Args.NoArgs("monotonic_ns", a, k) ? Nanoseconds(Libc.CLOCK_MONOTONIC) : null);
        m.AddFunction("perf_counter", static (a, k) => Args.NoArgs("perf_counter", a, k) ? Seconds(Libc.CLOCK_MONOTONIC) : null);
        m.AddFunction("perf_counter_ns", static (a, k) => Args.NoArgs("perf_counter_ns", a, k) ? Nanoseconds(Libc.CLOCK_MONOTONIC) : null);
        m.AddFunction("process_time", static (a, k) => Args.NoArgs("process_time", a, k) ? Seconds(Libc.CLOCK_PROCESS_CPUTIME_ID) : null);
        m.AddFunction("process_time_ns", static (a, k) => Args.NoArgs("process_time_ns", a, k) ? Nanoseconds(Libc.CLOCK_PROCESS_CPUTIME_ID) : null);
        m.AddFunction("thread_time", static (a, k) => Args.NoArgs("thread_time", a, k) ? Seconds(Libc.CLOCK_THREAD_CPUTIME_ID) : null);
        m.AddFunction("thread_time_ns", static (a, k) => Args.NoArgs("thread_time_ns", a, k) ? Nanoseconds(Libc.CLOCK_THREAD_CPUTIME_ID) : null);
        m.AddFunction("clock_gettime", static (a, k) => Args.ExactlyOne("clock_gettime", a, k) && ClockId(a[0], out int id) ? Seconds(id) : null);
        m.AddFunction("clock_gettime_ns", static (a, k) => Args.ExactlyOne("clock_gettime_ns", a, k) && ClockId(a[0], out int id) ? Nanoseconds(id) : null);
        m.AddFunction("clock_getres", static (a, k) =>
        {
            if (!Args.ExactlyOne("clock_getres", a, k) || !ClockId(a[0], out int id))
            {
                return null;
            }

            return Libc.ClockGetRes(id, out var ts) != 0 ? OsError() : new PyFloat(ts.Sec + ts.Nsec * 1e-9);
        });
        m.AddFunction("sleep", Sleep);
        m.AddFunction("gmtime", static (a, k) => Convert("gmtime", a, k, utc: true));
        m.AddFunction("localtime", static (a, k) => Convert("localtime", a, k, utc: false));
        m.AddFunction("mktime", MkTime);
        m.AddFunction("asctime", AscTime);
        m.AddFunction("ctime", CTime);
        m.AddFunction("strftime", StrFTime);
        m.AddFunction("strptime", StrPTime);
        m.AddFunction("get_clock_info", GetClockInfo);
        m.AddFunction("tzset", static (a, k) =>
        {
            if (!Args.NoArgs("tzset", a, k))
            {
                return null;
            }

            Libc.TzSet();
            InitTimezone(PyThreadState.Current.Interpreter.Modules.GetItemStr("time") as PyModule ?? null);
            return PyNone.Instance;
        });
        m.AddType(PyStructTime.TypeObject);
        var d = m.Dict;
        d.SetItemStr("_STRUCT_TM_ITEMS", PyInt.From(11));
        d.SetItemStr("CLOCK_REALTIME", PyInt.From(Libc.CLOCK_REALTIME));
        d.SetItemStr("CLOCK_MONOTONIC", PyInt.From(Libc.CLOCK_MONOTONIC));
        d.SetItemStr("CLOCK_MONOTONIC_RAW", PyInt.From(Libc.CLOCK_MONOTONIC_RAW));
        d.SetItemStr("CLOCK_PROCESS_CPUTIME_ID", PyInt.From(Libc.CLOCK_PROCESS_CPUTIME_ID));
        d.SetItemStr("CLOCK_THREAD_CPUTIME_ID", PyInt.From(Libc.CLOCK_THREAD_CPUTIME_ID));
        d.SetItemStr("CLOCK_BOOTTIME", PyInt.From(Libc.CLOCK_BOOTTIME));
        d.SetItemStr("CLOCK_TAI", PyInt.From(Libc.CLOCK_TAI));
        Libc.TzSet();
        InitTimezone(m);
        return m;
    }

    /// <summary>init_timezone: timezone, altzone, daylight and tzname from January and July of this year, as CPython reads them from tm_gmtoff and tm_zone.</summary>
    private static void InitTimezone(PyModule? m)
    {
        if (m is null)
        {
            return;
        }

        const long YearSeconds = (365L * 24 + 6) * 3600;
        long now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        long t = now / YearSeconds * YearSeconds;
        Libc.LocalTime(t, out var jan);
        string janName = Marshal.PtrToStringUTF8(jan.Zone) ?? "";
        long janZone = -jan.GmtOff;
        t += YearSeconds / 2;
        Libc.LocalTime(t, out var jul);
        string julName = Marshal.PtrToStringUTF8(jul.Zone) ?? "";
        long julZone = -jul.GmtOff;
        var d = m.Dict;
        if (janZone < julZone)
        {
            // DST is reversed in the southern hemisphere.
            d.SetItemStr("timezone", PyInt.From(julZone));
            d.SetItemStr("altzone", PyInt.From(janZone));
            d.SetItemStr("daylight", PyInt.From(janZone != julZone ? 1 : 0));
            d.SetItemStr("tzname", PyTuple.Create(new PyStr(julName), new PyStr(janName)));
        }
        else
        {
            d.SetItemStr("timezone", PyInt.From(janZone));
            d.SetItemStr("altzone", PyInt.From(julZone));
            d.SetItemStr("daylight", PyInt.From(janZone != julZone ? 1 : 0));
            d.SetItemStr("tzname", PyTuple.Create(new PyStr(janName), new PyStr(julName)));
        }
    }

    private static PyObject? Seconds(int clock)
    {
        if (Libc.ClockGetTime(clock, out var ts) != 0)
        {
            return OsError();
        }

        // _PyTime_AsSecondsDouble: nanoseconds as one integer, then divided.
        long ns = ts.Sec * 1_000_000_000L + ts.Nsec;
        return new PyFloat(ns % 1_000_000_000L == 0 ? ns / 1_000_000_000L : ns / 1e9);
    }

    private static PyObject? Nanoseconds(int clock)
    {
        if (Libc.ClockGetTime(clock, out var ts) != 0)
        {
            return OsError();
        }

        return PyInt.From(ts.Sec * 1_000_000_000L + ts.Nsec);
    }

    private static bool ClockId(PyObject o, out int id)
    {
        id = 0;
        if (o is PyFloat)
        {
            PyErr.TypeError("'float' object cannot be interpreted as an integer");
            return false;
        }

        if (!PyNumber.AsSsize(o, out long value))
        {
            return false;
        }

        if (value is > int.MaxValue or < int.MinValue)
        {
            PyErr.OverflowError(value > 0 ? "signed integer is greater than maximum" : "signed integer is less than minimum");
            return false;
        }

        id = (int)value;
        return true;
    }

    /// <summary>PyArg_ParseTuple's count check: "gmtime() takes at most 1 argument (2 given)".</summary>
    private static bool TupleArgs(string name, ReadOnlySpan<PyObject> args, PyTuple? kwnames, int min, int max)
    {
        if (!Args.NoKeywords(name, kwnames))
        {
            return false;
        }

        if (args.Length >= min && args.Length <= max)
        {
            return true;
        }

        int n = args.Length < min ? min : max;
        string how = min == max ? "exactly" : args.Length < min ? "at least" : "at most";
        PyErr.TypeError($"{name}() takes {how} {n} argument{(n == 1 ? "" : "s")} ({args.Length} given)");
        return false;
    }

    private static PyObject? OsError()
    {
        int errno = Marshal.GetLastPInvokeError();
        return PyErr.SetObject(PyExc.OSError, PyTuple.Create(PyInt.From(errno), new PyStr(Marshal.GetPInvokeErrorMessage(errno))));
    }

    private static PyObject? Sleep(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.ExactlyOne("time.sleep", args, kwnames) || !ObjectToNanoseconds(args[0], out long ns))
        {
            return null;
        }

        if (ns < 0)
        {
            return PyErr.ValueError("sleep length must be non-negative");
        }

        if (ns > 0)
        {
            System.Threading.Thread.Sleep(TimeSpan.FromTicks((ns + 99) / 100));
        }

        return PyNone.Instance;
    }

    /// <summary>_PyTime_FromSecondsObject (rounding up, as sleep asks): a float or an integer number of seconds.</summary>
    private static bool ObjectToNanoseconds(PyObject o, out long ns)
    {
        ns = 0;
        if (o is PyFloat f)
        {
            double d = f.Value;
            if (double.IsNaN(d))
            {
                PyErr.ValueError("Invalid value NaN (not a number)");
                return false;
            }

            double scaled = System.Math.Ceiling(d * 1e9);
            if (!(scaled >= long.MinValue && scaled < long.MaxValue))
            {
                PyErr.OverflowError("timestamp too large to convert to C _PyTime_t");
                return false;
            }

            ns = (long)scaled;
            return true;
        }

        var i = PyNumber.Index(o);
        if (i is null)
        {
            return false;
        }

        if (!i.IsSmall || i.Small is > long.MaxValue / 1_000_000_000L or < long.MinValue / 1_000_000_000L)
        {
            PyErr.OverflowError("timestamp too large to convert to C _PyTime_t");
            return false;
        }

        ns = i.Small * 1_000_000_000L;
        return true;
    }

    /// <summary>_PyTime_ObjectToTime_t with floor rounding; None is now.</summary>
    private static bool ObjectToTimeT(PyObject? o, out long t)
    {
        t = 0;
        if (o is null or PyNone)
        {
            t = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            return true;
        }

        if (o is PyFloat f)
        {
            double d = f.Value;
            if (double.IsNaN(d))
            {
                PyErr.ValueError("Invalid value NaN (not a number)");
                return false;
            }

            double floor = System.Math.Floor(d);
            if (!(floor >= -9.2233720368547758e18 && floor < 9.2233720368547758e18))
            {
                PyErr.OverflowError("timestamp out of range for platform time_t");
                return false;
            }

            t = (long)floor;
            return true;
        }

        var i = PyNumber.Index(o);
        if (i is null)
        {
            return false;
        }

        if (!i.IsSmall)
        {
            PyErr.OverflowError("timestamp out of range for platform time_t");
            return false;
        }

        t = i.Small;
        return true;
    }

    private static PyObject? Convert(string name, ReadOnlySpan<PyObject> args, PyTuple? kwnames, bool utc)
    {
        if (!TupleArgs(name, args, kwnames, 0, 1) || !ObjectToTimeT(args.Length > 0 ? args[0] : null, out long t))
        {
            return null;
        }

        if (!ToTm(t, utc, out var tm))
        {
            return null;
        }

        return ToStructTime(in tm);
    }

    private static bool ToTm(long t, bool utc, out Tm tm)
    {
        nint ok = utc ? Libc.GmTime(t, out tm) : Libc.LocalTime(t, out tm);
        if (ok == 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            if (errno == 0)
            {
                errno = 22;
            }

            PyErr.SetObject(PyExc.OSError, PyTuple.Create(PyInt.From(errno), new PyStr(Marshal.GetPInvokeErrorMessage(errno))));
            return false;
        }

        return true;
    }

    // tmtotuple: the year from 1900, months from 1, Monday as day 0, days of the year from 1.
    private static PyStructTime ToStructTime(in Tm tm)
    {
        PyObject[] items =
        [
            PyInt.From(tm.Year + 1900L), PyInt.From(tm.Mon + 1), PyInt.From(tm.MDay), PyInt.From(tm.Hour), PyInt.From(tm.Min),
            PyInt.From(tm.Sec), PyInt.From((tm.WDay + 6) % 7), PyInt.From(tm.YDay + 1), PyInt.From(tm.IsDst),
        ];
        var zone = tm.Zone == 0 ? (PyObject)PyNone.Instance : new PyStr(Marshal.PtrToStringUTF8(tm.Zone) ?? "");
        return new PyStructTime(items, zone, PyInt.From(tm.GmtOff));
    }

    /// <summary>
    /// gettmarg: a tuple or struct_time of nine ints (the message after ';'
    /// for a wrong count), converted to C's conventions. A struct_time's
    /// tm_zone is returned for the caller to pin while C reads it.
    /// </summary>
    private static bool GetTmArg(PyObject arg, string message, out Tm tm, out string? zone)
    {
        tm = default;
        zone = null;
        if (arg is not PyTuple tuple)
        {
            PyErr.TypeError("Tuple or struct_time argument required");
            return false;
        }

        if (tuple.Count != 9)
        {
            PyErr.TypeError(message);
            return false;
        }

        Span<int> v = stackalloc int[9];
        for (int i = 0; i < 9; i++)
        {
            var item = tuple.Items[i];
            if (item is PyFloat)
            {
                PyErr.TypeError("'float' object cannot be interpreted as an integer");
                return false;
            }

            var index = PyNumber.Index(item);
            if (index is null)
            {
                return false;
            }

            if (index.Sign > 0 && (!index.IsSmall || index.Small > int.MaxValue))
            {
                PyErr.OverflowError("signed integer is greater than maximum");
                return false;
            }

            if (!index.IsSmall || index.Small < int.MinValue)
            {
                PyErr.OverflowError("signed integer is less than minimum");
                return false;
            }

            v[i] = (int)index.Small;
        }

        if (v[0] < int.MinValue + 1900)
        {
            PyErr.OverflowError("year out of range");
            return false;
        }

        tm.Year = v[0] - 1900;
        tm.Mon = v[1] - 1;
        tm.MDay = v[2];
        tm.Hour = v[3];
        tm.Min = v[4];
        tm.Sec = v[5];
        tm.WDay = (v[6] + 1) % 7;
        tm.YDay = v[7] - 1;
        tm.IsDst = v[8];
        if (tuple is PyStructTime st)
        {
            if (st.Zone is PyStr z)
            {
                zone = z.Value;
            }
            else if (st.Zone is not PyNone)
            {
                PyErr.TypeError($"bad argument type for built-in operation");
                return false;
            }

            if (st.GmtOff is not PyNone)
            {
                if (!PyNumber.AsSsize(st.GmtOff, out long off))
                {
                    return false;
                }

                tm.GmtOff = off;
            }
        }

        return true;
    }

    /// <summary>checktm: fields C's functions would index arrays with must be in range; 0 for the month, day and day of year means the first.</summary>
    private static bool CheckTm(ref Tm tm)
    {
        string? error = null;
        if (tm.Mon == -1)
        {
            tm.Mon = 0;
        }
        else if (tm.Mon is < 0 or > 11)
        {
            error = "month out of range";
        }

        if (error is null)
        {
            if (tm.MDay == 0)
            {
                tm.MDay = 1;
            }
            else if (tm.MDay is < 0 or > 31)
            {
                error = "day of month out of range";
            }
        }

        if (error is null && tm.Hour is < 0 or > 23)
        {
            error = "hour out of range";
        }

        if (error is null && tm.Min is < 0 or > 59)
        {
            error = "minute out of range";
        }

        if (error is null && tm.Sec is < 0 or > 61)
        {
            error = "seconds out of range";
        }

        if (error is null && tm.WDay < 0)
        {
            error = "day of week out of range";
        }

        if (error is null)
        {
            if (tm.YDay == -1)
            {
                tm.YDay = 0;
            }
            else if (tm.YDay is < 0 or > 365)
            {
                error = "day of year out of range";
            }
        }

        if (error is not null)
        {
            PyErr.ValueError(error);
            return false;
        }

        return true;
    }

    private static PyObject? MkTime(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.ExactlyOne("time.mktime", args, kwnames) || !GetTmArg(args[0], "mktime(): illegal time tuple argument", out var tm, out _))
        {
            return null;
        }

        tm.WDay = -1;
        tm.Zone = 0;
        long tt = Libc.MkTime(ref tm);
        if (tt == -1 && tm.WDay == -1)
        {
            return PyErr.OverflowError("mktime argument out of range");
        }

        return new PyFloat(tt);
    }

    private static PyObject? AscTime(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!TupleArgs("asctime", args, kwnames, 0, 1))
        {
            return null;
        }

        Tm tm;
        if (args.Length == 0)
        {
            if (!ToTm(DateTimeOffset.UtcNow.ToUnixTimeSeconds(), false, out tm))
            {
                return null;
            }
        }
        else if (!GetTmArg(args[0], "asctime(): illegal time tuple argument", out tm, out _) || !CheckTm(ref tm))
        {
            return null;
        }

        return new PyStr(FormatAscTime(in tm));
    }

    private static PyObject? CTime(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!TupleArgs("ctime", args, kwnames, 0, 1) || !ObjectToTimeT(args.Length > 0 ? args[0] : null, out long t) || !ToTm(t, false, out var tm))
        {
            return null;
        }

        return new PyStr(FormatAscTime(in tm));
    }

    // _asctime: "%s %s%3d %.2d:%.2d:%.2d %d".
    private static string FormatAscTime(in Tm tm) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{s_wdayName[tm.WDay]} {s_monName[tm.Mon]}{tm.MDay,3} {tm.Hour:00}:{tm.Min:00}:{tm.Sec:00} {1900L + tm.Year}");

    private static PyObject? StrFTime(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!TupleArgs("strftime", args, kwnames, 1, 2))
        {
            return null;
        }

        if (args[0] is not PyStr format)
        {
            return PyErr.TypeError($"strftime() argument 1 must be str, not {args[0].Type.TpName}");
        }

        Tm tm;
        string? zone = null;
        if (args.Length == 1)
        {
            if (!ToTm(DateTimeOffset.UtcNow.ToUnixTimeSeconds(), false, out tm))
            {
                return null;
            }

            zone = tm.Zone == 0 ? null : Marshal.PtrToStringUTF8(tm.Zone);
        }
        else if (!GetTmArg(args[1], "strftime(): illegal time tuple argument", out tm, out zone) || !CheckTm(ref tm))
        {
            return null;
        }

        tm.IsDst = System.Math.Clamp(tm.IsDst, -1, 1);
        byte[] fmt = EncodeLocale(format.Value);
        if (Array.IndexOf(fmt, (byte)0) >= 0)
        {
            return PyErr.ValueError("embedded null character");
        }

        byte[] cfmt = new byte[fmt.Length + 1];
        fmt.CopyTo(cfmt, 0);
        nint zonePtr = zone is null ? 0 : Marshal.StringToCoTaskMemUTF8(zone);
        try
        {
            tm.Zone = zonePtr;
            for (int size = 1024; ; size += size)
            {
                var buffer = new byte[size];
                int length = (int)Libc.StrFTime(buffer, (nuint)size, cfmt, in tm);
                if (length > 0 || fmt.Length == 0 || size >= 256 * System.Math.Max(fmt.Length, 4))
                {
                    return new PyStr(DecodeLocale(buffer.AsSpan(0, length)));
                }
            }
        }
        finally
        {
            if (zonePtr != 0)
            {
                Marshal.FreeCoTaskMem(zonePtr);
            }
        }
    }

    // The C.UTF-8 locale with surrogateescape: lone surrogates U+DC80..U+DCFF stand for bytes.
    private static byte[] EncodeLocale(string s)
    {
        var bytes = new List<byte>(s.Length);
        Span<byte> buf = stackalloc byte[4];
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c is >= '\uDC80' and <= '\uDCFF')
            {
                bytes.Add((byte)(c - 0xDC00));
                continue;
            }

            int cp = c;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(c, s[++i]);
            }

            int n = new Rune(char.IsSurrogate((char)System.Math.Min(cp, 0xFFFF)) && cp <= 0xFFFF ? 0xFFFD : cp).EncodeToUtf8(buf);
            for (int j = 0; j < n; j++)
            {
                bytes.Add(buf[j]);
            }
        }

        return [.. bytes];
    }

    private static string DecodeLocale(ReadOnlySpan<byte> bytes)
    {
        var sb = new StringBuilder(bytes.Length);
        while (!bytes.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(bytes, out var rune, out int consumed) == System.Buffers.OperationStatus.Done)
            {
                sb.Append(rune.ToString());
            }
            else
            {
                consumed = 1;
                sb.Append((char)(0xDC00 + bytes[0]));
            }

            bytes = bytes[consumed..];
        }

        return sb.ToString();
    }

    /// <summary>strptime: _strptime._strptime_time(string, format), as CPython calls the stdlib's Python code.</summary>
    private static PyObject? StrPTime(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var interp = PyThreadState.Current.Interpreter;
        var import = interp.Builtins.GetItemStr("__import__");
        if (import is null)
        {
            return PyErr.SetString(PyExc.ImportError, "__import__ not found");
        }

        var module = PyCall.Call(import, new PyStr("_strptime"));
        if (module is null)
        {
            return null;
        }

        var func = PyOps.GetAttr(module, "_strptime_time");
        return func is null ? null : PyCall.Call(func, args, kwnames);
    }

    private static PyObject? GetClockInfo(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.ExactlyOne("get_clock_info", args, kwnames))
        {
            return null;
        }

        if (args[0] is not PyStr name)
        {
            return PyErr.TypeError($"get_clock_info() argument must be str, not {args[0].Type.TpName}");
        }

        (string implementation, int clock, bool monotonic, bool adjustable) info = name.Value switch
        {
            "time" => ("clock_gettime(CLOCK_REALTIME)", Libc.CLOCK_REALTIME, false, true),
            "monotonic" or "perf_counter" => ("clock_gettime(CLOCK_MONOTONIC)", Libc.CLOCK_MONOTONIC, true, false),
            "process_time" => ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", Libc.CLOCK_PROCESS_CPUTIME_ID, true, false),
            "thread_time" => ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", Libc.CLOCK_THREAD_CPUTIME_ID, true, false),
            _ => ("", -1, false, false),
        };
        if (info.clock < 0)
        {
            return PyErr.ValueError("unknown clock");
        }

        double resolution = Libc.ClockGetRes(info.clock, out var ts) == 0 ? ts.Sec + ts.Nsec * 1e-9 : 1e-9;
        var d = new PyDict();
        d.SetItemStr("implementation", new PyStr(info.implementation));
        d.SetItemStr("monotonic", PyBool.From(info.monotonic));
        d.SetItemStr("adjustable", PyBool.From(info.adjustable));
        d.SetItemStr("resolution", new PyFloat(resolution));
        return new PySimpleNamespace(d);
    }
}
