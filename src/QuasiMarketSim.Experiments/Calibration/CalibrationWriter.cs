using System.Globalization;
using System.Text.Json;
using QuasiMarketSim.Experiments.Uncertainty;
using QuasiMarketSim.Scenarios;
using static QuasiMarketSim.Runners.ResultsWriter;

namespace QuasiMarketSim.Experiments.Calibration;

/// <summary>Writes a calibration's files (documented in docs/outputs.md). Every file is a pure function of the runs.</summary>
internal static class CalibrationWriter
{
    public static void Write(string dir, LoadedScenario scenario, IReadOnlyList<UncertainParameter> parameters, double[][] values, double[][][] runs,
        ulong seed, CalibrationAnalysis analysis)
    {
        var paths = parameters.Select(p => p.Path).ToList();
        var targets = analysis.Targets;
        string I(int i) => i.ToString(CultureInfo.InvariantCulture);
        string Bool(bool b) => b ? "true" : "false";
        WriteCsv(Path.Combine(dir, "posterior.csv"), string.Join(',', ["sample", .. paths]),
            analysis.Accepted.Select(s => string.Join(',', [I(s), .. values[s].Select(Format)])));
        WriteCsv(Path.Combine(dir, "samples.csv"), string.Join(',', ["set", .. paths, .. targets.Select(t => t.Target.Name), "distance", "acceptance_probability", "implausibility", "accepted"]),
            Enumerable.Range(0, values.Length).Select(s => string.Join(',', [I(s), .. values[s].Select(Format),
                .. targets.Select((_, k) => Format(runs[s].Average(rep => rep[k]))), Format(analysis.Distance[s]), Format(CalibrationAnalysis.Kernel(analysis.Distance[s])),
                Format(analysis.Implausibility[s]),
                Bool(analysis.IsAccepted(s))])));
        var r = runs[0].Length;
        WriteCsv(Path.Combine(dir, "runs.csv"), string.Join(',', ["set", "replication", "seed", .. targets.Select(t => t.Target.Name)]),
            Enumerable.Range(0, values.Length * r).Select(u => string.Join(',', [I(u / r), I(u % r),
                Seeds.Replication(seed, u).ToString(CultureInfo.InvariantCulture), .. runs[u / r][u % r].Select(Format)])));
        WriteCsv(Path.Combine(dir, "targets.csv"),
            "target,role,unit,observed,sd,observed_low,observed_high,monte_carlo_sd,prior_mean,prior_low,prior_high,posterior_mean,posterior_sd,"
                + "posterior_low,posterior_high,predictive_p,covered,implausibility,consistent,echoes,source,uncertainty",
            targets.Select(t => string.Join(',', t.Target.Name, Role(t.Role), Quote(t.Target.Unit), Format(t.Target.Observed), Format(t.Target.Sd),
                Format(t.Target.Low), Format(t.Target.High), Format(Math.Sqrt(t.MonteCarloVariance)), Format(t.Prior.Mean), Format(t.Prior.Low),
                Format(t.Prior.High), Format(t.Posterior.Mean), Format(t.Posterior.Sd), Format(t.Posterior.Low), Format(t.Posterior.High),
                Format(t.PredictiveP), Bool(t.Covered), Format(t.Implausibility), Bool(t.Consistent), Quote(t.Target.Echoes ?? ""), Quote(t.Target.Source),
                Quote(t.Target.UncertaintyReason))));
        var threshold = analysis.InformedThreshold;
        WriteCsv(Path.Combine(dir, "parameters.csv"),
            "parameter,scenario_value,distribution,declared_sd,prior_mean,prior_sd,prior_low,prior_high,posterior_mean,posterior_sd,posterior_low,posterior_high,"
                + "sd_ratio,shift,p_narrow,p_shift,informed",
            analysis.Parameters.Select((p, i) => string.Join(',', p.Path, Format(parameters[i].Mean), parameters[i].Prior.Family.ToString().ToLowerInvariant(), Format(parameters[i].Sd),
                Format(p.Prior.Mean), Format(p.Prior.Sd), Format(p.Prior.Low), Format(p.Prior.High), Format(p.Posterior.Mean), Format(p.Posterior.Sd),
                Format(p.Posterior.Low), Format(p.Posterior.High), Format(p.SdRatio), Format(p.Shift), Format(p.PNarrow), Format(p.PShift),
                Bool(p.Informed(threshold)))));
        WriteSummary(Path.Combine(dir, "summary.json"), scenario, seed, values.Length, r, analysis);
    }

    /// <summary>A role as the files write it.</summary>
    public static string Role(TargetRole role) => role switch
    {
        TargetRole.Fitted => "fitted",
        TargetRole.HeldOut => "held_out",
        _ => "input_check",
    };

    private static void WriteSummary(string path, LoadedScenario scenario, ulong seed, int samples, int r, CalibrationAnalysis analysis)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("scenario", scenario.Input.Name);
        json.WriteString("scenario_hash", scenario.Hash);
        json.WriteNumber("seed", seed);
        json.WriteString("method", "ABC rejection with the observation error as kernel: a parameter set is accepted with probability exp(-d^2/2), "
            + "d the distance of the mean of its runs from the fitted targets in observation sds");
        json.WriteNumber("samples", samples);
        json.WriteNumber("replications_per_sample", r);
        json.WriteNumber("accepted", analysis.Accepted.Count);
        WriteNumber(json, "expected_accepted", analysis.AcceptanceProbability.Sum());
        json.WriteNumber("implausibility_cutoff", CalibrationAnalysis.Cutoff);
        json.WriteNumber("accepted_within_cutoff", analysis.AcceptedWithinCutoff);
        json.WriteNumber("samples_within_cutoff", analysis.WithinCutoff);
        foreach (var role in new[] { TargetRole.Fitted, TargetRole.HeldOut, TargetRole.InputCheck })
        {
            json.WriteStartArray(Role(role));
            foreach (var t in analysis.Targets.Where(t => t.Role == role)) json.WriteStringValue(t.Target.Name);
            json.WriteEndArray();
        }
        json.WriteStartObject("targets");
        foreach (var t in analysis.Targets)
        {
            json.WriteStartObject(t.Target.Name);
            json.WriteString("label", t.Target.Label);
            json.WriteString("role", Role(t.Role));
            WriteNumber(json, "observed", t.Target.Observed);
            WriteNumber(json, "sd", t.Target.Sd);
            WriteNumber(json, "prior_mean", t.Prior.Mean);
            WriteNumber(json, "posterior_mean", t.Posterior.Mean);
            WriteNumber(json, "posterior_low", t.Posterior.Low);
            WriteNumber(json, "posterior_high", t.Posterior.High);
            WriteNumber(json, "predictive_p", t.PredictiveP);
            json.WriteBoolean("covered", t.Covered);
            WriteNumber(json, "implausibility", t.Implausibility);
            json.WriteBoolean("consistent", t.Consistent);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteNumber("calibrated_parameters", analysis.Parameters.Count);
        WriteNumber(json, "informed_threshold", analysis.InformedThreshold);
        json.WriteStartArray("informed_parameters");
        foreach (var p in analysis.Parameters.Where(p => p.Informed(analysis.InformedThreshold)).OrderBy(p => p.SdRatio))
        {
            json.WriteStartObject();
            json.WriteString("parameter", p.Path);
            WriteNumber(json, "sd_ratio", p.SdRatio);
            WriteNumber(json, "shift", p.Shift);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
