namespace QuasiMarketSim.Model.World;

/// <summary>Regional staff pools per category, with the training pipeline as a ring buffer.</summary>
internal sealed class StaffPools
{
    public StaffPools(int regions, int categories, int trainingMonths)
    {
        Regions = regions;
        Categories = categories;
        PipelineMonths = Math.Max(1, trainingMonths);
        Available = new double[regions * categories];
        TrainingIntake = new double[regions * categories];
        NeededAtStart = new double[regions * categories];
        Pipeline = new double[regions * categories * PipelineMonths];
        Leavers = new double[regions * categories];
        Graduates = new double[regions * categories];
        ShockLosses = new double[regions * categories];
    }

    public int Regions { get; }
    public int Categories { get; }
    public int PipelineMonths { get; }
    /// <summary>Qualified staff not employed, available to hire (index region * Categories + category).</summary>
    public double[] Available { get; }
    /// <summary>Trainees starting per month when services need the staff they needed at the start.</summary>
    public double[] TrainingIntake { get; }
    /// <summary>Staff the region's services needed at the start (the workforce plan's reference).</summary>
    public double[] NeededAtStart { get; }
    /// <summary>Trainees in the pipeline: [pool * PipelineMonths + month slot].</summary>
    public double[] Pipeline { get; }
    /// <summary>Flows this tick, for the staff ledger.</summary>
    public double[] Leavers { get; }
    public double[] Graduates { get; }
    public double[] ShockLosses { get; }
}
