namespace QuasiMarketSim.Plots;

/// <summary>Draws the standard figures for a results folder into its figures/ subfolder.</summary>
public static class FigureWriter
{
    /// <summary>Figure size in pixels (PNG) or points (SVG).</summary>
    public const int Width = 900, Height = 550;

    /// <summary>
    /// Overlays the time series of several run or replications folders, one colour per scenario, into
    /// <paramref name="target"/>; returns the paths.
    /// </summary>
    public static IReadOnlyList<string> WriteOverlay(IReadOnlyList<string> folderPaths, IReadOnlyList<string> metrics, string format, string target)
    {
        if (format is not ("png" or "svg")) throw new ArgumentException($"--format must be png or svg (got '{format}')");
        var folders = folderPaths.Select(p => new ResultsFolder(p)).ToList();
        foreach (var f in folders.Where(f => f.Kind is not ("run" or "replications")))
            throw new ArgumentException($"{f.Path} holds {f.Kind} results; only runs and replications can be overlaid");
        return OverwriteGuard.IntoFigureFolder(target, () => DrawOverlay(folders, metrics, format, target));
    }

    private static List<string> DrawOverlay(List<ResultsFolder> folders, IReadOnlyList<string> metrics, string format, string target)
    {
        var names = (metrics.Count > 0 ? metrics : folders[0].Headlines).Select(m => System.IO.Path.Combine(target, $"overlay-{m}.{format}")).ToList();
        foreach (var name in names) OverwriteGuard.CheckFigure(name);
        var written = new List<string>();
        foreach (var metric in metrics.Count > 0 ? metrics : folders[0].Headlines)
        {
            var plot = TimeSeriesFigure.Create(folders, metric);
            var path = System.IO.Path.Combine(target, $"overlay-{metric}.{format}");
            if (format == "png") plot.SavePng(path, Width, Height);
            else plot.SaveSvg(path, Width, Height);
            written.Add(path);
        }
        return written;
    }

    /// <summary>Writes the figures; returns their paths.</summary>
    public static IReadOnlyList<string> Write(string folderPath, IReadOnlyList<string> metrics, string format)
    {
        if (format is not ("png" or "svg")) throw new ArgumentException($"--format must be png or svg (got '{format}')");
        var folder = new ResultsFolder(folderPath);
        var target = folder.Combine("figures");
        return OverwriteGuard.IntoFigureFolder(target, () => Draw(folder, target, metrics, format));
    }

    private static List<string> Draw(ResultsFolder folder, string target, IReadOnlyList<string> metrics, string format)
    {
        var written = new List<string>();
        void Save(ScottPlot.Plot plot, string name)
        {
            var path = System.IO.Path.Combine(target, $"{name}.{format}");
            OverwriteGuard.CheckFigure(path);
            if (format == "png") plot.SavePng(path, Width, Height);
            else plot.SaveSvg(path, Width, Height);
            written.Add(path);
        }
        if (folder.Kind == "bench")
        {
            Save(ScalingFigure.Create(folder), "scaling");
            return written;
        }
        if (folder.Kind == "calibrate")
        {
            foreach (var (name, plot, width, height) in CalibrationFigures.Create(folder))
            {
                var path = System.IO.Path.Combine(target, $"{name}.{format}");
                OverwriteGuard.CheckFigure(path);
                if (format == "png") plot.SavePng(path, width, height);
                else plot.SaveSvg(path, width, height);
                written.Add(path);
            }
            return written;
        }
        if (folder.Kind == "compare")
        {
            Save(ForestFigure.Create(folder), "forest");
            if (File.Exists(folder.Combine("paths.csv")))
            {
                foreach (var metric in metrics.Count > 0 ? metrics : folder.Headlines) Save(ComparisonPaths.Create(folder, metric), $"paths-{metric}");
            }
            return written;
        }
        if (folder.Kind == "psa")
        {
            if (!File.Exists(folder.Combine("cost_effectiveness.csv"))) return written;
            Save(UncertaintyFigures.Plane(Csv.Read(folder.Combine("cost_effectiveness.csv"))), "cost-effectiveness-plane");
            Save(UncertaintyFigures.Acceptability(Csv.Read(folder.Combine("acceptability.csv"))), "acceptability-curve");
            return written;
        }
        if (folder.Kind == "sensitivity")
        {
            foreach (var metric in metrics.Count > 0 ? metrics : SensitivityFigure.Metrics(folder)) Save(SensitivityFigure.Create(folder, metric), $"sensitivity-{metric}");
            return written;
        }
        if (folder.Kind == "sweep")
        {
            foreach (var metric in metrics.Count > 0 ? metrics : folder.Headlines) Save(SweepFigure.Create(folder, metric), $"sweep-{metric}");
            return written;
        }
        foreach (var metric in metrics.Count > 0 ? metrics : folder.Headlines) Save(TimeSeriesFigure.Create(folder, metric), metric);
        // The anatomy belongs to the standard set; naming metrics asks for those figures only.
        if (metrics.Count == 0 && File.Exists(folder.Combine("anatomy.json")))
        {
            foreach (var (name, plot) in AnatomyFigures.Create(folder)) Save(plot, name);
        }
        return written;
    }
}
