using QuasiMarketSim.Core.Engine;
using QuasiMarketSim.Model.Metrics;
using QuasiMarketSim.Model.Rules;
using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model;

/// <summary>The processes of one tick, in the order they run (ODD: process overview and scheduling).</summary>
internal static class Phases
{
    /// <summary>The schedule: MODEL-BRIEF's ten processes, preceded by clearing the last tick's flows.</summary>
    public static IReadOnlyList<IPhase<TickContext>> For(MetricsRecorder metrics) =>
    [
        new RulePhase("begin_tick", BeginTickRule.Run),
        new ContextPhase("patients", PatientRule.Run),
        new RulePhase("delivery", DeliveryRule.Run),
        new RulePhase("information", InformationRule.Run),
        new RulePhase("trust", TrustRule.Run),
        new RulePhase("transaction_costs", TransactionCostRule.Run),
        new RulePhase("staff_market", StaffMarketRule.Run),
        new ContextPhase("commissioning", CommissioningRule.Run),
        new RulePhase("entry_exit", MarketRule.Run),
        new RulePhase("innovation", InnovationRule.Run),
        new RulePhase("events", EventRule.Run),
        new RulePhase("metrics", metrics.Run),
    ];

    /// <summary>A rule that reads and writes the world's state only.</summary>
    private sealed class RulePhase(string name, Action<QuasiMarket, int> rule) : IPhase<TickContext>
    {
        public string Name => name;
        public void Run(TickContext context, int tick) => rule(context.World, tick);
    }

    /// <summary>A rule that also needs how the tick is run: threads, kernel, scratch.</summary>
    private sealed class ContextPhase(string name, Action<TickContext, int> rule) : IPhase<TickContext>
    {
        public string Name => name;
        public void Run(TickContext context, int tick) => rule(context, tick);
    }
}
