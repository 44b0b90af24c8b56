namespace QuasiMarketSim.Cli.Tests.Commands;

public sealed class CalibrateCommandTests : CliHarness
{
    /// <summary>A small transactional world where tenders happen: 8 areas of 2 practices of 100 patients, three years.</summary>
    private static readonly string[] Small =
    [
        "--set", "world.commissioners=8", "--set", "world.practices_per_commissioner=2", "--set", "world.patients_per_practice=100", "--ticks", "36",
        "--parameters", "transaction_costs.tender_cost,transaction_costs.incompleteness_cost",
    ];

    [Fact]
    public void Calibrate_reports_targets_the_parameters_informed_and_the_held_out_target_and_writes_its_folder()
    {
        var outDir = Path.Combine(Root, "cal");
        var (code, stdout, stderr) = Run(["calibrate", RepoPaths.Scenario("transactional"), "--samples", "150", .. Small, "--out", outDir]);
        Assert.True(code == 0, stderr);
        Assert.Contains("150 parameter sets from the prior x 2 runs (300 runs), 2 uncertain parameters", stdout, StringComparison.Ordinal);
        Assert.Contains("staff leaver rate, per year                  input check", stdout, StringComparison.Ordinal);
        Assert.Contains("Parameters the targets inform", stdout, StringComparison.Ordinal);
        Assert.Contains("Held out: share of spend tendered, per year: observed 2.0 [0.0, 4.0]", stdout, StringComparison.Ordinal);
        foreach (var file in new[] { "posterior.csv", "samples.csv", "runs.csv", "targets.csv", "parameters.csv", "summary.json", "manifest.json" })
            Assert.True(File.Exists(Path.Combine(outDir, file)), file);
        Assert.True(File.Exists(Path.Combine(outDir, "figures", "calibration-targets.png")));
        Assert.StartsWith("sample,transaction_costs.tender_cost,transaction_costs.incompleteness_cost\n", File.ReadAllText(Path.Combine(outDir, "posterior.csv")),
            StringComparison.Ordinal);

        // The manifest replays it bit for bit.
        var replay = Run("replay", outDir);
        Assert.True(replay.Code == 0, replay.Out + replay.Err);
        Assert.Contains("  posterior.csv        identical", replay.Out, StringComparison.Ordinal);

        // The posterior feeds a probabilistic analysis.
        var psa = Run(["run", RepoPaths.Scenario("transactional"), "--psa", "4", .. Small[..8], "--posterior", Path.Combine(outDir, "posterior.csv"),
            "--out", Path.Combine(Root, "psa")]);
        Assert.True(psa.Code == 0, psa.Err);
    }

    [Fact]
    public void A_bad_holdout_or_parameter_exits_one_naming_what_would_do()
    {
        var holdout = Run(["calibrate", RepoPaths.Scenario("transactional"), "--holdout", "vacancies", "--out", Path.Combine(Root, "a")]);
        Assert.Equal(1, holdout.Code);
        Assert.Contains("error: no calibration target 'vacancies'; the targets are tendered_award_share", holdout.Err, StringComparison.Ordinal);
        var echo = Run(["calibrate", RepoPaths.Scenario("transactional"), "--holdout", "staff_vacancy_rate", "--out", Path.Combine(Root, "b")]);
        Assert.Equal(1, echo.Code);
        Assert.Contains("'staff_vacancy_rate' is a check of its input", echo.Err, StringComparison.Ordinal);
        var parameter = Run(["calibrate", RepoPaths.Scenario("transactional"), "--parameters", "trust.gain_rat", "--out", Path.Combine(Root, "c")]);
        Assert.Equal(1, parameter.Code);
        Assert.Contains("--parameters: 'trust.gain_rat' is not an uncertain parameter of transactional", parameter.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(Root, "a")));
    }

    [Fact]
    public void A_calibration_that_accepts_too_few_sets_exits_three_and_writes_nothing()
    {
        // 40 sets of a world with every fitted target far away under the prior: too few are accepted for a posterior.
        var outDir = Path.Combine(Root, "few");
        var (code, _, stderr) = Run(["calibrate", RepoPaths.Scenario("baseline"), "--samples", "40", .. Small, "--out", outDir]);
        Assert.Equal(3, code);
        Assert.Contains("calibration failed: only ", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir));
    }
}
