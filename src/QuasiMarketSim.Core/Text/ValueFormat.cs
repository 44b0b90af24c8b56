using System.Globalization;

namespace QuasiMarketSim.Core.Text;

/// <summary>
/// How numbers are written for people, in the console, the figures and the report alike: never in E-notation, shares
/// as percentages, money in GBP with k or M, large counts with thousands separators. Files for machines keep the
/// shortest round-trip form instead.
/// </summary>
public static class ValueFormat
{
    /// <summary>A number with about four significant digits and no exponent (12,345; 0.04006; 1.5).</summary>
    public static string Number(double value)
    {
        if (!double.IsFinite(value)) return value.ToString(CultureInfo.InvariantCulture);
        var magnitude = Math.Abs(value);
        if (magnitude >= 10_000) return value.ToString("N0", CultureInfo.InvariantCulture);
        if (magnitude == 0) return "0";
        var decimals = Math.Clamp(3 - (int)Math.Floor(Math.Log10(magnitude)), 0, 10);
        return Math.Round(value, decimals).ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture);
    }

    /// <summary>A value in its unit: shares as percentages, GBP with k or M, other units (0-1 indices too) as <see cref="Number"/>.</summary>
    public static string Of(double value, string unit) => unit switch
    {
        "share" => Percent(value),
        _ when unit.StartsWith("GBP", StringComparison.Ordinal) => Money(value),
        _ => Number(value),
    };

    /// <summary>A share as a percentage with one decimal (0.04006 is 4.0%).</summary>
    public static string Percent(double share) =>
        double.IsFinite(share) ? (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : share.ToString(CultureInfo.InvariantCulture);

    /// <summary>Money: GBP 16.9M, GBP 52.3k, GBP 812.</summary>
    public static string Money(double gbp)
    {
        var magnitude = Math.Abs(gbp);
        var text = magnitude >= 1e6 ? (gbp / 1e6).ToString("0.0", CultureInfo.InvariantCulture) + "M"
            : magnitude >= 1e4 ? (gbp / 1e3).ToString("0.0", CultureInfo.InvariantCulture) + "k"
            : gbp.ToString("0", CultureInfo.InvariantCulture);
        return "GBP " + text;
    }
}
