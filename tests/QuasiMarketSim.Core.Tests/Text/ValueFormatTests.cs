using QuasiMarketSim.Core.Text;

namespace QuasiMarketSim.Core.Tests.Text;

public class ValueFormatTests
{
    [Theory]
    [InlineData(0.0400612, "0.04006")]
    [InlineData(1.5, "1.5")]
    [InlineData(26.031, "26.03")]
    [InlineData(1234.567, "1235")]
    [InlineData(16_860_000.0, "16,860,000")]
    [InlineData(-0.9048, "-0.9048")]
    [InlineData(0.0, "0")]
    public void Numbers_have_four_significant_digits_and_never_an_exponent(double value, string expected) =>
        Assert.Equal(expected, ValueFormat.Number(value));

    [Theory]
    [InlineData(0.0400612, "share", "4.0%")]
    [InlineData(0.6582, "0-1", "0.6582")]
    [InlineData(16_860_000.0, "GBP per month", "GBP 16.9M")]
    [InlineData(52_340.0, "GBP", "GBP 52.3k")]
    [InlineData(812.4, "GBP", "GBP 812")]
    [InlineData(26.031, "per 1,000 patients per month", "26.03")]
    public void Values_are_written_in_their_unit(double value, string unit, string expected) =>
        Assert.Equal(expected, ValueFormat.Of(value, unit));
}
