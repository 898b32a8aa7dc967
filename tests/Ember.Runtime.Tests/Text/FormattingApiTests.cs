using System.Numerics;
using System.Text;
using Ember.Runtime.Text;
using Xunit;

namespace Ember.Runtime.Tests.Text;

/// <summary>
/// Behaviour of the formatting API itself, beyond the oracle cases: results too
/// large for a .NET string, builders left as they were on failure, errors from
/// the caller's callbacks passed through, and the long-valued entry points.
/// </summary>
public sealed class FormattingApiTests
{
    [Theory]
    [InlineData("2000000000")]
    [InlineData("9223372036854775807")]
    [InlineData("0=2000000000,")]
    public void WidthPastStringLimitIsMemoryError(string spec)
    {
        var sb = new StringBuilder("kept");
        Assert.False(IntFormatter.TryFormat(sb, 5L, spec, "int", IntFormatter.DefaultMaxStrDigits, out var error));
        Assert.Equal(TextErrorKind.MemoryError, error.Kind);
        Assert.Equal("kept", sb.ToString());

        Assert.False(FloatFormatter.TryFormat(sb, 1.5, spec, "float", out error));
        Assert.Equal(TextErrorKind.MemoryError, error.Kind);
        Assert.False(StrFormatter.TryFormat(sb, "ab", spec.Replace("0=", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal), "str", out error));
        Assert.Equal(TextErrorKind.MemoryError, error.Kind);
        Assert.Equal("kept", sb.ToString());
    }

    [Fact]
    public void PrecisionPastStringLimitIsMemoryError()
    {
        var sb = new StringBuilder();
        Assert.False(FloatFormatter.TryFormat(sb, 1.5, ".2000000000f", "float", out var error));
        Assert.Equal(TextErrorKind.MemoryError, error.Kind);
        Assert.Equal(0, sb.Length);
    }

    [Fact]
    public void PercentFailureLeavesBuilderUnchanged()
    {
        var sb = new StringBuilder("kept");
        var args = new TupleArgs([PercentArg.FromInt(1), PercentArg.FromStr("x")]);
        Assert.False(PercentFormatter.TryFormat(sb, "%d and %d", ref args, IntFormatter.DefaultMaxStrDigits, out var error));
        Assert.Equal(TextErrorKind.TypeError, error.Kind);
        Assert.Equal("%d format: a real number is required, not str", error.Message);
        Assert.Equal("kept", sb.ToString());
    }

    [Fact]
    public void PercentPassesCallbackErrorsThrough()
    {
        var sb = new StringBuilder();
        var args = new TupleArgs([PercentArg.FromOther("thing")]);
        Assert.False(PercentFormatter.TryFormat(sb, "%s", ref args, IntFormatter.DefaultMaxStrDigits, out var error));
        Assert.Equal(TextErrorKind.Pending, error.Kind);
    }

    [Fact]
    public void PercentWidthPastStringLimitIsMemoryError()
    {
        var sb = new StringBuilder();
        var args = new TupleArgs([PercentArg.FromInt(long.MaxValue), PercentArg.FromInt(1)]);
        Assert.False(PercentFormatter.TryFormat(sb, "%*d", ref args, IntFormatter.DefaultMaxStrDigits, out var error));
        Assert.Equal(TextErrorKind.MemoryError, error.Kind);
    }

    [Fact]
    public void DigitLimitZeroMeansNoLimit()
    {
        string digits = new('7', 20000);
        Assert.True(IntParser.TryParse(digits, 10, 0, out var value, out _));
        Assert.True(IntFormatter.TryToDecimal(value, 0, out var text, out _));
        Assert.Equal(digits, text);
        Assert.False(IntFormatter.TryToDecimal(value, IntFormatter.DefaultMaxStrDigits, out _, out var error));
        Assert.Equal(TextErrorKind.ValueError, error.Kind);
    }

    [Fact]
    public void PowerOfTwoBasesParseLongInputsInLinearTime()
    {
        // A million hex digits: no limit applies and the conversion must not be quadratic.
        string text = "0x" + new string('f', 1_000_000);
        Assert.True(IntParser.TryParse(text, 0, IntFormatter.DefaultMaxStrDigits, out var value, out _));
        Assert.Equal(4_000_000, (long)value.GetBitLength());
        Assert.Equal(text, IntFormatter.ToBase(value, 16, prefix: true));
    }

    [Fact]
    public void AnyBaseRoundTrips()
    {
        var value = BigInteger.Pow(7, 300) - 12345;
        for (int radix = 2; radix <= 36; radix++)
        {
            string text = IntFormatter.ToBase(-value, radix, prefix: false);
            Assert.True(IntParser.TryParse(text, radix, 0, out var back, out _));
            Assert.Equal(-value, back);
        }
    }

    [Fact]
    public void NaNsHaveCPythonSignBits()
    {
        Assert.True(FloatParser.TryParse("nan", out double nan, out _));
        Assert.Equal(0x7FF8_0000_0000_0000UL, BitConverter.DoubleToUInt64Bits(nan));
        Assert.True(FloatParser.TryParse("-nan", out nan, out _));
        Assert.Equal(0xFFF8_0000_0000_0000UL, BitConverter.DoubleToUInt64Bits(nan));
    }

    /// <summary>A tuple operand of plain values; conversions are not available.</summary>
    private struct TupleArgs(PercentArg[] items) : IPercentArgs
    {
        public readonly int Count => items.Length;

        public readonly bool IsMapping => false;

        public readonly PercentArg Get(int index) => items[index];

        public readonly bool TryGetItem(string key, out PercentArg value, out TextError error)
        {
            value = default;
            error = new TextError(TextErrorKind.Pending, string.Empty);
            return false;
        }

        public readonly bool TryNumber(in PercentArg value, char conversion, out PercentArg number, out TextError error)
        {
            number = value;
            error = default;
            return true;
        }

        public readonly bool TryConvert(in PercentArg value, char conversion, out string text, out TextError error)
        {
            text = string.Empty;
            error = new TextError(TextErrorKind.Pending, string.Empty);
            return false;
        }
    }
}
