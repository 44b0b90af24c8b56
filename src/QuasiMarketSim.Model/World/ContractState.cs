using QuasiMarketSim.Model.Inputs;

namespace QuasiMarketSim.Model.World;

/// <summary>
/// Relationships/contracts (commissioner x provider x service line, one per lot), as parallel arrays. The slot
/// persists when the provider changes; trust and beliefs are then reset for the new relationship.
/// </summary>
internal sealed class ContractState
{
    public ContractState(int contracts)
    {
        Area = new int[contracts];
        Line = new int[contracts];
        Provider = new int[contracts];
        Patients = new int[contracts];
        TrustC = new double[contracts];
        TrustP = new double[contracts];
        Form = new ContractForm[contracts];
        Completeness = new double[contracts];
        Price = new double[contracts];
        Length = new int[contracts];
        Age = new int[contracts];
        Monitoring = new double[contracts];
        Challenge = new double[contracts];
        Stance = new Stance[contracts];
        BeliefQ = new double[contracts];
        BeliefVar = new double[contracts];
        Observed = new double[contracts];
        Surprise = new double[contracts];
        SurpriseSd = new double[contracts];
        BelievedMargin = new double[contracts];
        Disputes = new int[contracts];
        Penalised = new bool[contracts];
        Reneging = new bool[contracts];
        Selectivity = new double[contracts];
        TransitionLeft = new int[contracts];
        DeliveredQuality = new double[contracts];
        Saving = new double[contracts];
        ExAnte = new double[contracts];
        ExPost = new double[contracts];
        Payment = new double[contracts];
        Admissions = new int[contracts];
        Served = new int[contracts];
        Unmet = new int[contracts];
        HighRisk = new int[contracts];
        HighRiskServed = new int[contracts];
        LowRisk = new int[contracts];
        LowRiskServed = new int[contracts];
        ExpectedAdmissions = new double[contracts];
        Gaming = new double[contracts];
        CompetitionCost = new double[contracts];
        DecisionKind = new DecisionKind[contracts];
        DecisionTick = new int[contracts];
        DecisionPrice = new double[contracts];
        DecisionBelief = new double[contracts];
        DecisionCost = new double[contracts];
        AdmissionRatio = new double[contracts];
        OutcomeReference = new double[contracts];
    }

    /// <summary>Effort the provider puts into raising measured rather than true quality on the contract, 0-1.</summary>
    public double[] Gaming { get; }

    /// <summary>The kind of the last decision taken on the contract, until it is judged (<see cref="Mechanisms.Repertoire"/>).</summary>
    public DecisionKind[] DecisionKind { get; }
    /// <summary>Month of the last decision.</summary>
    public int[] DecisionTick { get; }
    /// <summary>Price before the last decision.</summary>
    public double[] DecisionPrice { get; }
    /// <summary>Believed quality before the last decision.</summary>
    public double[] DecisionBelief { get; }
    /// <summary>Transaction cost of the last decision, as a share of annual value.</summary>
    public double[] DecisionCost { get; }

    /// <summary>This month's transaction costs that only competition incurs (tender, its specification, transition).</summary>
    public double[] CompetitionCost { get; }

    /// <summary>Admissions over admissions expected without care, smoothed over the last year.</summary>
    public double[] AdmissionRatio { get; }

    /// <summary>The admission ratio an outcome or alliance contract pays against, set when its terms were written.</summary>
    public double[] OutcomeReference { get; }

    public int Count => Area.Length;
    public int[] Area { get; }
    public int[] Line { get; }
    /// <summary>The provider holding the contract now.</summary>
    public int[] Provider { get; }
    /// <summary>Patients covered.</summary>
    public int[] Patients { get; }
    /// <summary>Commissioner's trust in the provider, 0-1.</summary>
    public double[] TrustC { get; }
    /// <summary>Provider's trust in the commissioner, 0-1.</summary>
    public double[] TrustP { get; }
    public ContractForm[] Form { get; }
    /// <summary>Specification completeness, 0-1.</summary>
    public double[] Completeness { get; }
    /// <summary>Price per patient-month (GBP).</summary>
    public double[] Price { get; }
    /// <summary>Contract length (months).</summary>
    public int[] Length { get; }
    /// <summary>Months since award or renewal.</summary>
    public int[] Age { get; }
    /// <summary>Monitoring intensity, 0-1.</summary>
    public double[] Monitoring { get; }
    /// <summary>Challenge the provider feels (scrutiny, enforcement, contestability), 0-1.</summary>
    public double[] Challenge { get; }
    /// <summary>Stance in force (the base stance, or agency under the contingent rule).</summary>
    public Stance[] Stance { get; }
    /// <summary>Commissioner's belief about quality: mean.</summary>
    public double[] BeliefQ { get; }
    /// <summary>Commissioner's belief about quality: variance.</summary>
    public double[] BeliefVar { get; }
    /// <summary>This month's noisy quality observation.</summary>
    public double[] Observed { get; }
    /// <summary>Observation minus the expectation held before it (drives trust).</summary>
    public double[] Surprise { get; }
    /// <summary>Standard deviation the surprise would have from observation noise alone (the Kalman-weighted noise).</summary>
    public double[] SurpriseSd { get; }
    /// <summary>Commissioner's belief of the provider's margin (price over cost, minus 1).</summary>
    public double[] BelievedMargin { get; }
    /// <summary>Disputes so far.</summary>
    public int[] Disputes { get; }
    /// <summary>A penalty was enforced this month.</summary>
    public bool[] Penalised { get; }
    /// <summary>Provider is reneging on relational commitments this month.</summary>
    public bool[] Reneging { get; }
    /// <summary>Share of high-risk patients turned away (cream-skimming), 0-1.</summary>
    public double[] Selectivity { get; }
    /// <summary>Months of transition disruption left after a change of provider.</summary>
    public int[] TransitionLeft { get; }
    /// <summary>Quality of care actually delivered on this contract this month.</summary>
    public double[] DeliveredQuality { get; }
    /// <summary>Price saving per month won by the last tender (GBP; negative if dearer).</summary>
    public double[] Saving { get; }
    /// <summary>Ex ante transaction cost this month (GBP).</summary>
    public double[] ExAnte { get; }
    /// <summary>Ex post transaction cost this month (GBP).</summary>
    public double[] ExPost { get; }
    /// <summary>Paid to the provider this month (GBP).</summary>
    public double[] Payment { get; }
    public int[] Admissions { get; }
    public int[] Served { get; }
    public int[] Unmet { get; }
    public int[] HighRisk { get; }
    public int[] HighRiskServed { get; }
    public int[] LowRisk { get; }
    public int[] LowRiskServed { get; }
    /// <summary>Admissions expected this month without care effects (the outcome-payment baseline).</summary>
    public double[] ExpectedAdmissions { get; }

    /// <summary>Monthly value of the contract at its price (GBP).</summary>
    public double MonthlyValue(int c) => Price[c] * Patients[c];
}
