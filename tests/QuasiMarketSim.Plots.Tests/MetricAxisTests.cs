namespace QuasiMarketSim.Plots.Tests;

public class MetricAxisTests
{
    [Theory]
    [InlineData(0.0088, "share", "0.88%")]
    [InlineData(0.25, "share", "25%")]
    [InlineData(156_700_000, "GBP per month", "GBP 156.7M")]
    [InlineData(52_300, "GBP", "GBP 52.3k")]
    [InlineData(0.5123, "0-1", "0.5123")]
    [InlineData(1.5e-5, "0-1", "0.000015")]
    public void Ticks_are_written_as_the_console_writes_values_never_in_e_notation(double value, string unit, string expected) =>
        Assert.Equal(expected, MetricAxis.Tick(value, unit));

    [Theory]
    [InlineData("share of patients not seen", "share", "share of patients not seen (%)")]
    [InlineData("cost", "GBP per month", "cost (GBP per month)")]
    [InlineData("hhi", "-", "hhi")]
    [InlineData("unplanned admissions per 1,000", "per 1,000 patients per month", "unplanned admissions (per 1,000 patients per month)")]
    public void Axis_titles_carry_the_label_and_unit(string label, string unit, string expected) => Assert.Equal(expected, MetricAxis.Title(label, unit));

    [Fact]
    public void A_single_runs_small_wiggle_is_shown_on_the_metrics_scale_not_as_a_cliff()
    {
        var plot = new ScottPlot.Plot();
        plot.Add.ScatterLine(new double[] { 0, 1, 2 }, new double[] { 0.60, 0.59, 0.57 });
        MetricAxis.AtLeastSensibleRange(plot, "0-1", [0.60, 0.59, 0.57]);
        var limits = plot.Axes.GetLimits();
        Assert.True(limits.Top - limits.Bottom >= 0.1, "a 0.03 dip of a 0-1 index is drawn within at least 0.1");
        Assert.True(limits.Bottom >= -0.01 && limits.Top <= 1.01);
    }
}
