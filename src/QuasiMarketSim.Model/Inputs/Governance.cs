namespace QuasiMarketSim.Model.Inputs;

/// <summary>The four governance stances of the Livewell paper's Table 2.</summary>
public enum Stance : byte
{
    /// <summary>Low trust, high challenge, control and monitoring against targets.</summary>
    Agency,
    /// <summary>High trust, joint endeavour, appreciative and collaborative.</summary>
    Stewardship,
    /// <summary>Boundary spanning to lever external expertise, resources and reputation.</summary>
    ResourceDependency,
    /// <summary>Long-term public value; consensual, mindful of wider interests.</summary>
    Stakeholder,
}
