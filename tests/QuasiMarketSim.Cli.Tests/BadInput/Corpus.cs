namespace QuasiMarketSim.Cli.Tests.BadInput;

/// <summary>
/// The bad-input corpus: what a careful and a careless user tried (issue "Never destroy a user's files"), grouped
/// by what is at stake. Every case runs quasim as its own process in a fresh sandbox (<see cref="Sandbox"/>). Cases
/// that already behaved well stay here, so they keep behaving well.
/// </summary>
public static class Corpus
{
    private static BadInputCase C(string name, string args, int exit, string message, params string[] writes) =>
        new(name, args.Split(' ', StringSplitOptions.RemoveEmptyEntries), exit, message, writes);

    private static BadInputCase A(string name, string[] args, int exit, string message, params string[] writes) =>
        new(name, args, exit, message, writes);

    /// <summary>Results folders: never delete or overwrite what quasim did not write.</summary>
    public static IEnumerable<object[]> DataLoss() => Rows(
        C("run --out a folder of the user's", "run sc/good.jsonc --out mydata", 1, "error: mydata already exists and was not written by quasim"),
        C("run --out the current folder", "run sc/good.jsonc --out .", 1, "error: . is the current folder or one of its parents"),
        C("run --out a parent folder", "run sc/good.jsonc --out ..", 1, "error: .. is the current folder or one of its parents"),
        C("run --out the file system root", "run sc/good.jsonc --out /", 1, "error: / is the root of a file system") with { UnixOnly = true },
        C("run --out a file", "run sc/good.jsonc --out notes.txt", 1, "error: notes.txt is a file, not a folder"),
        C("replications --out a folder of the user's", "run sc/good.jsonc -r 2 --out mydata", 1, "error: mydata already exists and was not written by quasim"),
        C("compare --out a folder of the user's", "compare sc/good.jsonc transactional -r 2 --ticks 2 --out mydata", 1, "error: mydata already exists and was not written by quasim"),
        C("sensitivity --out a folder of the user's", "sensitivity mix-sweep --ticks 2 --out mydata", 1, "error: mydata already exists and was not written by quasim"),
        C("sweep --out a folder of the user's", "sweep mix-sweep --ticks 2 --out mydata", 1, "error: "),
        C("bench --out a folder of the user's, checked before timing", "bench --patients 1000 --out mydata", 1, "error: mydata already exists and was not written by quasim"),
        C("rerun into quasim's own folder replaces it", "run baseline --ticks 3 --out r0 --quiet", 0, "", "r0"),
        C("report --out over a file of the user's", "report r0 --out notes.txt", 1, "error: notes.txt exists and is not a report quasim wrote", "r0/figures"),
        C("report into a results folder", "report r0", 0, "r0/report.html", "r0"),
        C("plot into a results folder", "plot r0 --metric trust_mean", 0, "r0/figures/trust_mean.png", "r0/figures"),
        C("scenario name with ..", "run sc/name-dots.jsonc", 1, "sc/name-dots.jsonc:1: name: expected a name of letters"),
        C("scenario name that is an absolute path", "run sc/name-abs.jsonc", 1, "sc/name-abs.jsonc:1: name: expected a name of letters"),
        C("scenario name with a slash", "run sc/name-slash.jsonc", 1, "sc/name-slash.jsonc:1: name: expected a name of letters"),
        C("--set name to a path", "run baseline --set name=../../x --ticks 2", 1, "--set:1: name: expected a name of letters"),
        C("--set name to an absolute path", "run baseline --set name=/tmp/x --ticks 2", 1, "--set:1: name: expected a name of letters"),
        C("--set name to a plain name writes under runs/", "run baseline --set name=mine --ticks 2 --quiet", 0, "", "runs"),
        A("--out empty", ["run", "sc/good.jsonc", "--out", ""], 1, "--out: expected a folder path, got an empty one"),
        A("--out blank", ["run", "sc/good.jsonc", "--out", "   "], 1, "--out: expected a folder path, got an empty one"));

    /// <summary>Scenario files: read only what a scenario may name, and never echo a foreign file.</summary>
    public static IReadOnlyList<object[]> Reading() => Rows(
        C("extends /etc/passwd", "validate sc/abs-passwd.jsonc", 1, "sc/abs-passwd.jsonc:1: extends: expected a path relative to this file"),
        C("extends /dev/zero", "validate sc/abs-zero.jsonc", 1, "sc/abs-zero.jsonc:1: extends: expected a path relative to this file"),
        C("extends outside the scenario's folder", "validate sc/up.jsonc", 1, "sc/up.jsonc:1: extends: base scenario '../../outside/base.jsonc' lies outside"),
        C("extends a secret outside", "validate sc/secret.jsonc", 1, "sc/secret.jsonc:1: extends: base scenario") with { MustNotSay = Sandbox.Secret },
        C("extends a file that is not a scenario", "validate sc/no-ext.jsonc", 1, "sc/no-ext.jsonc:1: extends: '../notes.txt' is not a scenario file"),
        C("extends a file that does not exist", "validate sc/missing.jsonc", 1, "sc/missing.jsonc:1: extends: base scenario 'nothere.jsonc' file not found"),
        C("extends a folder", "validate sc/via-dir.jsonc", 1, "sc/via-dir.jsonc:1: extends: base scenario 'dir.jsonc' is a folder"),
        C("extends an empty file", "validate sc/via-empty.jsonc", 1, "sc/via-empty.jsonc:1: extends: base scenario 'empty.jsonc' is empty"),
        C("extends a file over 1 MiB", "validate sc/via-big.jsonc", 1, "sc/via-big.jsonc:1: extends: base scenario 'big.jsonc' is 2,097,"),
        C("extends in a cycle", "validate sc/cycle-a.jsonc", 1, "sc/cycle-b.jsonc:1: extends: scenarios extend each other in a cycle"),
        C("extends a symbolic link to /etc/passwd", "validate sc/via-link.jsonc", 1, "sc/via-link.jsonc:1: extends: base scenario 'link-passwd.jsonc' lies outside") with { UnixOnly = true },
        C("extends a symbolic link loop", "validate sc/via-loop.jsonc", 1, "sc/via-loop.jsonc:1: extends: base scenario 'loop1.jsonc' is a loop of symbolic links") with { UnixOnly = true },
        C("extends a symbolic link to /dev/zero", "validate sc/via-zero.jsonc", 1, "sc/via-zero.jsonc:1: extends: base scenario 'zero.jsonc' lies outside") with { UnixOnly = true },
        C("extends through a linked folder", "validate sc/via-dirlink.jsonc", 1, "sc/via-dirlink.jsonc:1: extends: base scenario 'outlink/base.jsonc' lies outside") with { UnixOnly = true },
        C("run /dev/zero", "run /dev/zero", 1, "/dev/zero:0: (file): is empty, or not a regular file") with { UnixOnly = true },
        C("run a named pipe", "run fifo", 1, "fifo:0: (file): is empty, or not a regular file") with { UnixOnly = true },
        C("run a 50 MB file", "run huge.jsonc", 1, "huge.jsonc:0: (file): is 52,428,800 bytes or more"),
        C("run a folder", "run mydata", 1, "error: scenario 'mydata' not found"),
        C("run an empty file", "run sc/empty.jsonc", 1, "sc/empty.jsonc:0: (file): is empty"),
        C("run a blank file", "run sc/blank.jsonc", 1, "sc/blank.jsonc:1: (syntax): the file is empty (only spaces or comments)"),
        C("run a file of comments", "run sc/comments.jsonc", 1, "sc/comments.jsonc:1: (syntax): the file is empty (only spaces or comments)"),
        C("run a file that is not JSON", "run notes.txt", 1, "notes.txt:1: (syntax): invalid JSON"),
        C("run a JSON array", "run sc/array.jsonc", 1, "sc/array.jsonc:1: (root): expected a JSON object"),
        C("run with a duplicate key", "run sc/dup-key.jsonc", 1, "sc/dup-key.jsonc:1: name: duplicate key 'name'"),
        C("run with text after the object", "run sc/trailing.jsonc", 1, "sc/trailing.jsonc:1: (syntax):"),
        C("run a truncated file", "run sc/invalid.jsonc", 1, "sc/invalid.jsonc:1: (syntax): invalid JSON"),
        C("run a scenario that does not exist", "run nope", 1, "error: scenario 'nope' not found"),
        C("a bad value is reported once", "validate sc/bad-value.jsonc", 1, "sc/bad-value.jsonc:1: events[0].tick: expected a whole number") with { MaxErrorLines = 1 },
        C("a flood of bad events is capped", "validate sc/flood.jsonc", 1, "sc/flood.jsonc:1: events[0]") with { MaxErrorLines = 51 },
        C("a good scenario extending a shipped one", "validate sc/good.jsonc", 0, "sc/good.jsonc: ok"),
        C("every shipped scenario",
            "validate baseline transactional mix-sweep national-scale structural-reform staff-shortage private-partner closeness-without-challenge quasi-market-conditions", 0, ""));

    /// <summary>Limits: refuse up front what cannot run on the machine, instead of crashing.</summary>
    public static IReadOnlyList<object[]> Limits() => Rows(
        C("a world too large for memory", "run sc/huge-world.jsonc --ticks 2", 1, "sc/huge-world.jsonc:1: world.patients_per_practice: this world needs about"),
        C("a sweep grid of 10^13 runs", "sweep sc/huge-grid.jsonc", 1, "sc/huge-grid.jsonc:1: sweep: 10,000,000,000,000 runs is more than the 2,000,000"),
        C("a Sobol design of 400 million runs", "sensitivity sc/huge-sobol.jsonc --method sobol", 1, "sc/huge-sobol.jsonc:1: sensitivity: 400,000,000 runs is more than"),
        C("a sweep point too large to hold, found before any run", "sweep sc/big-point.jsonc --ticks 2", 1,
            "sc/big-point.jsonc:1: world.patients_per_practice: at sweep point 1 (world.commissioners=5000)"),
        C("--threads 100000", "run sc/good.jsonc --threads 100000", 1, "--threads: expected a whole number from 1 to 256; got '100000'"),
        C("--threads 0", "run sc/good.jsonc --threads 0", 1, "--threads: expected a whole number from 1 to 256; got '0'"),
        C("--replications 1000000000", "run sc/good.jsonc --replications 1000000000", 1, "--replications: expected a whole number from 2 to 100000"),
        C("--replications 1", "run sc/good.jsonc -r 1", 1, "--replications: expected a whole number from 2 to 100000; got '1'"),
        C("compare --replications 1000000000", "compare sc/good.jsonc transactional -r 1000000000", 1, "--replications: expected a whole number from 2 to 100000"),
        C("no provider can hold a service", "run sc/no-providers.jsonc", 1, "...service_lines[0].providers: no provider can hold 'diabetes' at the start"),
        C("--patients 0 for bench", "bench --patients 0", 1, "error: --patients: expected population sizes from 1,000 to 500,000,000"));

    /// <summary>Options: named as the user typed them, checked before any work.</summary>
    public static IReadOnlyList<object[]> Options() => Rows(
        C("--precision 0", "run sc/good.jsonc --precision 0", 1, "--precision: expected a number above 0 and at most 1"),
        C("--precision -1", "run sc/good.jsonc --precision -1", 1, "--precision: expected a number above 0 and at most 1"),
        C("--precision NaN", "run sc/good.jsonc --precision NaN", 1, "--precision: expected a number above 0 and at most 1"),
        C("--precision abc", "run sc/good.jsonc --precision abc", 1, "--precision: expected a number above 0 and at most 1"),
        C("--max-replications 0", "run sc/good.jsonc --precision 0.1 --max-replications 0", 1, "--max-replications: expected a whole number from 2 to 100000"),
        C("--max-replications below --replications", "run sc/good.jsonc -r 10 --precision 0.1 --max-replications 5", 1, "error: --max-replications: expected a whole number from --replications (10)"),
        C("--seed -1", "run sc/good.jsonc --seed -1", 1, "--seed: expected a whole number of 0 or more; got '-1'"),
        C("--seed 2^64", "run sc/good.jsonc --seed 18446744073709551616", 1, "--seed: expected a whole number of 0 or more; got '18446744073709551616'"),
        C("--seed abc", "run sc/good.jsonc --seed abc", 1, "--seed: expected a whole number of 0 or more; got 'abc'"),
        C("--ticks 0", "run sc/good.jsonc --ticks 0", 1, "--ticks: expected a whole number from 1 to 6000; got '0'"),
        C("--ticks -5", "run sc/good.jsonc --ticks -5", 1, "--ticks: expected a whole number from 1 to 6000; got '-5'"),
        C("--ticks abc", "run sc/good.jsonc --ticks abc", 1, "--ticks: expected a whole number from 1 to 6000; got 'abc'"),
        C("--ticks 6001", "run sc/good.jsonc --ticks 6001", 1, "--ticks: expected a whole number from 1 to 6000; got '6001'"),
        C("--ticks 1.5", "run sc/good.jsonc --ticks 1.5", 1, "--ticks: expected a whole number from 1 to 6000; got '1.5'"),
        C("compare --ticks 0", "compare sc/good.jsonc transactional --ticks 0", 1, "--ticks: expected a whole number from 1 to 6000"),
        C("sweep --seed -1", "sweep mix-sweep --seed -1", 1, "--seed: expected a whole number of 0 or more"),
        C("--set without =", "run sc/good.jsonc --set trust.gain_rate", 1, "--set:1: trust.gain_rate: expected path=value"),
        C("--set an unknown parameter", "run sc/good.jsonc --set trust.gain_rat=0.1", 1, "--set:1: trust.gain_rat: unknown key 'gain_rat'; did you mean"),
        C("--set a number to text", "run sc/good.jsonc --set trust.gain_rate=abc", 1, "--set:1: trust.gain_rate: expected a number"),
        C("--set out of range", "run sc/good.jsonc --set trust.gain_rate=7", 1, "--set:1: trust.gain_rate: value 7 is out of range"),
        C("--set a missing event", "run sc/good.jsonc --set events[99].tick=1", 1, "--set:1: events[99].tick:"),
        C("an unknown option", "run sc/good.jsonc --colour red", 1, "Unrecognized command or argument"),
        C("an unknown command", "rnu baseline", 1, "Unrecognized command or argument"),
        C("compare without scenarios", "compare", 1, "Required argument 'a' missing"),
        C("sweep without a sweep block", "sweep sc/good.jsonc", 1, "error: "),
        C("sensitivity --method fast99", "sensitivity mix-sweep --method fast99", 1, "Argument 'fast99' not recognized"),
        C("plot a folder that does not exist", "plot nothing-here", 1, "error: no results folder at nothing-here"),
        C("plot a folder without results", "plot notres", 1, "error: notres holds no results quasim can plot"),
        C("plot an unknown metric", "plot r0 --metric trust_meen", 1, "error: "),
        C("report a folder that does not exist", "report nothing-here", 1, "error: no results folder at nothing-here"),
        C("calibrate --holdout an unknown target", "calibrate baseline --holdout vacancies", 1, "error: no calibration target 'vacancies'; the targets are"),
        C("calibrate --holdout an input check", "calibrate baseline --holdout staff_leaver_rate", 1,
            "error: --holdout: 'staff_leaver_rate' is a check of its input (staff.leaver_rate"),
        C("calibrate --parameters a parameter that is not uncertain", "calibrate baseline --parameters world.commissioners", 1,
            "error: --parameters: 'world.commissioners' is not an uncertain parameter of baseline"),
        C("calibrate --samples 0", "calibrate baseline --samples 0", 1, "--samples: expected a whole number from 1 to 1000000; got '0'"),
        C("calibrate --replications 1", "calibrate baseline -r 1", 1, "--replications: expected a whole number from 2 to 1000; got '1'"));

    /// <summary>Manifests and replay: say exactly what is wrong, never exit 0 on a difference.</summary>
    public static IReadOnlyList<object[]> Replay() => Rows(
        C("replay a manifest that is not JSON", "replay manifests/garbage", 1, "error: manifests/garbage/manifest.json is not a quasim manifest: it is not valid JSON"),
        C("replay a JSON file quasim did not write", "replay manifests/foreign", 1, "error: manifests/foreign/manifest.json is not a quasim manifest"),
        C("replay a bench", "replay manifests/bench", 1, "error: manifests/bench/manifest.json: bench timings depend on the machine"),
        C("replay a manifest with wrong types", "replay manifests/types", 1, "error: manifests/types/manifest.json is not a complete quasim manifest: 'outputs_sha256.ticks.csv'"),
        C("replay a manifest without a kind", "replay manifests/nokind", 1, "error: manifests/nokind/manifest.json is not a complete quasim manifest: 'kind'"),
        C("replay a folder without a manifest", "replay mydata", 1, "error: "),
        C("replay a run", "replay r0", 0, "  anatomy.json         identical"),
        C("replay an altered output says which file and fails", "replay r0", 2, "  ticks.csv            ALTERED") with
        {
            Prepare = work => File.AppendAllText(Path.Combine(work, "r0", "ticks.csv"), "99,1,2,3\n"),
        },
        C("replay a deleted output", "replay r0", 2, "  summary.json         MISSING") with { Prepare = work => File.Delete(Path.Combine(work, "r0", "summary.json")) },
        C("a killed run's temporary folder is removed by the next run", "run sc/good.jsonc --quiet", 0, "", "runs/good-1", "runs/" + StalePartial) with
        {
            Prepare = work =>
            {
                Directory.CreateDirectory(Path.Combine(work, "runs", StalePartial));
                File.WriteAllText(Path.Combine(work, "runs", StalePartial, ".quasim-partial"), "");
                File.WriteAllText(Path.Combine(work, "runs", StalePartial, "ticks.csv"), "half");
                // A folder of the user's that merely looks like one is not touched.
                Directory.CreateDirectory(Path.Combine(work, "runs", ".good-1.partial-1-" + new string('0', 32)));
                File.WriteAllText(Path.Combine(work, "runs", ".good-1.partial-1-" + new string('0', 32), "mine.txt"), "mine");
            },
        });

    private static readonly string StalePartial = ".good-1.partial-999999-" + new string('a', 32);

    private static List<object[]> Rows(params BadInputCase[] cases) => [.. cases.Select(c => new object[] { c })];
}
