using System.Runtime.InteropServices;

namespace Ember.Modules.Math;

/// <summary>
/// The C library's math functions, called directly so that results are the
/// ones CPython gets from the same libm (.NET lacks erf, erfc, expm1, log1p,
/// exp2 and remainder with libm's accuracy). Stateless.
/// </summary>
internal static class Libm
{
    private const string Lib = "libm.so.6";

    [DllImport(Lib, EntryPoint = "sin")] public static extern double Sin(double x);
    [DllImport(Lib, EntryPoint = "cos")] public static extern double Cos(double x);
    [DllImport(Lib, EntryPoint = "tan")] public static extern double Tan(double x);
    [DllImport(Lib, EntryPoint = "asin")] public static extern double Asin(double x);
    [DllImport(Lib, EntryPoint = "acos")] public static extern double Acos(double x);
    [DllImport(Lib, EntryPoint = "atan")] public static extern double Atan(double x);
    [DllImport(Lib, EntryPoint = "atan2")] public static extern double Atan2(double y, double x);
    [DllImport(Lib, EntryPoint = "sinh")] public static extern double Sinh(double x);
    [DllImport(Lib, EntryPoint = "cosh")] public static extern double Cosh(double x);
    [DllImport(Lib, EntryPoint = "tanh")] public static extern double Tanh(double x);
    [DllImport(Lib, EntryPoint = "asinh")] public static extern double Asinh(double x);
    [DllImport(Lib, EntryPoint = "acosh")] public static extern double Acosh(double x);
    [DllImport(Lib, EntryPoint = "atanh")] public static extern double Atanh(double x);
    [DllImport(Lib, EntryPoint = "exp")] public static extern double Exp(double x);
    [DllImport(Lib, EntryPoint = "exp2")] public static extern double Exp2(double x);
    [DllImport(Lib, EntryPoint = "expm1")] public static extern double Expm1(double x);
    [DllImport(Lib, EntryPoint = "log")] public static extern double Log(double x);
    [DllImport(Lib, EntryPoint = "log2")] public static extern double Log2(double x);
    [DllImport(Lib, EntryPoint = "log10")] public static extern double Log10(double x);
    [DllImport(Lib, EntryPoint = "log1p")] public static extern double Log1p(double x);
    [DllImport(Lib, EntryPoint = "cbrt")] public static extern double Cbrt(double x);
    [DllImport(Lib, EntryPoint = "erf")] public static extern double Erf(double x);
    [DllImport(Lib, EntryPoint = "erfc")] public static extern double Erfc(double x);
    [DllImport(Lib, EntryPoint = "pow")] public static extern double Pow(double x, double y);
    [DllImport(Lib, EntryPoint = "remainder")] public static extern double Remainder(double x, double y);
    [DllImport(Lib, EntryPoint = "nextafter")] public static extern double NextAfter(double x, double y);
}
