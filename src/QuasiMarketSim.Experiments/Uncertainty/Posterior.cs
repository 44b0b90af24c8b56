using System.Globalization;

namespace QuasiMarketSim.Experiments.Uncertainty;

/// <summary>
/// A calibration's posterior sample (posterior.csv: a "sample" column, then one column per calibrated parameter
/// path), for a probabilistic analysis to draw parameter sets from. Set s takes row s modulo the sample's size.
/// When quasim calibrate's parameters.csv lies beside it, its scenario_value column gives the value each parameter had
/// in the scenario calibrated (<see cref="CalibratedAt"/>).
/// </summary>
public sealed class Posterior
{
    private readonly Dictionary<string, double[]> _columns;
    private readonly Dictionary<string, double> _calibratedAt;

    private Posterior(Dictionary<string, double[]> columns, int rows, Dictionary<string, double> calibratedAt) =>
        (_columns, Rows, _calibratedAt) = (columns, rows, calibratedAt);

    /// <summary>Rows in the sample.</summary>
    public int Rows { get; }

    /// <summary>The calibrated parameters' paths.</summary>
    public IEnumerable<string> Paths => _columns.Keys;

    /// <summary>The sample's value of <paramref name="path"/> for set <paramref name="set"/>, or null when it was not calibrated.</summary>
    public double? Value(int set, string path) => _columns.TryGetValue(path, out var c) ? c[set % Rows] : null;

    /// <summary>The sample's mean of <paramref name="path"/>.</summary>
    public double Mean(string path) => _columns[path].Average();

    /// <summary>
    /// The value <paramref name="path"/> had in the scenario that was calibrated (the prior's declared mean), read from the
    /// calibration's parameters.csv beside posterior.csv; null when that file is absent or does not name it.
    /// </summary>
    public double? CalibratedAt(string path) => _calibratedAt.TryGetValue(path, out var v) ? v : null;

    /// <summary>Reads <paramref name="path"/>; errors name the file, line and column.</summary>
    public static Posterior Read(string path)
    {
        if (!File.Exists(path)) throw new ArgumentException($"--posterior: {path} does not exist (quasim calibrate writes posterior.csv)");
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToArray();
        if (lines.Length < 2) throw new ArgumentException($"{path}: expected a header and at least one row");
        var header = lines[0].Split(',');
        if (header[0] != "sample") throw new ArgumentException($"{path}:1: expected the first column to be 'sample' (a posterior.csv written by quasim calibrate)");
        var columns = header.Skip(1).ToDictionary(h => h, _ => new double[lines.Length - 1]);
        for (var r = 1; r < lines.Length; r++)
        {
            var cells = lines[r].Split(',');
            if (cells.Length != header.Length) throw new ArgumentException($"{path}:{r + 1}: expected {header.Length} values, found {cells.Length}");
            for (var c = 1; c < cells.Length; c++)
            {
                if (!double.TryParse(cells[c], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
                    throw new ArgumentException($"{path}:{r + 1}: {header[c]}: expected a number, found '{cells[c]}'");
                columns[header[c]][r - 1] = v;
            }
        }
        return new Posterior(columns, lines.Length - 1, ReadCalibratedAt(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", "parameters.csv")));
    }

    /// <summary>parameter -> scenario_value from a calibration's parameters.csv (empty when there is none, or it is another file).</summary>
    private static Dictionary<string, double> ReadCalibratedAt(string path)
    {
        var result = new Dictionary<string, double>();
        if (!File.Exists(path)) return result;
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0) return result;
        var header = lines[0].Split(',');
        var (name, mean) = (Array.IndexOf(header, "parameter"), Array.IndexOf(header, "scenario_value"));
        if (name < 0 || mean < 0) return result;
        foreach (var line in lines.Skip(1))
        {
            // Parameter paths and numbers hold no commas or quotes; later text columns may, but they come after these.
            var cells = line.Split(',');
            if (cells.Length > Math.Max(name, mean) && double.TryParse(cells[mean], NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
                && double.IsFinite(v)) result[cells[name]] = v;
        }
        return result;
    }
}
