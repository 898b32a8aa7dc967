using System.Numerics;
using System.Text;
using Ember.Syntax.Parsing;
using Ember.Syntax.Text;
using Xunit;

namespace Ember.Syntax.Tests.Literals;

/// <summary>NUMBER token values; the expected reprs are what CPython 3.11 gives for the same literal.</summary>
public sealed class NumberLiteralsTests
{
    [Theory]
    [InlineData("0", "0")]
    [InlineData("1_000", "1000")]
    [InlineData("00", "0")]
    [InlineData("0_0", "0")]
    [InlineData("9223372036854775807", "9223372036854775807")]
    [InlineData("9223372036854775808", "9223372036854775808")]
    [InlineData("18446744073709551616", "18446744073709551616")]
    [InlineData("0xff", "255")]
    [InlineData("0X_FF", "255")]
    [InlineData("0xffffffffffffffff", "18446744073709551615")]
    [InlineData("0o777", "511")]
    [InlineData("0O1_7", "15")]
    [InlineData("0b1010", "10")]
    [InlineData("0B1_1", "3")]
    [InlineData("0b1111111111111111111111111111111111111111111111111111111111111111", "18446744073709551615")]
    [InlineData("0x7fffffffffffffff", "9223372036854775807")]
    [InlineData("0x8000000000000000", "9223372036854775808")]
    [InlineData("0x0000000000000000000000001", "1")]
    [InlineData("123456789012345678901234567890", "123456789012345678901234567890")]
    [InlineData("1.5", "1.5")]
    [InlineData("5.", "5.0")]
    [InlineData(".5", "0.5")]
    [InlineData("0.", "0.0")]
    [InlineData("1e5", "100000.0")]
    [InlineData("1E-5", "1e-05")]
    [InlineData("1e400", "inf")]
    [InlineData("1e-400", "0.0")]
    [InlineData("1.7976931348623157e308", "1.7976931348623157e+308")]
    [InlineData("1.7976931348623159e308", "inf")]
    [InlineData("2.4703282292062327e-324", "0.0")]
    [InlineData("2.4703282292062328e-324", "5e-324")]
    [InlineData("0.1", "0.1")]
    [InlineData("1_0.0_1e+0_1", "100.1")]
    [InlineData("09.5", "9.5")]
    [InlineData("00.5", "0.5")]
    [InlineData("0e0", "0.0")]
    [InlineData("1j", "1j")]
    [InlineData("0j", "0j")]
    [InlineData("1.5J", "1.5j")]
    [InlineData("09j", "9j")]
    [InlineData("1e400j", "infj")]
    [InlineData("1_0.0_1e+0_1j", "100.1j")]
    [InlineData("3.14159265358979323846264338327950288", "3.141592653589793")]
    public void ValueMatchesCPython(string literal, string expectedRepr)
    {
        var sb = new StringBuilder();
        PyRepr.AppendConstant(sb, NumberLiterals.Parse(literal));
        Assert.Equal(expectedRepr, sb.ToString());
    }

    [Theory]
    [InlineData("9223372036854775807")]
    [InlineData("0x7fffffffffffffff")]
    [InlineData("0b0")]
    [InlineData("999999999999999999")]
    public void IntegersThatFitAreLongs(string literal) => Assert.IsType<long>(NumberLiterals.Parse(literal));

    [Theory]
    [InlineData("9223372036854775808")]
    [InlineData("0x8000000000000000")]
    [InlineData("0o1000000000000000000000")]
    public void LargerIntegersAreBigIntegers(string literal) => Assert.IsType<BigInteger>(NumberLiterals.Parse(literal));

    [Fact]
    public void ImaginaryLiteralsHaveZeroRealPart()
    {
        var value = Assert.IsType<Complex>(NumberLiterals.Parse("2.5j"));
        Assert.Equal(new Complex(0.0, 2.5), value);
    }

    [Fact]
    public void HugeDecimalLiteralIsBigInteger()
    {
        var digits = new string('7', 1000);
        Assert.Equal(BigInteger.Parse(digits, System.Globalization.CultureInfo.InvariantCulture), NumberLiterals.Parse(digits));
    }
}
