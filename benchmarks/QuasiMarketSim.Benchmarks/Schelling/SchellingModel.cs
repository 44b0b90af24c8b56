using QuasiMarketSim.Core.Random;

namespace QuasiMarketSim.Benchmarks.Schelling;

/// <summary>
/// Schelling's segregation model as the ABMFrameworksComparison declaration (JuliaDynamics,
/// Schelling/DECLARATION.md) defines it, written data-oriented so it can serve as a cross-framework yardstick.
/// </summary>
/// <remarks>
/// <para>Rules: two groups of agents on a finite, non-periodic grid, at most one agent per cell. Each step every
/// agent is activated once, in a fresh random order: it counts the agents of its own group in the Moore (Chebyshev)
/// neighbourhood of the given radius, itself excluded and cells beyond the edge ignored; it is happy and stays if
/// the count is at least <see cref="MinSimilar"/>, and otherwise moves to a random empty cell. Every agent is
/// evaluated every step, happy or not: the declaration dropped the rule that let an agent once happy skip its
/// turns ("Make Schelling comparison fairer", August 2023), and its implementations (Agents.jl, Mesa, MASON) re-evaluate.</para>
/// <para>Layout: flat arrays (cell to agent id or -1, cell to group code for the neighbour count, agent to cell,
/// agent to group, agent to happy flag), an array of the empty cells so a random empty cell is one draw (the
/// vacated cell takes the chosen one's slot), and a permutation buffer shuffled in place (Fisher-Yates) each step.
/// <see cref="Step"/> allocates nothing.</para>
/// <para>Random numbers come from one counter-based <see cref="RandomStream"/> per step keyed by (seed, step),
/// so a run is a pure function of its seed.</para>
/// </remarks>
public sealed class SchellingModel
{
    private const ulong SetupStream = 0x5C4E;
    private const ulong StepStream = 0x5C4F;

    private readonly int[] _grid;
    private readonly byte[] _cellCode;
    private readonly int[] _cellOf;
    private readonly byte[] _group;
    private readonly bool[] _happy;
    private readonly int[] _empty;
    private readonly int[] _order;
    private readonly ulong _seed;

    /// <summary>Places <paramref name="agents"/> agents, half of each group, on random distinct cells.</summary>
    public SchellingModel(int width, int height, int agents, int radius, int minSimilar, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(agents, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(agents, width * height);
        ArgumentOutOfRangeException.ThrowIfLessThan(radius, 1);
        Width = width;
        Height = height;
        Radius = radius;
        MinSimilar = minSimilar;
        _seed = seed;

        var cells = width * height;
        _grid = new int[cells];
        _cellCode = new byte[cells];
        _cellOf = new int[agents];
        _group = new byte[agents];
        _happy = new bool[agents];
        _order = new int[agents];
        _empty = new int[cells - agents];

        // A partial Fisher-Yates shuffle of all cells: the first `agents` are the agents' cells, the rest are empty.
        var all = new int[cells];
        for (var c = 0; c < cells; c++) all[c] = c;
        var rng = new RandomStream(seed, SetupStream, 0, 0);
        Array.Fill(_grid, -1);
        for (var a = 0; a < agents; a++)
        {
            var j = a + rng.NextInt(cells - a);
            (all[a], all[j]) = (all[j], all[a]);
            _cellOf[a] = all[a];
            _grid[all[a]] = a;
            _group[a] = (byte)(a < agents / 2 ? 0 : 1);
            _cellCode[all[a]] = (byte)(_group[a] + 1);
            _order[a] = a;
        }
        Array.Copy(all, agents, _empty, 0, _empty.Length);
    }

    /// <summary>The small configuration of the comparison: 40x40, 1,000 agents, radius 1, at least 3 similar.</summary>
    public static SchellingModel Small(ulong seed) => new(40, 40, 1000, 1, 3, seed);

    /// <summary>The large configuration of the comparison: 100x100, 8,000 agents, radius 2, at least 8 similar.</summary>
    public static SchellingModel Large(ulong seed) => new(100, 100, 8000, 2, 8, seed);

    /// <summary>Builds a named configuration ("small" or "large").</summary>
    public static SchellingModel Create(string size, ulong seed) => size switch
    {
        "small" => Small(seed),
        "large" => Large(seed),
        _ => throw new ArgumentOutOfRangeException(nameof(size), size, "Expected \"small\" or \"large\"."),
    };

    public int Width { get; }
    public int Height { get; }
    public int Radius { get; }

    /// <summary>Same-group neighbours needed to be happy (a model property, read by the agents each activation).</summary>
    public int MinSimilar { get; }

    /// <summary>Agents in the model.</summary>
    public int AgentCount => _cellOf.Length;

    /// <summary>Steps run so far.</summary>
    public int Steps { get; private set; }

    /// <summary>Cell (y * width + x) to agent id, or -1 when empty.</summary>
    public ReadOnlySpan<int> Grid => _grid;

    /// <summary>Cell to 0 when empty, else 1 + the group of the agent there (what the neighbour count reads).</summary>
    public ReadOnlySpan<byte> CellCode => _cellCode;

    /// <summary>Agent id to cell.</summary>
    public ReadOnlySpan<int> CellOf => _cellOf;

    /// <summary>Agent id to group (0 or 1).</summary>
    public ReadOnlySpan<byte> Group => _group;

    /// <summary>Agent id to its happy flag at its last activation.</summary>
    public ReadOnlySpan<bool> HappyFlag => _happy;

    /// <summary>The empty cells, in no particular order.</summary>
    public ReadOnlySpan<int> EmptyCells => _empty;

    /// <summary>Runs <paramref name="steps"/> steps.</summary>
    public void Run(int steps)
    {
        for (var s = 0; s < steps; s++) Step();
    }

    /// <summary>One step: every agent activated once, in a fresh random order. Allocates nothing.</summary>
    public void Step()
    {
        var rng = new RandomStream(_seed, StepStream, 0, (ulong)Steps);
        var order = _order;
        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = rng.NextInt(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        var grid = _grid;
        var cellOf = _cellOf;
        var happy = _happy;
        var empty = _empty;
        var code = _cellCode;
        foreach (var agent in order)
        {
            // Re-evaluated every step: a neighbour who moved away can make a happy agent unhappy again.
            happy[agent] = SameGroupNeighbours(agent) >= MinSimilar;
            if (happy[agent]) continue;
            var cell = cellOf[agent];
            var k = rng.NextInt(empty.Length);
            var target = empty[k];
            empty[k] = cell;
            grid[cell] = -1;
            grid[target] = agent;
            code[target] = code[cell];
            code[cell] = 0;
            cellOf[agent] = target;
        }
        Steps++;
    }

    /// <summary>
    /// Agents of <paramref name="agent"/>'s group in the Moore neighbourhood of its cell (radius
    /// <see cref="Radius"/>, the agent itself excluded, no wrap-around).
    /// </summary>
    public int SameGroupNeighbours(int agent)
    {
        var cell = _cellOf[agent];
        var own = _cellCode[cell];
        var w = Width;
        var r = Radius;
        var x = cell % w;
        var y = cell / w;
        var x0 = Math.Max(0, x - r);
        var x1 = Math.Min(w - 1, x + r);
        var y0 = Math.Max(0, y - r);
        var y1 = Math.Min(Height - 1, y + r);
        var code = _cellCode;
        var count = 0;
        for (var ny = y0; ny <= y1; ny++)
        {
            var row = ny * w;
            for (var nx = x0; nx <= x1; nx++)
            {
                // Branch-free: which group a neighbour belongs to is unpredictable, so a branch here mispredicts often.
                count += code[row + nx] == own ? 1 : 0;
            }
        }
        // The loop also counted the agent itself.
        return count - 1;
    }

    /// <summary>
    /// Share of agents that would be happy where they stand now (recomputed, unlike <see cref="HappyFlag"/>,
    /// which records each agent's last activation, before later moves changed its neighbourhood).
    /// </summary>
    public double HappyShare()
    {
        var happy = 0;
        for (var a = 0; a < _cellOf.Length; a++)
        {
            if (SameGroupNeighbours(a) >= MinSimilar) happy++;
        }
        return (double)happy / _cellOf.Length;
    }
}
