namespace Ember.Modules.Math;

/// <summary>gamma and lgamma: CPython's m_tgamma and m_lgamma (Lanczos approximation), for the same results.</summary>
public static partial class MathModule
{
    private const double LanczosG = 6.024680040776729583740234375;
    private const double LanczosGMinusHalf = 5.524680040776729583740234375;
    private const double LogPi = 1.144729885849400174143427351353058711647;

    private static readonly double[] s_lanczosNum =
    [
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    ];

    private static readonly double[] s_lanczosDen =
    [
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
    ];

    private static readonly double[] s_gammaIntegral =
    [
        1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
        3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
        1307674368000.0, 20922789888000.0, 355687428096000.0,
        6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
        51090942171709440000.0, 1124000727777607680000.0,
    ];

    private static double LanczosSum(double x)
    {
        double num = 0.0, den = 0.0;
        int n = s_lanczosNum.Length;
        if (x < 5.0)
        {
            for (int i = n; --i >= 0;)
            {
                num = num * x + s_lanczosNum[i];
                den = den * x + s_lanczosDen[i];
            }
        }
        else
        {
            for (int i = 0; i < n; i++)
            {
                num = num / x + s_lanczosNum[i];
                den = den / x + s_lanczosDen[i];
            }
        }

        return num / den;
    }

    private static double SinPi(double x)
    {
        double y = System.Math.Abs(x) % 2.0;
        int n = (int)System.Math.Round(2.0 * y, MidpointRounding.AwayFromZero);
        double r = n switch
        {
            0 => Libm.Sin(System.Math.PI * y),
            1 => Libm.Cos(System.Math.PI * (y - 0.5)),
            2 => Libm.Sin(System.Math.PI * (1.0 - y)),
            3 => -Libm.Cos(System.Math.PI * (y - 1.5)),
            _ => Libm.Sin(System.Math.PI * (y - 2.0)),
        };
        return System.Math.CopySign(1.0, x) * r;
    }

    internal static double Gamma(double x, out Errno errno)
    {
        errno = Errno.None;
        if (!double.IsFinite(x))
        {
            if (double.IsNaN(x) || x > 0.0)
            {
                return x;
            }

            errno = Errno.Domain;
            return double.NaN;
        }

        if (x == 0.0)
        {
            errno = Errno.Domain;
            return System.Math.CopySign(double.PositiveInfinity, x);
        }

        if (x == System.Math.Floor(x))
        {
            if (x < 0.0)
            {
                errno = Errno.Domain;
                return double.NaN;
            }

            if (x <= s_gammaIntegral.Length)
            {
                return s_gammaIntegral[(int)x - 1];
            }
        }

        double absx = System.Math.Abs(x);
        double r;
        if (absx < 1e-20)
        {
            r = 1.0 / x;
            if (double.IsInfinity(r))
            {
                errno = Errno.Range;
            }

            return r;
        }

        if (absx > 200.0)
        {
            if (x < 0.0)
            {
                return 0.0 / SinPi(x);
            }

            errno = Errno.Range;
            return double.PositiveInfinity;
        }

        double y = absx + LanczosGMinusHalf;
        double z;
        if (absx > LanczosGMinusHalf)
        {
            double q = y - absx;
            z = q - LanczosGMinusHalf;
        }
        else
        {
            double q = y - LanczosGMinusHalf;
            z = q - absx;
        }

        z = z * LanczosG / y;
        if (x < 0.0)
        {
            r = -System.Math.PI / SinPi(absx) / absx * Libm.Exp(y) / LanczosSum(absx);
            r -= z * r;
            if (absx < 140.0)
            {
                r /= Libm.Pow(y, absx - 0.5);
            }
            else
            {
                double sqrtpow = Libm.Pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        }
        else
        {
            r = LanczosSum(absx) / Libm.Exp(y);
            r += z * r;
            if (absx < 140.0)
            {
                r *= Libm.Pow(y, absx - 0.5);
            }
            else
            {
                double sqrtpow = Libm.Pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }

        if (double.IsInfinity(r))
        {
            errno = Errno.Range;
        }

        return r;
    }

    internal static double LogGamma(double x, out Errno errno)
    {
        errno = Errno.None;
        if (!double.IsFinite(x))
        {
            return double.IsNaN(x) ? x : double.PositiveInfinity;
        }

        if (x == System.Math.Floor(x) && x <= 2.0)
        {
            if (x <= 0.0)
            {
                errno = Errno.Domain;
                return double.PositiveInfinity;
            }

            return 0.0;
        }

        double absx = System.Math.Abs(x);
        if (absx < 1e-20)
        {
            return -Libm.Log(absx);
        }

        double r = Libm.Log(LanczosSum(absx)) - LanczosG;
        r += (absx - 0.5) * (Libm.Log(absx + LanczosG - 0.5) - 1);
        if (x < 0.0)
        {
            r = LogPi - Libm.Log(System.Math.Abs(SinPi(absx))) - Libm.Log(absx) - r;
        }

        if (double.IsInfinity(r))
        {
            errno = Errno.Range;
        }

        return r;
    }
}
