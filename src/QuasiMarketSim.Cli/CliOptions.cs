using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Numerics;
using QuasiMarketSim.Model.Parameters;

namespace QuasiMarketSim.Cli;

/// <summary>
/// The options commands share, each checked as it is parsed, so a bad value is reported under the option's own name
/// with the range expected (never as a .NET type name, never blamed on --set) before any work starts.
/// </summary>
internal static class CliOptions
{
    /// <summary>The most threads any command uses (more only adds overhead; far more aborts the runtime).</summary>
    public const int MaxThreads = 256;

    /// <summary>The default thread count: the machine's cores.</summary>
    public static int DefaultThreads => Math.Clamp(Environment.ProcessorCount, 1, MaxThreads);

    public static Option<long?> Seed() => Optional<long>("--seed", "Master seed (default: the scenario's).", (long)RunFields.Seed.Min, long.MaxValue);

    public static Option<int?> Ticks(string description = "Months to record after the warm-up (default: the scenario's).") =>
        Optional<int>("--ticks", description, (int)RunFields.Ticks.Min, (int)RunFields.Ticks.Max);

    public static Option<int> Threads(string description) => Whole("--threads", description, 1, MaxThreads, DefaultThreads);

    public static Option<string?> Out(string description) => new("--out")
    {
        Description = description,
        CustomParser = r =>
        {
            var text = r.Tokens.Count > 0 ? r.Tokens[^1].Value : null;
            if (text is not null && string.IsNullOrWhiteSpace(text)) r.AddError("--out: expected a folder path, got an empty one");
            return text;
        },
    };

    /// <summary>A whole number within [min, max], with a default.</summary>
    public static Option<int> Whole(string name, string description, int min, int max, int @default, params string[] aliases) => new(name, aliases)
    {
        Description = description,
        DefaultValueFactory = _ => @default,
        CustomParser = r => Parse<int>(r, name, min, max) ?? @default,
    };

    /// <summary>An optional whole number within [min, max].</summary>
    public static Option<T?> Optional<T>(string name, string description, T min, T max, params string[] aliases)
        where T : struct, IBinaryInteger<T> => new(name, aliases)
    {
        Description = description,
        CustomParser = r => Parse(r, name, min, max),
    };

    /// <summary>An optional fraction in (0, max].</summary>
    public static Option<double?> Fraction(string name, string description, double max) => new(name)
    {
        Description = description,
        CustomParser = r =>
        {
            var text = r.Tokens.Count > 0 ? r.Tokens[^1].Value : "";
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v > 0 && v <= max) return v;
            r.AddError(string.Create(CultureInfo.InvariantCulture, $"{name}: expected a number above 0 and at most {max} (e.g. 0.02); got '{text}'"));
            return null;
        },
    };

    private static T? Parse<T>(ArgumentResult r, string name, T min, T max) where T : struct, IBinaryInteger<T>
    {
        var text = r.Tokens.Count > 0 ? r.Tokens[^1].Value : "";
        if (T.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max) return v;
        var range = max == MaxOf<T>() ? $"of {min} or more" : $"from {min} to {max}";
        r.AddError(string.Create(CultureInfo.InvariantCulture, $"{name}: expected a whole number {range}; got '{text}'"));
        return null;
    }

    private static T MaxOf<T>() where T : struct, IBinaryInteger<T> =>
        typeof(T) == typeof(long) ? (T)(object)long.MaxValue : typeof(T) == typeof(int) ? (T)(object)int.MaxValue : T.Zero;
}
