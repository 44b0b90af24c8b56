namespace QuasiMarketSim.Scenarios;

/// <summary>"Did you mean" for misspelt keys and choices.</summary>
internal static class Suggestions
{
    /// <summary>A hint naming the closest candidate, or listing the candidates when none is close.</summary>
    public static string Hint(string given, IEnumerable<string> candidates)
    {
        var list = candidates.ToList();
        var best = list.OrderBy(c => Distance(given, c)).ThenBy(c => c, StringComparer.Ordinal).FirstOrDefault();
        if (best is not null && Distance(given, best) <= Math.Max(2, given.Length / 3)) return $"did you mean '{best}'?";
        return $"expected one of {string.Join(", ", list)}";
    }

    /// <summary>Levenshtein edit distance.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
