namespace QuasiMarketSim.Benchmarks.Schelling;

/// <summary>Cheap invariants of <see cref="SchellingModel"/>, run before it is benchmarked so a broken model cannot be timed.</summary>
public static class SchellingChecks
{
    /// <summary>Steps per run in the comparison.</summary>
    public const int Steps = 20;

    /// <summary>
    /// Least share of happy agents after <see cref="Steps"/> steps: the comparison's implementations, which re-evaluate
    /// every agent every step as this one does, end at about 0.996-1.0 at both sizes; a model that stops short of 0.99
    /// is doing less (or other) work than theirs.
    /// </summary>
    public const double MinFinalHappy = 0.99;

    /// <summary>
    /// Runs each size for <see cref="Steps"/> steps and throws if agents were lost or duplicated, a cell holds two
    /// agents, the grid, group codes and empty-cell list disagree, the neighbour count disagrees with one computed a
    /// second, naive way, or the final share of happy agents is below <see cref="MinFinalHappy"/>.
    /// </summary>
    /// <returns>Per size, the share of happy agents before and after.</returns>
    public static IReadOnlyList<(string Size, double Before, double After)> Verify(ulong seed = 1)
    {
        var results = new List<(string, double, double)>();
        foreach (var size in new[] { "small", "large" })
        {
            var model = SchellingModel.Create(size, seed);
            CheckConsistent(model, $"{size}, after setup");
            CheckNeighbours(model, $"{size}, after setup");
            var before = model.HappyShare();
            model.Run(Steps);
            CheckConsistent(model, $"{size}, after {Steps} steps");
            CheckNeighbours(model, $"{size}, after {Steps} steps");
            var after = model.HappyShare();
            if (after < MinFinalHappy)
            {
                throw new InvalidOperationException(
                    $"Schelling {size}: share of happy agents went from {before:F3} to {after:F3} over {Steps} steps; the comparison's implementations reach {MinFinalHappy} or more.");
            }
            results.Add((size, before, after));
        }
        return results;
    }

    /// <summary>Every agent's same-group neighbour count, recounted from the agents' positions alone (no grid codes, no clipping arithmetic).</summary>
    public static void CheckNeighbours(SchellingModel model, string when)
    {
        var (w, r) = (model.Width, model.Radius);
        var cellOf = model.CellOf;
        var group = model.Group;
        for (var a = 0; a < model.AgentCount; a++)
        {
            var (ax, ay) = (cellOf[a] % w, cellOf[a] / w);
            var naive = 0;
            for (var b = 0; b < model.AgentCount; b++)
            {
                if (b == a || group[b] != group[a]) continue;
                var (bx, by) = (cellOf[b] % w, cellOf[b] / w);
                if (Math.Max(Math.Abs(ax - bx), Math.Abs(ay - by)) <= r) naive++;
            }
            if (naive != model.SameGroupNeighbours(a)) Fail(when, $"agent {a} has {naive} same-group neighbours counted naively but {model.SameGroupNeighbours(a)} by the model");
        }
    }

    /// <summary>Throws unless grid, agent positions, groups and empty cells describe one consistent placement.</summary>
    public static void CheckConsistent(SchellingModel model, string when)
    {
        var grid = model.Grid;
        var cellOf = model.CellOf;
        var group = model.Group;
        var n = model.AgentCount;
        if (cellOf.Length != n) Fail(when, $"{cellOf.Length} agent positions for {n} agents");

        var occupied = 0;
        for (var c = 0; c < grid.Length; c++)
        {
            var a = grid[c];
            if (a == -1)
            {
                if (model.CellCode[c] != 0) Fail(when, $"empty cell {c} has group code {model.CellCode[c]}");
                continue;
            }
            if (a < 0 || a >= n) Fail(when, $"cell {c} holds unknown agent {a}");
            if (cellOf[a] != c) Fail(when, $"cell {c} holds agent {a}, which is at cell {cellOf[a]}");
            if (model.CellCode[c] != group[a] + 1) Fail(when, $"cell {c} has group code {model.CellCode[c]} but agent {a} is in group {group[a]}");
            occupied++;
        }
        // Every occupied cell names an agent standing there, so distinct cells mean distinct agents; with as many
        // occupied cells as agents, each agent is on exactly one cell and no cell holds two.
        if (occupied != n) Fail(when, $"{occupied} occupied cells for {n} agents (an agent was lost or two share a cell)");

        var seen = new bool[grid.Length];
        foreach (var c in model.EmptyCells)
        {
            if (grid[c] != -1) Fail(when, $"cell {c} is listed empty but holds agent {grid[c]}");
            if (seen[c]) Fail(when, $"cell {c} is listed empty twice");
            seen[c] = true;
        }
        if (model.EmptyCells.Length + n != grid.Length) Fail(when, "empty cells plus agents do not fill the grid");

        var ones = 0;
        foreach (var g in group) ones += g;
        if (ones != n / 2 && ones != n - n / 2) Fail(when, $"groups are {n - ones} and {ones}, not an even split");
    }

    private static void Fail(string when, string what) => throw new InvalidOperationException($"Schelling {when}: {what}.");
}
