using ScottPlot;

namespace QuasiMarketSim.Plots;

/// <summary>The Okabe-Ito palette: distinguishable with the common forms of colour blindness (Okabe and Ito 2008).</summary>
public static class Palette
{
    /// <summary>Colours in order of use.</summary>
    public static IReadOnlyList<Color> Colors { get; } =
    [
        Color.FromHex("#0072B2"), Color.FromHex("#D55E00"), Color.FromHex("#009E73"), Color.FromHex("#CC79A7"),
        Color.FromHex("#E69F00"), Color.FromHex("#56B4E9"), Color.FromHex("#F0E442"), Color.FromHex("#000000"),
    ];

    /// <summary>The i-th colour (cycling).</summary>
    public static Color At(int i) => Colors[i % Colors.Count];
}
