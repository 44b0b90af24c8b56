using QuasiMarketSim.Experiments.Replications;
using QuasiMarketSim.Experiments.Statistics;

namespace QuasiMarketSim.Experiments.Check;

/// <summary>One model figure beside its reference range from the literature.</summary>
/// <param name="Figure">What is compared.</param>
/// <param name="Model">The model's value across replications (95% interval).</param>
/// <param name="Low">Lower end of the plausible range.</param>
/// <param name="High">Upper end of the plausible range.</param>
/// <param name="Reference">The reference figure and its source.</param>
public sealed record SanityFigure(string Figure, ConfidenceInterval Model, double Low, double High, string Reference)
{
    /// <summary>Whether the model's mean lies in the plausible range.</summary>
    public bool Within => Model.Mean >= Low && Model.Mean <= High;
}

/// <summary>
/// Runs replications of a scenario and sets its outputs beside the figures MODEL-BRIEF lists from the literature.
/// The ranges are plausibility bands around those figures (the figures are national, of a different period, or of
/// all services rather than long-term conditions), not fitted targets.
/// </summary>
public static class SanityCheck
{
    /// <summary>Runs the replications of <paramref name="request"/> and sets their figures beside the reference ranges.</summary>
    public static (ReplicationResult Run, IReadOnlyList<SanityFigure> Figures) Execute(ReplicationRequest request, Action<int, int>? progress = null, CancellationToken cancellation = default)
    {
        var run = ReplicationExperiment.Execute(request, progress, cancellation);
        var set = run.Set;
        int M(string name) => set.IndexOf(name);
        double[] Whole(string name) => set.WholeRun(M(name));
        var years = set.Ticks / 12.0;

        var tenders = Whole("tenders");
        var awards = tenders.Zip(Whole("renewals"), (t, r) => t + r).Zip(Whole("renegotiations"), (tr, n) => tr + n).Zip(Whole("decommissions"), (x, d) => x + d).ToArray();
        var tenderedShare = tenders.Zip(awards, (t, a) => a > 0 ? t / a : 0).ToArray();
        var spendShare = Whole("tendered_value").Zip(Whole("spend"), (v, s) => s > 0 ? v / s : 0).ToArray();
        var leaverRate = Whole("staff_leavers").Zip(Whole("staff_employed").Zip(Whole("staff_available"), (e, a) => e + a), (l, staff) => staff > 0 ? l / years / staff : 0).ToArray();

        IReadOnlyList<SanityFigure> figures =
        [
            new("share of contract awards competitively tendered", ConfidenceInterval.Of(tenderedShare), 0.02, 0.15,
                "about 6% of CCG contracts awarded in 2013-14 (MODEL-BRIEF)"),
            new("share of spend put out to competitive tender, per year", ConfidenceInterval.Of(spendShare), 0.005, 0.06,
                "about 2% of CCG clinical spend in 2019 (MODEL-BRIEF)"),
            new("transaction costs as a share of spend", ConfidenceInterval.Of(Whole("tc_share_of_spend")), 0.03, 0.12,
                "NHS administration costs about 5% of spend, rising to about 12% under the 1990s internal market (MODEL-BRIEF)"),
            new("staff vacancy rate", ConfidenceInterval.Of(Whole("staff_vacancy_rate")), 0.05, 0.15,
                "NHS vacancy rates about 10% (MODEL-BRIEF)"),
            new("staff leaver rate, per year", ConfidenceInterval.Of(leaverRate), 0.08, 0.15,
                "NHS leaver rate about 11.5% a year (MODEL-BRIEF)"),
        ];
        return (run, figures);
    }
}
