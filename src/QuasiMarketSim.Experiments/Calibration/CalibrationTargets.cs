namespace QuasiMarketSim.Experiments.Calibration;

/// <summary>
/// The figures from the literature MODEL-BRIEF cites (and the three-PCT study it is built on), declared once: `quasim
/// check` sets a scenario beside them and `quasim calibrate` fits to those no input sets. The derivations are public so
/// that tests check them on hand-made numbers.
/// </summary>
public static class CalibrationTargets
{
    /// <summary>The target held out of fitting unless --holdout names another.</summary>
    public const string DefaultHoldOut = "tendered_spend_share";

    /// <summary>Every target, fitted ones first, then the input checks.</summary>
    public static IReadOnlyList<CalibrationTarget> All { get; } =
    [
        new("tendered_award_share", "share of contract awards tendered", "share",
            "tenders / (tenders + renewals + renegotiations + decommissions) over the run", 0.06, 0.03,
            "sd half the figure (95% interval 0.1-11.9%): one national year of CCGs buying all services under the 2012 Act's competition rules, "
                + "set beside a world of three PCTs' long-term-condition services in 2010-12; a factor of about two either way",
            "About 6% of CCG contracts awarded in 2013-14 were competitively tendered (MODEL-BRIEF)", null, TenderedAwardShare),
        new("tendered_spend_share", "share of spend tendered, per year", "share per year",
            "annual value of the contracts put out to tender (`tendered_value`) over the spend on care (`spend`), both over the run", 0.02, 0.01,
            "sd half the figure (95% interval 0.04-3.96%): national, all services, 2019, after the 2012 Act; a factor of about two either way",
            "About 2% of CCG clinical spend went through competitive tender in 2019 (MODEL-BRIEF)", null, TenderedSpendShare),
        new("transaction_cost_share", "transaction costs, share of spend", "share", "`tc_share_of_spend`, the run's mean", 0.05, 0.02,
            "sd 2 points (95% interval 1.1-8.9%): administration costs hold more than the costs of contracting, and the figure is national, "
                + "of all services and of the years before the internal market; the 12% of the internal market is the transactional end",
            "NHS administration costs were about 5% of spend, rising to about 12% under the 1990s internal market (MODEL-BRIEF)", null,
            TransactionCostShare),
        new("provider_switching", "provider changes per service area per year", "per service area per year",
            "(`switches` + `decommissions`) / (commissioners x service lines x years)", 1.0 / 11, 1.0 / 11,
            "sd that of a Poisson count of one: 1/11 a service-area-year (one change in six service areas watched for 22 months)",
            "Three-PCT study (shared/seeds): of six service areas followed April 2010-January 2012, one moved provider (Wirral's dementia "
                + "diagnosis, from GPs with a special interest to the mental health trust), by negotiation, none by tender", null, ProviderSwitching),
        new("staff_vacancy_rate", "staff vacancy rate", "share", "`staff_vacancy_rate`, the run's mean", 0.10, 0.02,
            "sd 2 points: vacancy rates differ between staff groups and years",
            "NHS vacancy rates about 10% (MODEL-BRIEF)",
            "staff_categories[].staffing_at_start (0.9: the world starts at 10% vacancies, and training_ratio replaces staff.leaver_rate, so it stays there)",
            VacancyRate),
        new("staff_leaver_rate", "staff leaver rate, per year", "per year", "`staff_leavers` a year / mean (`staff_employed` + `staff_available`)", 0.115, 0.01,
            "sd 1 point: leaver rates differ between staff groups and years",
            "NHS leaver rate about 11.5% a year (MODEL-BRIEF)",
            "staff.leaver_rate (0.115 a year; measured as leavers over staff in post it reads about -ln(1 - 0.115) = 12.2%)", LeaverRate),
    ];

    /// <summary>The targets as a Markdown table (docs/ODD.md 7.14, checked against this catalogue by a test).</summary>
    public static void WriteMarkdownTable(TextWriter o)
    {
        o.WriteLine("| target | observed | sd (95% interval) | in quasim calibrate | the model's value | source | how the sd was set |");
        o.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var t in All)
        {
            var role = t.IsInputCheck ? $"input check, never fitted: {t.Echoes}" : t.Name == DefaultHoldOut ? "held out (default)" : "fitted";
            o.WriteLine(FormattableString.Invariant(
                $"| `{t.Name}` | {100 * t.Observed:0.0#}% | {100 * t.Sd:0.0#} points ({100 * t.Low:0.0#}-{100 * t.High:0.0#}%) | {role} | {t.Definition} | {t.Source} | {t.UncertaintyReason} |"));
        }
    }

    /// <summary>The target named <paramref name="name"/>; an <see cref="ArgumentException"/> listing the names when there is none.</summary>
    public static CalibrationTarget Find(string name, IReadOnlyList<CalibrationTarget>? targets = null)
    {
        targets ??= All;
        return targets.FirstOrDefault(t => t.Name == name)
            ?? throw new ArgumentException($"no calibration target '{name}'; the targets are {string.Join(", ", targets.Select(t => t.Name))}");
    }

    /// <summary>Tenders over all contract awards (tenders, renewals, renegotiations, decommissions); 0 with no awards.</summary>
    public static double TenderedAwardShare(RunOutcome run)
    {
        var tenders = run["tenders"];
        var awards = tenders + run["renewals"] + run["renegotiations"] + run["decommissions"];
        return awards > 0 ? tenders / awards : 0;
    }

    /// <summary>
    /// Annual value of the contracts put out to tender over the run, over the spend on care over the run: the share of a
    /// year's spend tendered in an average year; 0 with no spend.
    /// </summary>
    public static double TenderedSpendShare(RunOutcome run) => run["spend"] > 0 ? run["tendered_value"] / run["spend"] : 0;

    /// <summary>The run's mean transaction-cost share of spend (metric tc_share_of_spend).</summary>
    public static double TransactionCostShare(RunOutcome run) => run["tc_share_of_spend"];

    /// <summary>Contracts moved to another provider (switches, by tender, entry or exit, plus decommissions, by negotiation) per service area per year.</summary>
    public static double ProviderSwitching(RunOutcome run) =>
        run.ServiceAreas > 0 && run.Months > 0 ? (run["switches"] + run["decommissions"]) / (run.ServiceAreas * run.Years) : 0;

    /// <summary>The run's mean vacancy rate (metric staff_vacancy_rate).</summary>
    public static double VacancyRate(RunOutcome run) => run["staff_vacancy_rate"];

    /// <summary>Leavers per year over the mean staff in post and in the pools; 0 with no staff.</summary>
    public static double LeaverRate(RunOutcome run)
    {
        var staff = run["staff_employed"] + run["staff_available"];
        return staff > 0 && run.Months > 0 ? run["staff_leavers"] / run.Years / staff : 0;
    }
}
