using System.Runtime.CompilerServices;

namespace QuasiMarketSim.Model.Mechanisms;

/// <summary>
/// M(x) = E[tanh(x |Z|)] for a standard normal Z: the mean size of the trust signal s = tanh(k X) when X is pure
/// observation noise of standard deviation sd, with x = k sd. Tabulated once (Simpson's rule on [0, 8]) and
/// interpolated, so trust can take off the drift that noise alone would cause.
/// </summary>
internal static class ExpectedSurprise
{
    private const int Points = 1024;
    private const double MaxArgument = 20;
    private static readonly double[] Table = Build();

    /// <summary>E[tanh(x |Z|)], Z standard normal, for x &gt;= 0 (cubic interpolation between table points; held beyond the table).</summary>
    public static double MeanSignal(double x)
    {
        if (x <= 0) return 0;
        var at = x / MaxArgument * (Points - 1);
        if (at >= Points - 2) return Table[^1];
        var i = (int)at;
        var f = at - i;
        // Catmull-Rom through the four nearest points (mirrored at 0: M is odd in x).
        var p0 = i == 0 ? -Table[1] : Table[i - 1];
        double p1 = Table[i], p2 = Table[i + 1], p3 = Table[i + 2];
        return p1 + 0.5 * f * (p2 - p0 + f * (2 * p0 - 5 * p1 + 4 * p2 - p3 + f * (3 * (p1 - p2) + p3 - p0)));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double[] Build()
    {
        var table = new double[Points];
        const int steps = 800; // even, for Simpson's rule
        const double upper = 8;
        var h = upper / steps;
        // Simpson weights x the half-normal density, once: sqrt(2 / pi) exp(-z^2 / 2).
        var weight = new double[steps + 1];
        for (var j = 0; j <= steps; j++)
        {
            var z = j * h;
            weight[j] = (j == 0 || j == steps ? 1 : j % 2 == 1 ? 4 : 2) * Math.Exp(-z * z / 2) * Math.Sqrt(2 / Math.PI) * h / 3;
        }
        for (var p = 1; p < Points; p++)
        {
            var x = MaxArgument * p / (Points - 1);
            double sum = 0;
            for (var j = 1; j <= steps; j++) sum += weight[j] * Math.Tanh(x * j * h);
            table[p] = sum;
        }
        return table;
    }
}
