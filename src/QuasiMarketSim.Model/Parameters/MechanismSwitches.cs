namespace QuasiMarketSim.Model.Parameters;

/// <summary>A mechanism and the parameter settings that switch it off (an ablation), applied to both arms of a comparison.</summary>
/// <param name="Name">Short name, used on the command line.</param>
/// <param name="Meaning">What the mechanism does, in a sentence.</param>
/// <param name="Off">The overrides (section.key=value) that switch it off.</param>
public sealed record MechanismSwitch(string Name, string Meaning, IReadOnlyList<string> Off);

/// <summary>
/// Every mechanism a comparison can be explained by, declared once. Each is switched off by setting declared
/// parameters to the value at which the mechanism does nothing, so an ablation is an ordinary scenario (it can be
/// written to a file and run on its own), and the ODD's table of switches is generated from this list.
/// </summary>
public static class MechanismSwitches
{
    /// <summary>The switches, in the order they are reported.</summary>
    public static IReadOnlyList<MechanismSwitch> All { get; } =
    [
        new("challenge", "Scrutiny, enforcement and competition on quality raise providers' care effort.", ["providers.challenge_response=0"]),
        new("complacency", "High commissioner trust without challenge lowers effort.", ["providers.complacency=0"]),
        new("financial_incentives", "Payment on activity or outcomes raises finance-motivated providers' effort.", ["providers.financial_response=0"]),
        new("ethos", "Guidance and evidence move ethos-motivated providers' effort, more with trust.", ["providers.ethos_response=0"]),
        new("price_competition", "Competition on price makes finance-motivated providers cut effort, which is cost.", ["providers.price_competition_response=0"]),
        new("financial_stress", "A loss on the contract or empty reserves cut effort.", ["providers.pressure_response=0"]),
        new("effort_cost", "Effort and gaming raise unit cost, and finance-motivated providers weigh it.", ["providers.effort_cost_share=0"]),
        new("gaming", "Effort that raises measured rather than true quality, where measurement is poor.", ["providers.gaming_bias=0"]),
        new("joint_working", "Closeness (negotiated order x both sides' trust) raises the quality a provider can sustain.", ["providers.joint_gain=0"]),
        new("information_sharing", "Negotiated order with trust makes quality observations less noisy.", ["information.sharing_effect=0"]),
        new("monitoring", "Monitoring makes quality observations less noisy.", ["information.monitoring_effect=0"]),
        new("contact", "Joint working (negotiated order) builds trust month by month.", ["trust.contact_gain=0"]),
        new("trust_learning", "Trust moves on surprise: observations and payments better or worse than expected.", ["trust.sensitivity=0"]),
        new("trust_shocks", "Tenders, penalties and competition's threat of exit lower providers' trust.",
            ["trust.tender_shock=0", "trust.penalty_shock=0", "trust.competition_erosion=0"]),
        new("reneging", "A provider reneges on the relational contract when its gain exceeds the value of the relationship.", ["providers.renege_gain=0"]),
        new("price_pressure", "Renegotiation presses the price down, more under provider competition and a budget squeeze.", ["tendering.price_pressure=0"]),
        new("relational_value", "The value of an established relationship counts against tendering it.", ["tendering.lost_relational_value=0"]),
        new("transition_disruption", "Care is disrupted for months after a service moves provider.", ["tendering.transition_quality_loss=0"]),
        new("poaching", "Providers with vacancies draw staff from providers whose posts are less attractive.", ["staff.poaching_rate=0"]),
        new("cream_skimming", "Providers paid per patient turn away costly high-risk patients.", ["providers.cream_skim_propensity=0"]),
        new("penalties", "Enforced quality standards cost the provider money.", ["contracts.penalty_share=0"]),
        new("budget_constraint", "An overspent commissioner cuts the care it funds.", ["commissioning.volume_cut=0"]),
        new("ex_ante_costs", "Costs of specifying, tendering, negotiating and moving services.",
            ["transaction_costs.specification_cost=0", "transaction_costs.tender_cost=0", "transaction_costs.renegotiation_cost=0",
             "transaction_costs.renewal_cost=0", "transaction_costs.transition_cost=0"]),
        new("ex_post_costs", "Costs of monitoring, haggling over gaps in the specification, meetings, data and disputes.",
            ["transaction_costs.monitoring_cost=0", "transaction_costs.incompleteness_cost=0", "transaction_costs.meeting_cost=0",
             "transaction_costs.activity_data_cost=0", "transaction_costs.dispute_cost=0"]),
        new("admission_costs", "Unplanned admissions are paid for by the commissioner (and valued in its decisions).", ["patients.admission_cost=0"]),
    ];

    /// <summary>The switch named <paramref name="name"/>, or null.</summary>
    public static MechanismSwitch? Find(string name) => All.FirstOrDefault(s => s.Name == name);
}
