namespace QuasiMarketSim.Model.Metrics.Probes;

/// <summary>Specialist staff: vacancies, employment, the pool and leavers.</summary>
internal static class StaffProbes
{
    public static readonly Probe VacancyRate = Probe.Share("staff_vacancy_rate", "staff vacancy rate", "staff",
        "Vacancies (needed minus employed, where positive) over staff needed, all categories.", t => t.VacancyRate).LowerIsBetter();

    public static readonly Probe Employed = Probe.Level("staff_employed", "staff employed", "WTE", "staff",
        "Specialist staff employed by providers.", t => t.Employed);

    public static readonly Probe Available = Probe.Level("staff_available", "staff in the pool", "WTE", "staff",
        "Qualified staff in the pools, not employed.", t => t.Available);

    public static readonly Probe Leavers = Probe.Flow("staff_leavers", "staff leaving", "WTE per month", "staff",
        "Staff leaving the profession this month (from providers and pools).", t => t.Leavers);

    /// <summary>The vacancy rate of one staff category.</summary>
    public static Probe VacancyRateOf(string category, int index) => Probe.Share($"staff_vacancy_rate_{category}", $"vacancy rate, {category}", "staff",
        $"Vacancy rate of {category}.", t => t.CategoryVacancy[index]);
}
