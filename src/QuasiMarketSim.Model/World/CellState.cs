namespace QuasiMarketSim.Model.World;

/// <summary>
/// Cells: the patients of one practice on one service line, stored contiguously. Everything a patient reads
/// from its partners is gathered once per cell per tick, so the patient loop touches only its own state.
/// </summary>
internal sealed class CellState
{
    public CellState(int cells)
    {
        Contract = new int[cells];
        Practice = new int[cells];
        PatientStart = new int[cells + 1];
        CareQuality = new float[cells];
        ServeLow = new float[cells];
        ServeHigh = new float[cells];
        PhoneCare = new bool[cells];
        Admissions = new int[cells];
        Unmet = new int[cells];
        HighRisk = new int[cells];
        HighRiskServed = new int[cells];
        LowRiskServed = new int[cells];
        Renewals = new int[cells];
        SeveritySum = new double[cells];
        ExpectedAdmissions = new double[cells];
    }

    public int Count => Contract.Length;
    /// <summary>Contract covering the cell.</summary>
    public int[] Contract { get; }
    /// <summary>Practice (provider index) the patients are registered with.</summary>
    public int[] Practice { get; }
    /// <summary>Patients of cell i are [PatientStart[i], PatientStart[i+1]).</summary>
    public int[] PatientStart { get; }

    // Gathered inputs for this tick.
    public float[] CareQuality { get; }
    public float[] ServeLow { get; }
    public float[] ServeHigh { get; }
    public bool[] PhoneCare { get; }

    // Outputs of this tick.
    public int[] Admissions { get; }
    public int[] Unmet { get; }
    public int[] HighRisk { get; }
    public int[] HighRiskServed { get; }
    public int[] LowRiskServed { get; }
    public int[] Renewals { get; }
    public double[] SeveritySum { get; }
    public double[] ExpectedAdmissions { get; }
}
