using QuasiMarketSim.Model.Parameters;

namespace QuasiMarketSim.Model.Mechanisms;

/// <summary>
/// Everything the patients of one cell read besides their own state, as floats: the rule's rates (the same for every
/// cell) and the cell's gathered inputs. Both patient kernels take their constants from here, so the scalar and the
/// vector arithmetic start from the same bits.
/// </summary>
internal readonly record struct PatientCellInput(
    float Progression, float Noise, float CareEffect, float CareAdmission, float HighRisk, float NewDiagnosis,
    float Quality, float ServeLow, float ServeHigh, float PhoneFactor)
{
    /// <summary>The rates of <paramref name="p"/>; the cell's inputs are set per cell with <c>with</c>.</summary>
    public static PatientCellInput Rates(ModelParameters p) => new(
        (float)p.Patients.Progression, (float)p.Patients.ProgressionNoise, (float)p.Patients.CareEffect, (float)p.Patients.CareAdmissionEffect,
        (float)p.Patients.HighRiskThreshold, (float)p.Patients.NewDiagnosisSeverity, 0, 0, 0, 1);
}
