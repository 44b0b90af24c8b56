namespace QuasiMarketSim.Model.World;

/// <summary>
/// Random stream identifiers. Each process draws from its own stream keyed by (seed, stream, agent, tick), so
/// adding draws to one process never shifts another's numbers (common random numbers across scenarios).
/// </summary>
internal static class Streams
{
    public const ulong AreaSetup = 1;
    public const ulong PatientSetup = 2;
    public const ulong Patients = 3;
    public const ulong Observation = 4;
    public const ulong Commissioning = 5;
    public const ulong Penalty = 6;
    public const ulong Entry = 7;
    public const ulong Innovation = 8;
    public const ulong ProviderSetup = 9;
    public const ulong ContractSetup = 10;
    public const ulong AdoptionSetup = 11;
}
