using System.Globalization;
using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.Metrics;

namespace QuasiMarketSim.Experiments.Calibration;

/// <summary>
/// What a calibration target reads from one run: the whole-run value of each metric (the total over the run for flows,
/// the mean for levels and shares; <see cref="RunUnit.WholeRun"/>), the months recorded and the service areas (one
/// commissioner's one service line: the unit the three-PCT study counted).
/// </summary>
public sealed class RunOutcome
{
    private readonly Dictionary<string, double> _values;

    /// <summary>An outcome from metric names and their whole-run values (hand-made numbers in tests).</summary>
    /// <param name="values">Whole-run value by metric name.</param>
    /// <param name="months">Months recorded.</param>
    /// <param name="serviceAreas">Commissioners x service lines.</param>
    public RunOutcome(IReadOnlyDictionary<string, double> values, int months, int serviceAreas)
    {
        _values = new Dictionary<string, double>(values);
        Months = months;
        ServiceAreas = serviceAreas;
    }

    /// <summary>The outcome of a run of <paramref name="input"/> whose whole-run values are <paramref name="wholeRun"/>.</summary>
    public static RunOutcome Of(IReadOnlyList<MetricInfo> metrics, IReadOnlyList<double> wholeRun, ScenarioInput input) =>
        new(metrics.Select((m, i) => (m.Name, Value: wholeRun[i])).ToDictionary(x => x.Name, x => x.Value), input.Ticks, ServiceAreasOf(input));

    /// <summary>Commissioners x service lines of <paramref name="input"/>.</summary>
    public static int ServiceAreasOf(ScenarioInput input) => Convert.ToInt32(input.Value("world.commissioners"), CultureInfo.InvariantCulture) * input.ServiceLines.Count;

    /// <summary>Months recorded.</summary>
    public int Months { get; }

    /// <summary>Years recorded (months / 12).</summary>
    public double Years => Months / 12.0;

    /// <summary>Service areas: commissioners x service lines.</summary>
    public int ServiceAreas { get; }

    /// <summary>The whole-run value of <paramref name="metric"/>.</summary>
    /// <exception cref="KeyNotFoundException">The run has no such metric.</exception>
    public double this[string metric] => _values.TryGetValue(metric, out var v) ? v : throw new KeyNotFoundException($"no metric '{metric}' in the run");
}
