namespace QuasiMarketSim.Model.World;

/// <summary>
/// Random stream identifiers. Each process draws from its own stream keyed by (seed, stream, agent, tick), so
/// adding draws to one process never shifts another's numbers (common random numbers across scenarios).
/// </summary>
internal static class Streams
{
    public const ulong Setup = 1;
    public const ulong PatientSetup = 2;
    public const ulong Patients = 3;
    public const ulong Observation = 4;
    public const ulong Commissioning = 5;
    public const ulong Tender = 6;
    public const ulong Entry = 7;
    public const ulong Innovation = 8;
}
