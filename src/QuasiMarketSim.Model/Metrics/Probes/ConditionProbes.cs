namespace QuasiMarketSim.Model.Metrics.Probes;

/// <summary>
/// Bartlett and Le Grand's conditions for a quasi-market to work, and parcelability: over all lines (patient-weighted)
/// and per service line. Each reads its slot in the tally's per-line vector, in the order below.
/// </summary>
internal static class ConditionProbes
{
    /// <summary>The per-line indicators, in the tally's order: the conditions, parcelability, then quality.</summary>
    public static readonly (string Name, string Label, string Meaning)[] PerLine =
    [
        ("blg_competitiveness", "competitiveness",
            "Bartlett-Le Grand competitiveness: 1 - 1/n for n providers in the area able to deliver the service (the holder included; potential entrants are not counted)."),
        ("blg_information", "information", "Bartlett-Le Grand information: 1 - observation noise / noise with no information effort."),
        ("blg_transaction_costs", "transaction costs condition", "Bartlett-Le Grand transaction costs: savings from competition / (savings + the transaction costs only competition incurs: "
            + "tenders, their specifications, transitions) over the last year; above 0.5 the condition holds; 0.5 with no tendering."),
        ("blg_motivation", "finance motivation", "Bartlett-Le Grand motivation: patient-weighted finance motivation of contract holders."),
        ("blg_cream_skimming", "no cream-skimming", "Bartlett-Le Grand cream-skimming: 1 - cream-skimming index (1: no cream-skimming)."),
        ("parcelability", "parcelability", "Patient-weighted parcelability of the services commissioned."),
        ("quality_true_mean", "quality of care", "Patient-weighted mean quality of care delivered."),
    ];

    /// <summary>The number of Bartlett-Le Grand conditions (and parcelability) at the head of <see cref="PerLine"/>.</summary>
    public const int Conditions = 6;

    /// <summary>The overall (patient-weighted) value of condition <paramref name="m"/>.</summary>
    public static Probe Overall(int m) => Probe.Index(PerLine[m].Name, PerLine[m].Label, "conditions", PerLine[m].Meaning, t => t.Conditions[m]);

    /// <summary>Indicator <paramref name="m"/> of service line <paramref name="line"/> (index <paramref name="l"/>).</summary>
    public static Probe OfLine(int m, string line, int l) => Probe.Index($"{PerLine[m].Name}_{line}", $"{PerLine[m].Label}, {line}",
        m < Conditions ? "conditions" : "care", $"{PerLine[m].Meaning} Service line {line}.", t => t.PerLine[l * PerLine.Length + m]);
}
