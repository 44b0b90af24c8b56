using QuasiMarketSim.Core.Random;

namespace QuasiMarketSim.Benchmarks.Naive;

// A deliberately ordinary object-per-agent version of the product's patient rules (PatientRule.UpdateCells), as a
// first implementation would be written: one heap object per patient holding references to its partners, a virtual
// Update per agent, partner state read through those references each time, doubles throughout, and the admission
// hazard computed with Math.Exp. It is the baseline the struct-of-arrays design is measured against; nothing in the
// product uses it.

/// <summary>The patient parameters, read by every patient on every update.</summary>
internal sealed class NaiveParameters
{
    public double Progression { get; init; }
    public double ProgressionNoise { get; init; }
    public double CareEffect { get; init; }
    public double AdmissionRate { get; init; }
    public double AdmissionGradient { get; init; }
    public double CareAdmissionEffect { get; init; }
    public double TelephoneCareEffect { get; init; }
    public double HighRiskThreshold { get; init; }
    public double NewDiagnosisSeverity { get; init; }
    public double FullServiceStaffing { get; init; }
}

/// <summary>Anything the model updates once a tick.</summary>
internal abstract class Agent(int id)
{
    public int Id { get; } = id;

    public abstract void Update(int tick);
}

/// <summary>A service line; patients on it need staff of one category.</summary>
internal sealed class ServiceLine(int staffCategory)
{
    public int StaffCategory { get; } = staffCategory;
}

/// <summary>A provider of care, with its staff employed and needed per category.</summary>
internal class Provider(int id, int categories)
{
    public int Id { get; } = id;
    public double[] Employed { get; } = new double[categories];
    public double[] Needed { get; } = new double[categories];
    /// <summary>Has adopted risk-stratified telephone care.</summary>
    public bool Adopted { get; set; }

    /// <summary>Employed over needed for one category (1 when nothing is needed).</summary>
    public double StaffingRatio(int category) => Needed[category] <= 0 ? 1.0 : Employed[category] / Needed[category];
}

/// <summary>A GP practice: a provider that patients are registered with.</summary>
internal sealed class Practice(int id, int categories) : Provider(id, categories);

/// <summary>A contract for one service line, held by a provider, and this tick's tallies of its patients.</summary>
internal sealed class Commissioner(int id)
{
    public int Id { get; } = id;

    /// <summary>The share of care the commissioner funds (a budget cut means fewer patients seen).</summary>
    public double FundedShare { get; set; } = 1;
}

internal sealed class Contract(int id, Provider provider, ServiceLine line, Commissioner commissioner)
{
    public int Id { get; } = id;
    public Provider Provider { get; set; } = provider;
    public ServiceLine Line { get; } = line;
    public Commissioner Commissioner { get; } = commissioner;
    public double DeliveredQuality { get; set; }
    /// <summary>Share of high-risk patients turned away.</summary>
    public double Selectivity { get; set; }

    public int Admissions { get; set; }
    public int Served { get; set; }
    public int Unmet { get; set; }
    public int HighRisk { get; set; }
    public int HighRiskServed { get; set; }
    public int LowRisk { get; set; }
    public int LowRiskServed { get; set; }
    public int Renewals { get; set; }
    public double ExpectedAdmissions { get; set; }
    public double SeveritySum { get; set; }

    public void ResetTallies()
    {
        Admissions = Served = Unmet = HighRisk = HighRiskServed = LowRisk = LowRiskServed = Renewals = 0;
        ExpectedAdmissions = SeveritySum = 0;
    }
}

/// <summary>A patient with a long-term condition, registered with a practice, cared for under a contract.</summary>
internal sealed class Patient(int id, NaiveMarket model, Contract contract, Practice practice, double severity, double adherence) : Agent(id)
{
    private const double Unit21 = 1.0 / (1 << 21);

    public NaiveMarket Model { get; } = model;
    public Contract Contract { get; set; } = contract;
    public Practice Practice { get; set; } = practice;
    /// <summary>Disease severity, 0 (newly diagnosed) to 1 (end-stage, then replaced by a new diagnosis).</summary>
    public double Severity { get; set; } = severity;
    /// <summary>Adherence to care, 0-1.</summary>
    public double Adherence { get; set; } = adherence;

    /// <summary>
    /// The same rules as the product's PatientRule.UpdateCells: need evolves, care is given or not, an unplanned
    /// admission may happen, and an end-stage patient is replaced by a new diagnosis. The three uniforms come from
    /// one counter-based hash keyed by (tick key, patient id), as in the product, so both pay the same for random
    /// numbers and the comparison measures the layout.
    /// </summary>
    public override void Update(int tick)
    {
        var p = Model.Parameters;
        var bits = CounterRng.Bits(Model.TickKey, (ulong)Id);
        var uServe = (bits & 0x1FFFFF) * Unit21;
        var uAdmit = ((bits >> 21) & 0x1FFFFF) * Unit21;
        var uNoise = (bits >> 43) * Unit21;

        var coverage = Math.Min(1.0, Contract.Provider.StaffingRatio(Contract.Line.StaffCategory) / p.FullServiceStaffing)
            * Contract.Commissioner.FundedShare;
        var isHigh = Severity >= p.HighRiskThreshold;
        var served = uServe < (isHigh ? coverage * (1 - Contract.Selectivity) : coverage);
        var care = served ? Contract.DeliveredQuality * Adherence : 0.0;

        Severity += p.Progression * (1 - p.CareEffect * care) + p.ProgressionNoise * (2 * uNoise - 1);
        if (Severity < 0) Severity = 0;

        var baseHazard = Math.Min(1.0, p.AdmissionRate * Math.Exp(p.AdmissionGradient * (Math.Min(Severity, 1.0) - 0.5)));
        var phoneFactor = isHigh && served && Practice.Adopted ? 1 - p.TelephoneCareEffect : 1.0;
        var hazard = baseHazard * (1 - p.CareAdmissionEffect * care) * phoneFactor;
        Contract.ExpectedAdmissions += baseHazard;
        if (uAdmit < hazard) Contract.Admissions++;

        if (isHigh)
        {
            Contract.HighRisk++;
            if (served) Contract.HighRiskServed++;
        }
        else
        {
            Contract.LowRisk++;
            if (served) Contract.LowRiskServed++;
        }
        if (served) Contract.Served++;
        else Contract.Unmet++;

        if (Severity >= 1)
        {
            Severity = p.NewDiagnosisSeverity;
            Contract.Renewals++;
        }
        Contract.SeveritySum += Severity;
    }
}
