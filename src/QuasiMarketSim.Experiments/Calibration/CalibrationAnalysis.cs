using MathNet.Numerics.Distributions;
using QuasiMarketSim.Core.Random;

namespace QuasiMarketSim.Experiments.Calibration;

/// <summary>
/// ABC rejection (Pritchard et al. 1999; Beaumont, Zhang and Balding 2002) on runs already made, with the declared
/// observation uncertainty as the acceptance kernel (Wilkinson 2013): a parameter set whose R runs average s_k on
/// fitted target k is accepted with probability exp(-d^2 / 2), d^2 = sum over fitted targets of (s_k - z_k)^2 / sd_k^2.
/// The accepted sets are then a sample from the exact posterior of the model "observation = mean of R runs + Normal
/// error of the declared sd" (the Monte Carlo noise of the mean is part of the simulator's output, so it widens the
/// posterior as it should). Each set's largest implausibility |s_k - z_k| / sqrt(sd_k^2 + V_k / R) (Vernon,
/// Goldstein and Bower 2010), V_k the Monte Carlo variance of one run, says whether it meets the targets at all.
/// A pure function of its inputs: acceptance draws come from a counter-based stream keyed by the seed and the set.
/// </summary>
public sealed class CalibrationAnalysis
{
    /// <summary>Implausibility above which a parameter set is ruled out (Pukelsheim's three-sigma rule).</summary>
    public const double Cutoff = 3;

    /// <summary>Random subsets drawn to judge whether a parameter's posterior differs from a random subset of the prior sample.</summary>
    public const int ReferenceSubsets = 1000;

    /// <summary>Random stream of the acceptance draws (agent: the parameter set).</summary>
    private const ulong AcceptStream = 0xABC0;

    /// <summary>Random stream of the reference subsets (agent: the subset).</summary>
    private const ulong SubsetStream = 0xCA11B;

    private readonly bool[] _accepted;

    private CalibrationAnalysis(double[] distance, double[] implausibility, bool[] accepted, IReadOnlyList<TargetResult> targets)
    {
        _accepted = accepted;
        Distance = distance;
        Implausibility = implausibility;
        Accepted = [.. Enumerable.Range(0, accepted.Length).Where(s => accepted[s])];
        Targets = targets;
    }

    /// <summary>Each parameter set's distance d: sqrt(sum over fitted targets of (mean of its runs - z)^2 / sd^2), in observation sds.</summary>
    public IReadOnlyList<double> Distance { get; }

    /// <summary>Each parameter set's chance of acceptance, exp(-d^2 / 2).</summary>
    public IEnumerable<double> AcceptanceProbability => Distance.Select(Kernel);

    /// <summary>Each parameter set's largest implausibility over the fitted targets, |mean - z| / sqrt(sd^2 + V / R).</summary>
    public IReadOnlyList<double> Implausibility { get; }

    /// <summary>The accepted parameter sets, in set order: the posterior sample.</summary>
    public IReadOnlyList<int> Accepted { get; }

    /// <summary>Every target: prior and posterior predictive, coverage and implausibility.</summary>
    public IReadOnlyList<TargetResult> Targets { get; }

    /// <summary>Every calibrated parameter: prior and posterior sample, narrowing and shift.</summary>
    public IReadOnlyList<ParameterResult> Parameters { get; private set; } = [];

    /// <summary>Parameter sets whose every fitted target has implausibility at most <see cref="Cutoff"/> (not ruled out).</summary>
    public int WithinCutoff => Implausibility.Count(i => i <= Cutoff);

    /// <summary>Accepted parameter sets whose every fitted target has implausibility at most <see cref="Cutoff"/>.</summary>
    public int AcceptedWithinCutoff => Accepted.Count(i => Implausibility[i] <= Cutoff);

    /// <summary>The p-value below which a parameter counts as informed by the targets: 5% over the number of parameters (Bonferroni).</summary>
    public double InformedThreshold => Parameters.Count == 0 ? 0.05 : 0.05 / Parameters.Count;

    /// <summary>True when set <paramref name="set"/> was accepted.</summary>
    public bool IsAccepted(int set) => _accepted[set];

    /// <summary>The acceptance kernel: exp(-d^2 / 2), the Normal observation error's density relative to its peak.</summary>
    public static double Kernel(double distance) => Math.Exp(-0.5 * distance * distance);

    /// <summary>Analyses a calibration's runs.</summary>
    /// <param name="paths">The calibrated parameters.</param>
    /// <param name="values">values[set][parameter]: each set's parameter values.</param>
    /// <param name="runs">runs[set][replication][target]: each run's value of each target.</param>
    /// <param name="targets">The targets, in the order of the runs' values.</param>
    /// <param name="roles">Each target's role.</param>
    /// <param name="seed">Seed of the acceptance draws and the reference subsets.</param>
    public static CalibrationAnalysis Run(IReadOnlyList<string> paths, double[][] values, double[][][] runs, IReadOnlyList<CalibrationTarget> targets,
        IReadOnlyList<TargetRole> roles, ulong seed)
    {
        var sets = runs.Length;
        var r = runs[0].Length;
        if (r < 2) throw new ArgumentException("--replications: expected 2 or more per parameter set (the Monte Carlo variance is estimated from them)");
        var k = targets.Count;
        var means = runs.Select(set => Enumerable.Range(0, k).Select(t => set.Average(rep => rep[t])).ToArray()).ToArray();
        // Pooled within-set variance of one run's value: the Monte Carlo noise (R is too small to estimate it set by set).
        var monteCarlo = Enumerable.Range(0, k).Select(t => Enumerable.Range(0, sets)
            .Average(s => runs[s].Sum(rep => (rep[t] - means[s][t]) * (rep[t] - means[s][t])) / (r - 1))).ToArray();
        var fitted = Enumerable.Range(0, k).Where(t => roles[t] == TargetRole.Fitted).ToArray();
        var distance = new double[sets];
        var implausibility = new double[sets];
        var accepted = new bool[sets];
        for (var s = 0; s < sets; s++)
        {
            foreach (var t in fitted)
            {
                var gap = means[s][t] - targets[t].Observed;
                distance[s] += gap * gap / (targets[t].Sd * targets[t].Sd);
                implausibility[s] = Math.Max(implausibility[s], targets[t].Implausibility(means[s][t], monteCarlo[t] / r));
            }
            distance[s] = Math.Sqrt(distance[s]);
            accepted[s] = new RandomStream(seed, AcceptStream, (ulong)s, 0).NextDouble() < Kernel(distance[s]);
        }
        var acceptedSets = Enumerable.Range(0, sets).Where(s => accepted[s]).ToArray();
        var targetResults = Enumerable.Range(0, k).Select(t => new TargetResult(targets[t], roles[t], monteCarlo[t],
            SampleSpread.Of([.. means.Select(m => m[t])]), SampleSpread.Of([.. acceptedSets.Select(s => means[s][t])]),
            PredictiveP(targets[t], [.. acceptedSets.Select(s => means[s][t])]))).ToList();
        var analysis = new CalibrationAnalysis(distance, implausibility, accepted, targetResults);
        if (acceptedSets.Length > 0) analysis.Parameters = Narrowing(paths, values, acceptedSets, seed);
        return analysis;
    }

    /// <summary>P(model value + N(0, sd^2) &lt;= z), averaged over <paramref name="values"/>; with sd 0, the share of values at or below z.</summary>
    private static double PredictiveP(CalibrationTarget target, double[] values) =>
        values.Length == 0 ? double.NaN
        : values.Average(v => target.Sd > 0 ? Normal.CDF(v, target.Sd, target.Observed) : v <= target.Observed ? 1.0 : 0.0);

    /// <summary>
    /// Each parameter's prior and posterior spread, and how unusual the posterior is for a random subset of the prior
    /// sample of the same size (<see cref="ReferenceSubsets"/> of them): the share as narrow, and the share moved as far.
    /// </summary>
    private static List<ParameterResult> Narrowing(IReadOnlyList<string> paths, double[][] values, int[] accepted, ulong seed)
    {
        var sets = values.Length;
        var n = accepted.Length;
        var index = new int[sets];
        var subsetSd = new double[ReferenceSubsets, paths.Count];
        var subsetMean = new double[ReferenceSubsets, paths.Count];
        for (var b = 0; b < ReferenceSubsets; b++)
        {
            var rng = new RandomStream(seed, SubsetStream, (ulong)b, 0);
            for (var i = 0; i < sets; i++) index[i] = i;
            for (var i = 0; i < n; i++)
            {
                var j = i + rng.NextInt(sets - i);
                (index[i], index[j]) = (index[j], index[i]);
            }
            for (var p = 0; p < paths.Count; p++) (subsetMean[b, p], subsetSd[b, p]) = MeanSd(index.AsSpan(0, n), values, p);
        }
        var result = new List<ParameterResult>();
        for (var p = 0; p < paths.Count; p++)
        {
            var prior = SampleSpread.Of([.. values.Select(v => v[p])]);
            var posterior = SampleSpread.Of([.. accepted.Select(s => values[s][p])]);
            var asNarrow = 0;
            var asFar = 0;
            for (var b = 0; b < ReferenceSubsets; b++)
            {
                if (subsetSd[b, p] <= posterior.Sd) asNarrow++;
                if (Math.Abs(subsetMean[b, p] - prior.Mean) >= Math.Abs(posterior.Mean - prior.Mean)) asFar++;
            }
            result.Add(new ParameterResult(paths[p], prior, posterior, (1.0 + asNarrow) / (ReferenceSubsets + 1), (1.0 + asFar) / (ReferenceSubsets + 1)));
        }
        return result;
    }

    private static (double Mean, double Sd) MeanSd(ReadOnlySpan<int> subset, double[][] values, int p)
    {
        var mean = 0.0;
        foreach (var s in subset) mean += values[s][p];
        mean /= subset.Length;
        var ss = 0.0;
        foreach (var s in subset) ss += (values[s][p] - mean) * (values[s][p] - mean);
        return (mean, subset.Length > 1 ? Math.Sqrt(ss / (subset.Length - 1)) : 0);
    }
}
