namespace QuasiMarketSim.Experiments.Designs;

/// <summary>A full factorial design: every combination of the given values of each factor.</summary>
public static class FullGrid
{
    /// <summary>
    /// All combinations of <paramref name="valuesPerFactor"/> (the Cartesian product), as
    /// <c>result[combination][factor]</c>, in row-major order: the last factor varies fastest, the first slowest, like
    /// nested loops with the first factor outermost. Combination c takes from factor f the value at index
    /// <c>(c / prod_{g &gt; f} n_g) mod n_f</c>. With no factors there is one (empty) combination; a factor with no
    /// values gives none. Values are taken as given (in parameter units or unit-cube coordinates alike).
    /// </summary>
    /// <exception cref="ArgumentException">The number of combinations exceeds <see cref="Array.MaxLength"/>.</exception>
    public static double[][] Enumerate(IReadOnlyList<IReadOnlyList<double>> valuesPerFactor)
    {
        ArgumentNullException.ThrowIfNull(valuesPerFactor);
        var factors = valuesPerFactor.Count;
        long count = 1;
        for (var f = 0; f < factors; f++)
        {
            count *= valuesPerFactor[f].Count;
            if (count > Array.MaxLength)
                throw new ArgumentException($"the grid has more than {Array.MaxLength} combinations", nameof(valuesPerFactor));
        }
        var result = new double[count][];
        var index = new int[factors];
        for (var c = 0; c < count; c++)
        {
            var row = new double[factors];
            for (var f = 0; f < factors; f++) row[f] = valuesPerFactor[f][index[f]];
            result[c] = row;
            // Odometer increment, last factor fastest.
            for (var f = factors - 1; f >= 0; f--)
            {
                if (++index[f] < valuesPerFactor[f].Count) break;
                index[f] = 0;
            }
        }
        return result;
    }
}
