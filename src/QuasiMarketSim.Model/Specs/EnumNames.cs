using System.Collections.Concurrent;
using System.Text;

namespace QuasiMarketSim.Model.Specs;

/// <summary>
/// The names scenario files use for an enum's values: the value's name in snake_case (<c>ResourceDependency</c> is
/// <c>resource_dependency</c>), in the enum's order, so names are derived from the enum and never kept in step by hand.
/// </summary>
public static class EnumNames
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<string>> Cache = new();

    /// <summary>The snake_case names of <typeparamref name="T"/>'s values, indexed by value.</summary>
    public static IReadOnlyList<string> Of<T>() where T : struct, Enum => Of(typeof(T));

    /// <summary>The snake_case names of <paramref name="type"/>'s values, indexed by value.</summary>
    public static IReadOnlyList<string> Of(Type type) => Cache.GetOrAdd(type, t =>
    {
        var values = Enum.GetValues(t).Cast<object>().Select(Convert.ToInt32).ToList();
        if (values.Where((v, i) => v != i).Any()) throw new InvalidOperationException($"{t.Name}'s values must run 0, 1, 2, ... to be named by position.");
        return [.. Enum.GetNames(t).Select(Snake)];
    });

    /// <summary>The name of <paramref name="value"/>.</summary>
    public static string Name<T>(T value) where T : struct, Enum => Of<T>()[Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)];

    /// <summary>The value named <paramref name="name"/> (a validated scenario name).</summary>
    public static T Parse<T>(string name) where T : struct, Enum
    {
        var names = Of<T>();
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] == name) return (T)Enum.ToObject(typeof(T), i);
        }
        throw new ArgumentException($"'{name}' is not one of {string.Join(", ", names)}.", nameof(name));
    }

    /// <summary>PascalCase to snake_case: <c>GainRate</c> to <c>gain_rate</c>, <c>BassP</c> to <c>bass_p</c>.</summary>
    public static string Snake(string pascal)
    {
        var s = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0) s.Append('_');
            s.Append(char.ToLowerInvariant(pascal[i]));
        }
        return s.ToString();
    }
}
