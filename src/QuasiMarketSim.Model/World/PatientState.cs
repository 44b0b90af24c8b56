namespace QuasiMarketSim.Model.World;

/// <summary>
/// Patients with long-term conditions: 8 bytes each. Ordered by practice then service line, so a cell's
/// patients are contiguous and the per-patient update streams through memory.
/// </summary>
internal sealed class PatientState
{
    public PatientState(int patients)
    {
        Severity = new float[patients];
        Adherence = new float[patients];
    }

    public int Count => Severity.Length;
    /// <summary>Disease severity, 0 (newly diagnosed) to 1 (end-stage, then replaced by a new diagnosis).</summary>
    public float[] Severity { get; }
    /// <summary>Adherence to care, 0-1.</summary>
    public float[] Adherence { get; }
}
