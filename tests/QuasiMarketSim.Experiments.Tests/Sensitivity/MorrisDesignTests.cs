using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using QuasiMarketSim.Experiments.Sensitivity;

namespace QuasiMarketSim.Experiments.Tests.Sensitivity;

public class MorrisDesignTests
{
    private static Gen<ulong> Seeds => from hi in Gen.Choose(0, int.MaxValue) from lo in Gen.Choose(0, int.MaxValue) select ((ulong)hi << 33) ^ (ulong)lo;

    [Property(MaxTest = 200)]
    public Property Trajectories_move_one_factor_by_plus_or_minus_delta_at_a_time_inside_the_cube() =>
        Prop.ForAll(
            (from k in Gen.Choose(1, 10) from r in Gen.Choose(1, 20) from p in Gen.Elements(2, 4, 6, 8) from seed in Seeds select (k, r, p, seed)).ToArbitrary(),
            x =>
            {
                var design = MorrisDesign.Generate(x.k, x.r, x.p, x.seed);
                if (design.Points.Length != x.r * (x.k + 1)) return false;
                for (var t = 0; t < x.r; t++)
                {
                    var moved = new bool[x.k];
                    for (var s = 0; s <= x.k; s++)
                    {
                        var point = design.Points[design.Row(t, s)];
                        if (point.Length != x.k) return false;
                        foreach (var c in point)
                        {
                            var grid = c * (x.p - 1);
                            if (c < 0 || c > 1 || Math.Abs(grid - Math.Round(grid)) > 1e-12) return false;
                        }
                        if (s == x.k) continue;
                        var next = design.Points[design.Row(t, s + 1)];
                        var changed = Enumerable.Range(0, x.k).Where(i => next[i] != point[i]).ToArray();
                        if (changed.Length != 1 || changed[0] != design.ChangedFactor[t * x.k + s]) return false;
                        if (Math.Abs(Math.Abs(next[changed[0]] - point[changed[0]]) - design.Delta) > 1e-12) return false;
                        if (moved[changed[0]]) return false;
                        moved[changed[0]] = true;
                    }
                    if (moved.Any(m => !m)) return false;
                }
                return true;
            });

    [Theory]
    [InlineData(2, 1.0)]
    [InlineData(4, 2.0 / 3)]
    [InlineData(6, 0.6)]
    [InlineData(10, 10.0 / 18)]
    public void Delta_is_p_over_2_p_minus_1(int levels, double delta) =>
        Assert.Equal(delta, MorrisDesign.Generate(3, 1, levels, 0).Delta, 15);

    [Fact]
    public void Starts_directions_and_orders_are_all_used_evenly()
    {
        const int k = 4, r = 2000;
        var design = MorrisDesign.Generate(k, r, 4, 17);
        // Every grid level {0, 1/3, 2/3, 1} appears, in roughly equal shares, at trajectory starts.
        var starts = Enumerable.Range(0, r).SelectMany(t => design.Points[design.Row(t, 0)]).ToArray();
        foreach (var level in new[] { 0.0, 1 / 3.0, 2 / 3.0, 1.0 })
            Assert.InRange(starts.Count(x => Math.Abs(x - level) < 1e-12) / (double)starts.Length, 0.235, 0.265);
        // Half the steps go up.
        var up = 0;
        for (var t = 0; t < r; t++)
            for (var s = 0; s < k; s++)
            {
                var f = design.ChangedFactor[t * k + s];
                if (design.Points[design.Row(t, s + 1)][f] > design.Points[design.Row(t, s)][f]) up++;
            }
        Assert.InRange(up / (double)(r * k), 0.48, 0.52);
        // Each factor moves first in about a quarter of the trajectories.
        for (var f = 0; f < k; f++)
            Assert.InRange(Enumerable.Range(0, r).Count(t => design.ChangedFactor[t * k] == f) / (double)r, 0.22, 0.28);
    }

    [Fact]
    public void The_design_is_a_function_of_the_seed()
    {
        var a = MorrisDesign.Generate(5, 10, 4, 123);
        Assert.Equal(a.Points, MorrisDesign.Generate(5, 10, 4, 123).Points);
        Assert.Equal(a.ChangedFactor, MorrisDesign.Generate(5, 10, 4, 123).ChangedFactor);
        Assert.NotEqual(a.Points, MorrisDesign.Generate(5, 10, 4, 124).Points);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(0)]
    [InlineData(-2)]
    public void Odd_or_too_few_levels_are_refused(int levels) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MorrisDesign.Generate(3, 4, levels, 0));
}
