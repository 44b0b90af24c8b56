namespace QuasiMarketSim.Model.Mechanisms;

/// <summary>
/// M(x) = E[tanh(x |Z|)] for a standard normal Z: the mean size of the trust signal s = tanh(k X) when X is pure
/// observation noise of standard deviation sd, with x = k sd. Tabulated once (Simpson's rule on [0, 8]) and
/// interpolated, so trust can take off the drift that noise alone would cause.
/// </summary>
internal static class ExpectedSurprise
{
    private const int Points = 4096;
    private const double MaxArgument = 40;
    private static readonly double[] Table = Build();

    /// <summary>E[tanh(x |Z|)], Z standard normal, for x &gt;= 0.</summary>
    public static double MeanSignal(double x)
    {
        if (x <= 0) return 0;
        var at = x / MaxArgument * (Points - 1);
        if (at >= Points - 1) return Table[^1];
        var i = (int)at;
        var f = at - i;
        return Table[i] + f * (Table[i + 1] - Table[i]);
    }

    private static double[] Build()
    {
        var table = new double[Points];
        const int steps = 2000; // even, for Simpson's rule
        const double upper = 8;
        var h = upper / steps;
        for (var p = 0; p < Points; p++)
        {
            var x = MaxArgument * p / (Points - 1);
            double sum = 0;
            for (var j = 0; j <= steps; j++)
            {
                var z = j * h;
                var weight = j == 0 || j == steps ? 1 : j % 2 == 1 ? 4 : 2;
                sum += weight * Math.Tanh(x * z) * Math.Exp(-z * z / 2);
            }
            // 2 x density of the half-normal: sqrt(2 / pi) exp(-z^2 / 2).
            table[p] = sum * h / 3 * Math.Sqrt(2 / Math.PI);
        }
        return table;
    }
}
