using QuasiMarketSim.Core.Random;
using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Benchmarks.Naive;

/// <summary>
/// The object model of the naive baseline: lists of individually allocated agents that point at one another.
/// Built as a copy of a product world so both versions start from the same patients, partners and parameters.
/// </summary>
internal sealed class NaiveMarket
{
    private const ulong ShuffleStream = 0xA11CE;

    private NaiveMarket(ulong seed, NaiveParameters parameters)
    {
        Seed = seed;
        Parameters = parameters;
    }

    public ulong Seed { get; }
    public NaiveParameters Parameters { get; }
    /// <summary>Key of this tick's patient draws (the product's: seed, patient stream, tick).</summary>
    public ulong TickKey { get; private set; }
    public List<Provider> Providers { get; } = [];
    public List<Contract> Contracts { get; } = [];
    /// <summary>The patients, in an order unrelated to the order they were allocated in.</summary>
    public List<Patient> Patients { get; } = [];

    /// <summary>One tick of the patient rules: clear the contracts' tallies, then update every patient.</summary>
    public void Tick(int tick)
    {
        foreach (var contract in Contracts) contract.ResetTallies();
        TickKey = CounterRng.Key(Seed, Streams.Patients, 0, (ulong)tick);
        foreach (var patient in Patients) patient.Update(tick);
    }

    /// <summary>
    /// Copies the patients, contracts, providers and parameters of <paramref name="w"/> into objects. Patients are
    /// allocated one by one in the product's (cell) order, then the list is shuffled once, so iterating it visits
    /// memory in no particular order, as in an object model after some churn.
    /// </summary>
    public static NaiveMarket FromWorld(QuasiMarket w, bool shuffle = true)
    {
        var p = w.P;
        var model = new NaiveMarket(w.Seed, new NaiveParameters
        {
            Progression = p.Patients.Progression,
            ProgressionNoise = p.Patients.ProgressionNoise,
            CareEffect = p.Patients.CareEffect,
            AdmissionRate = p.Patients.AdmissionRate,
            AdmissionGradient = p.Patients.AdmissionGradient,
            CareAdmissionEffect = p.Patients.CareAdmissionEffect,
            TelephoneCareEffect = p.Patients.TelephoneCareEffect,
            HighRiskThreshold = p.Patients.HighRiskThreshold,
            NewDiagnosisSeverity = p.Patients.NewDiagnosisSeverity,
            FullServiceStaffing = p.Providers.FullServiceStaffing,
        });

        var pr = w.Providers;
        var categories = pr.Categories;
        for (var i = 0; i < pr.Area.Length; i++)
        {
            Provider provider = pr.Kind[i] == ProviderKind.GpPractice ? new Practice(i, categories) : new Provider(i, categories);
            provider.Adopted = pr.Adopted[i];
            for (var c = 0; c < categories; c++)
            {
                provider.Employed[c] = pr.Employed[i * categories + c];
                provider.Needed[c] = pr.Needed[i * categories + c];
            }
            model.Providers.Add(provider);
        }

        var lines = w.Lines.Select(l => new ServiceLine(l.StaffCategory)).ToArray();
        var commissioners = Enumerable.Range(0, w.AreaCount).Select(a => new Commissioner(a) { FundedShare = w.Areas.FundedShare[a] }).ToArray();
        var k = w.Contracts;
        for (var c = 0; c < k.Count; c++)
        {
            model.Contracts.Add(new Contract(c, model.Providers[k.Provider[c]], lines[k.Line[c]], commissioners[k.Area[c]])
            {
                DeliveredQuality = k.DeliveredQuality[c],
                Selectivity = k.Selectivity[c],
            });
        }

        var cells = w.Cells;
        var severity = w.Patients.Severity;
        var adherence = w.Patients.Adherence;
        model.Patients.Capacity = w.Patients.Count;
        for (var cell = 0; cell < cells.Count; cell++)
        {
            var contract = model.Contracts[cells.Contract[cell]];
            var practice = (Practice)model.Providers[cells.Practice[cell]];
            for (var i = cells.PatientStart[cell]; i < cells.PatientStart[cell + 1]; i++)
            {
                model.Patients.Add(new Patient(i, model, contract, practice, severity[i], adherence[i]));
            }
        }

        var list = model.Patients;
        if (!shuffle) return model;
        var rng = new RandomStream(w.Seed, ShuffleStream, 0, 0);
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = rng.NextInt(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
        return model;
    }
}
