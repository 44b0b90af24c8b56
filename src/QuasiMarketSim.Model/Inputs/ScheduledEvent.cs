using QuasiMarketSim.Model.Specs;

namespace QuasiMarketSim.Model.Inputs;

/// <summary>The kinds of scheduled event a scenario can place on the time line.</summary>
public enum EventKind : byte
{
    /// <summary>Relationships ruptured, commissioning staff and memory lost, the cycle delayed (Livewell: PCTs abolished).</summary>
    StructuralReform,
    /// <summary>The commissioner's budget is cut.</summary>
    BudgetSqueeze,
    /// <summary>Need per patient rises.</summary>
    DemandGrowth,
    /// <summary>Staff leave the pools and providers of the region.</summary>
    StaffShock,
    /// <summary>The largest provider in the area fails and exits.</summary>
    ProviderFailure,
    /// <summary>A private firm enters and is awarded a contract by negotiation.</summary>
    EntrantArrival,
    /// <summary>Every contract reviewed for a while must be tendered.</summary>
    MandateToTender,
    /// <summary>
    /// The commissioner changes its repertoire: its relational mix becomes the magnitude (media weights follow, as when
    /// it learns), and its stance the event's stance when one is given. A lever moved mid-run (quasim explore) is this event.
    /// </summary>
    RepertoireChange,
}

/// <summary>A shock at a given tick, optionally limited to one area, service line or staff category.</summary>
/// <param name="Tick">Recorded month (0 is the first after warm-up) at which it happens.</param>
/// <param name="Kind">What happens.</param>
/// <param name="Magnitude">How strong, 0-1 (its meaning depends on the kind).</param>
/// <param name="Duration">Months it lasts, for kinds that last.</param>
/// <param name="Commissioner">Area it hits, or -1 for all.</param>
/// <param name="ServiceLine">Service line index it concerns, or -1 for all.</param>
public sealed record ScheduledEvent(int Tick, EventKind Kind, double Magnitude, int Duration, int Commissioner, int ServiceLine)
{
    /// <summary>Event kinds as written in scenario files (derived from <see cref="EventKind"/>).</summary>
    public static IReadOnlyList<string> KindNames => EnumNames.Of<EventKind>();

    /// <summary>The "tick" field: its meaning, unit, range and source are in this declaration.</summary>
    public static readonly FieldSpec TickField = FieldSpec.Integer("tick", 0, "month", 0, 6000, "Recorded month at which the event happens (0 is the first month after warm-up).", "-");
    /// <summary>The "type" field: its meaning, unit, range and source are in this declaration.</summary>
    public static readonly FieldSpec TypeField = FieldSpec.Choice("type", null, KindNames,
        "structural_reform: relationships ruptured, commissioning staff and memory lost, cycle delayed; budget_squeeze: budget cut; demand_growth: need per patient rises; staff_shock: staff "
            + "lost from pools and providers; provider_failure: the largest provider in the area fails; entrant_arrival: a private firm enters; mandate_to_tender: every contract reviewed "
                + "must be tendered; repertoire_change: the relational mix becomes the magnitude (and the stance the event's stance, if given).",
        "MODEL-BRIEF events; Livewell (reform); three-PCT study (budgets, demand).");
    /// <summary>The "magnitude" field: its meaning, unit, range and source are in this declaration.</summary>
    public static readonly FieldSpec MagnitudeField = FieldSpec.Number("magnitude", 0.5, "0-1", 0, 1,
        "Strength: share of trust, memory and capacity lost (reform), of budget cut, of demand added, of staff lost; "
            + "the new relational mix (repertoire_change); ignored by failure, arrival and mandate.", "-");
    /// <summary>The "duration" field: its meaning, unit, range and source are in this declaration.</summary>
    public static readonly FieldSpec DurationField = FieldSpec.Integer("duration", 12, "months", 1, 6000, "How long a reform's lost capacity or a mandate lasts.",
        "Livewell: PCT staff leaving delayed data by up to nine months.");
    /// <summary>The "commissioner" field: its meaning, unit, range and source are in this declaration.</summary>
    public static readonly FieldSpec CommissionerField = FieldSpec.Integer("commissioner", -1, "index", -1, 100000, "Area hit (0-based), or -1 for every area.", "-");
    /// <summary>The "service_line" field: its meaning, unit, range and source are in this declaration.</summary>
    public static readonly FieldSpec ServiceLineField = FieldSpec.Text("service_line", null,
        "Service line concerned (staff_shock: its staff category; entrant_arrival: the line the entrant targets); absent for all.") with { Optional = true, References = "service_lines" };

    /// <summary>The "stance" field: its meaning, unit, range and source are in this declaration.</summary>
    public static readonly FieldSpec StanceField = FieldSpec.Choice("stance", null, EnumNames.Of<Stance>(),
        "repertoire_change: the governance stance the commissioner takes from then on; absent, it keeps its stance. Ignored by other kinds.", "-")
        with { Optional = true };

    /// <summary>The list's specification; no events by default.</summary>
    public static ListSpec Spec { get; } = new("events", "Scheduled shocks.",
        [TickField, TypeField, MagnitudeField, DurationField, CommissionerField, ServiceLineField, StanceField], null, []);

    /// <summary>The stance a repertoire_change sets, or null to keep the commissioner's.</summary>
    public Stance? NewStance { get; init; }

    /// <summary>Builds the record from validated values; <paramref name="lineIndex"/> resolves a service line name.</summary>
    public static ScheduledEvent From(ElementValues v, Func<string, int> lineIndex)
    {
        var line = v.Raw(ServiceLineField) is string s ? lineIndex(s) : -1;
        return new(v.Integer(TickField), (EventKind)v.ChoiceIndex(TypeField), v.Number(MagnitudeField), v.Integer(DurationField),
            v.Integer(CommissionerField), line)
        {
            NewStance = v.Raw(StanceField) is string stance ? EnumNames.Parse<Stance>(stance) : null,
        };
    }
}
