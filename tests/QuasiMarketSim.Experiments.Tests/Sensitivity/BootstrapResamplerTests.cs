using QuasiMarketSim.Experiments.Sensitivity;

namespace QuasiMarketSim.Experiments.Tests.Sensitivity;

public class BootstrapResamplerTests
{
    [Fact]
    public void Resamples_draw_every_index_uniformly_with_replacement_and_repeat_per_seed()
    {
        const int n = 10;
        var counts = new int[n];
        var a = new int[n];
        var b = new int[n];
        for (var replicate = 0; replicate < 10_000; replicate++)
        {
            BootstrapResampler.Fill(a, 1, 2, replicate);
            BootstrapResampler.Fill(b, 1, 2, replicate);
            Assert.Equal(a, b);
            foreach (var i in a) counts[i]++;
        }
        // 100,000 draws, 10,000 expected per index (sd ~95).
        Assert.All(counts, c => Assert.InRange(c, 9_600, 10_400));
        BootstrapResampler.Fill(b, 1, 3, 9_999);
        Assert.NotEqual(a, b);
    }
}
