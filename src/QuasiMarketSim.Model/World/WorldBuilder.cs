using System.Runtime.CompilerServices;
using QuasiMarketSim.Core.Random;
using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.Parameters;
using QuasiMarketSim.Model.Rules;
using QuasiMarketSim.Model.Mechanisms;

namespace QuasiMarketSim.Model.World;

/// <summary>Builds the initial world from a scenario (ODD: initialisation).</summary>
internal static class WorldBuilder
{
    /// <summary>Creates the world for <paramref name="input"/> with master seed <paramref name="seed"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static QuasiMarket Build(ScenarioInput input, ulong seed)
    {
        var p = new ModelParameters(input);
        var nAreas = input.World.Commissioners;
        var perRegion = input.World.CommissionersPerRegion;
        var practices = input.World.PracticesPerCommissioner;
        var patientsPerPractice = input.World.PatientsPerPractice;
        var lots = input.World.LotsPerLine;
        var lines = input.ServiceLines;
        var categories = input.StaffCategories.Count;
        var kindCounts = input.StartingProviders();
        var entrantSlots = input.World.EntrantSlots;
        var perArea = kindCounts.Sum() + entrantSlots;
        var regions = (nAreas + perRegion - 1) / perRegion;

        var areas = new AreaState(nAreas, Media.Count);
        var providers = new ProviderState(nAreas * perArea, categories);
        var contracts = new ContractState(nAreas * lines.Count * lots);
        var cells = new CellState(nAreas * practices * lines.Count);
        var patientsPerLine = SplitByShare(patientsPerPractice, lines.Select(l => l.PatientShare).ToArray());
        var patients = new PatientState(checked(nAreas * practices * patientsPerPractice));
        var staff = new StaffPools(regions, categories, p.Staff.TrainingMonths);

        var hazard = new float[QuasiMarket.HazardTableSize + 1];
        for (var i = 0; i < hazard.Length; i++)
        {
            hazard[i] = (float)Math.Min(1.0, p.Patients.AdmissionRate * Math.Exp(p.Patients.AdmissionGradient * ((double)i / QuasiMarket.HazardTableSize - 0.5)));
        }
        var w = new QuasiMarket(input, p, seed, areas, providers, contracts, cells, patients, staff, hazard);

        for (var a = 0; a < nAreas; a++)
        {
            var rng = new RandomStream(seed, Streams.AreaSetup, (ulong)a, 0);
            areas.Region[a] = a / perRegion;
            areas.CapacityFactor[a] = 1;
            areas.CycleMonth[a] = rng.NextInt(12);
            areas.Memory[a] = 1;
            areas.DemandFactor[a] = 1;
            areas.Stance[a] = p.PerArea.Stance[a];
            areas.Mix[a] = p.PerArea.Mix[a];
            areas.MandateUntil[a] = areas.ReformUntil[a] = -1;
            for (var m = 0; m < Media.Count; m++) areas.Weights[a * Media.Count + m] = p.PerArea.Weight(a, (Medium)m, areas.Mix[a]);
            areas.ProviderStart[a] = a * perArea;
            areas.ContractStart[a] = a * lines.Count * lots;
            areas.PracticeCount[a] = practices;
            BuildProviders(w, a, kindCounts, entrantSlots);
        }
        areas.ProviderStart[nAreas] = nAreas * perArea;
        areas.ContractStart[nAreas] = contracts.Count;

        BuildContracts(w, lots, practices);
        BuildCellsAndPatients(w, practices, lots, patientsPerLine);
        StaffNeeds.Recompute(w);
        BuildStaffAndMoney(w);
        return w;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void BuildProviders(QuasiMarket w, int area, int[] kindCounts, int entrantSlots)
    {
        var pr = w.Providers;
        var p = w.P;
        var i = w.Areas.ProviderStart[area];
        // Practices come first in each area's block: cells index them by position.
        ProviderKind[] order = [ProviderKind.GpPractice, ProviderKind.AcuteTrust, ProviderKind.CommunityTrust, ProviderKind.MentalHealthTrust, ProviderKind.PrivateFirm, ProviderKind.VoluntaryOrg];
        foreach (var kind in order)
        {
            for (var n = 0; n < kindCounts[(int)kind]; n++, i++)
            {
                ProviderSetup.Init(w, i, area, kind, alive: true, tick: 0);
                if (kind == ProviderKind.GpPractice)
                {
                    var rng = new RandomStream(w.Seed, Streams.AdoptionSetup, (ulong)i, 0);
                    pr.Adopted[i] = rng.NextBernoulli(p.Market.InitialAdoption);
                }
            }
        }
        for (var n = 0; n < entrantSlots; n++, i++) ProviderSetup.Init(w, i, area, ProviderKind.PrivateFirm, alive: false, tick: 0);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void BuildContracts(QuasiMarket w, int lots, int practices)
    {
        var k = w.Contracts;
        var p = w.P;
        for (var a = 0; a < w.AreaCount; a++)
        {
            for (var l = 0; l < w.Lines.Count; l++)
            {
                var candidates = IncumbentCandidates(w, a, w.Lines[l]);
                for (var lot = 0; lot < lots; lot++)
                {
                    var c = w.Areas.ContractStart[a] + l * lots + lot;
                    var rng = new RandomStream(w.Seed, Streams.ContractSetup, (ulong)c, 0);
                    k.Area[c] = a;
                    k.Line[c] = l;
                    k.Provider[c] = candidates[lot % candidates.Count];
                    k.Price[c] = w.Lines[l].Tariff;
                    ContractTerms.Write(w, c);
                    // Expiries are staggered: contracts were let in different years.
                    k.Age[c] = rng.NextInt(k.Length[c]);
                    k.TrustC[c] = k.TrustP[c] = p.PerArea.InitialTrust[a];
                    k.Stance[c] = w.Areas.Stance[a];
                    var sd = p.Information.PriorSd * p.Information.IncumbentBeliefShare;
                    k.BeliefQ[c] = w.Providers.Quality[k.Provider[c]] + sd * rng.NextGaussian();
                    k.BeliefVar[c] = sd * sd;
                    k.DeliveredQuality[c] = w.Providers.Quality[k.Provider[c]];
                    k.Monitoring[c] = InformationRule.Monitoring(w, c);
                    k.Challenge[c] = ProviderEffort.Challenge(w, c);
                    // Outcome payment is judged against the admission ratio the provider achieves now.
                    k.AdmissionRatio[c] = k.OutcomeReference[c] = 1 - p.Patients.CareAdmissionEffect * k.DeliveredQuality[c] * p.Patients.AdherenceMean;
                }
            }
        }
    }

    /// <summary>
    /// The providers that hold a line's contracts at the start: those of its incumbent kind, else of the first kind
    /// able to deliver it (in the order below) that the area has. Validation ensures one exists.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<int> IncumbentCandidates(QuasiMarket w, int area, ServiceLine line)
    {
        ProviderKind[] fallback = [line.Incumbent, ProviderKind.CommunityTrust, ProviderKind.AcuteTrust, ProviderKind.MentalHealthTrust,
            ProviderKind.VoluntaryOrg, ProviderKind.PrivateFirm];
        foreach (var kind in fallback)
        {
            if (kind != line.Incumbent && !line.DeliverableBy(kind)) continue;
            var found = new List<int>();
            for (var i = w.Areas.ProviderStart[area]; i < w.Areas.ProviderStart[area + 1]; i++)
            {
                if (w.Providers.Alive[i] && w.Providers.Kind[i] == kind) found.Add(i);
            }
            if (found.Count > 0) return found;
        }
        throw new InvalidOperationException($"Area {area} has no provider to hold a contract.");
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void BuildCellsAndPatients(QuasiMarket w, int practices, int lots, int[] patientsPerLine)
    {
        var cells = w.Cells;
        var pat = w.Patients;
        var p = w.P;
        var key = CounterRng.Key(w.Seed, Streams.PatientSetup, 0, 0);
        var cell = 0;
        var patient = 0;
        for (var a = 0; a < w.AreaCount; a++)
        {
            for (var j = 0; j < practices; j++)
            {
                // Practices are split into lots in contiguous groups.
                var lot = (int)((long)j * lots / practices);
                for (var l = 0; l < w.Lines.Count; l++, cell++)
                {
                    var c = w.Areas.ContractStart[a] + l * lots + lot;
                    cells.Contract[cell] = c;
                    cells.Practice[cell] = w.Areas.ProviderStart[a] + j;
                    cells.PatientStart[cell] = patient;
                    w.Contracts.Patients[c] += patientsPerLine[l];
                    for (var n = 0; n < patientsPerLine[l]; n++, patient++)
                    {
                        var bits = CounterRng.Bits(key, (ulong)patient);
                        pat.Severity[patient] = (float)Math.Clamp(p.Patients.InitialSeverityMean + p.Patients.InitialSeveritySpread * (2 * CounterRng.LowToUnitFloat(bits) - 1), 0, 0.999);
                        pat.Adherence[patient] = (float)Math.Clamp(p.Patients.AdherenceMean + p.Patients.AdherenceSpread * (2 * CounterRng.HighToUnitFloat(bits) - 1), 0, 1);
                    }
                }
            }
        }
        cells.PatientStart[cell] = patient;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void BuildStaffAndMoney(QuasiMarket w)
    {
        var pr = w.Providers;
        var s = w.Staff;
        var k = w.Contracts;
        for (var i = 0; i < pr.Area.Length; i++)
        {
            for (var cat = 0; cat < pr.Categories; cat++)
            {
                var idx = i * pr.Categories + cat;
                pr.Employed[idx] = pr.Needed[idx] * w.Categories[cat].StaffingAtStart;
                var pool = w.RegionOf(i) * s.Categories + cat;
                s.Available[pool] += pr.Employed[idx] * w.Categories[cat].PoolRatio;
                s.TrainingIntake[pool] += pr.Employed[idx] * w.Categories[cat].TrainingRatio / 12;
                s.NeededAtStart[pool] += pr.Needed[idx];
            }
        }
        for (var pool = 0; pool < s.Available.Length; pool++)
        {
            for (var m = 0; m < s.PipelineMonths; m++) s.Pipeline[pool * s.PipelineMonths + m] = s.TrainingIntake[pool];
        }
        // The first budget covers contracts and the admissions expected at the start; it is rebased on spending at the
        // end of the warm-up (Budget.Review).
        var admissions = ExpectedAdmissionCost(w);
        for (var a = 0; a < w.AreaCount; a++) w.Areas.Budget[a] = admissions[a] * w.P.PerArea.BudgetHeadroom[a];
        for (var c = 0; c < k.Count; c++)
        {
            w.Areas.Budget[k.Area[c]] += k.MonthlyValue(c) * w.P.PerArea.BudgetHeadroom[k.Area[c]];
            pr.Reserves[k.Provider[c]] += k.MonthlyValue(c) * w.P.Providers.InitialReserves;
            k.BelievedMargin[c] = k.Price[c] / w.UnitCost(k.Provider[c], k.Line[c]) - 1;
        }
    }

    /// <summary>Each area's expected cost of unplanned admissions in the first month, from its patients as built.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double[] ExpectedAdmissionCost(QuasiMarket w)
    {
        var cost = new double[w.AreaCount];
        var cells = w.Cells;
        var pat = w.Patients;
        var p = w.P.Patients;
        for (var cell = 0; cell < cells.Contract.Length; cell++)
        {
            var c = cells.Contract[cell];
            var quality = w.Contracts.DeliveredQuality[c];
            var sum = 0.0;
            for (var j = cells.PatientStart[cell]; j < cells.PatientStart[cell + 1]; j++)
            {
                var hazard = w.AdmissionHazardBySeverity[(int)(Math.Min(pat.Severity[j], 1f) * QuasiMarket.HazardTableSize)];
                sum += hazard * (1 - p.CareAdmissionEffect * quality * pat.Adherence[j]);
            }
            cost[w.Contracts.Area[c]] += sum * p.AdmissionCost;
        }
        return cost;
    }

    /// <summary>Splits <paramref name="total"/> by weights, largest remainder first (deterministic, sums exactly).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int[] SplitByShare(int total, double[] weights)
    {
        var sum = weights.Sum();
        var exact = weights.Select(x => total * x / sum).ToArray();
        var parts = exact.Select(x => (int)Math.Floor(x)).ToArray();
        var left = total - parts.Sum();
        foreach (var i in Enumerable.Range(0, weights.Length).OrderByDescending(i => exact[i] - parts[i]).ThenBy(i => i).Take(left)) parts[i]++;
        return parts;
    }
}
