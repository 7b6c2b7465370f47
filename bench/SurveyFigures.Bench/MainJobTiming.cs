using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SurveyFigures.Bench;

/// <summary>
/// The main job as a user meets it, timed over whole processes (BenchmarkDotNet cannot time a command with its own
/// build check): <c>reproduce</c> after the build, per stage, from the breakdown it prints itself; and the README's
/// command, <c>dotnet cli.cs -- reproduce</c>, on a warm tree. Medians over <c>--runs</c>.
/// <c>--fresh-clone</c> also times the README's test command on a fresh clone of HEAD (about two minutes).
/// <c>--peer folder</c> (../shared/peer, the same job done the Python way) runs the peer's notebook in a copy of that
/// folder, by nbconvert, in turn with each run of ours (peer, built CLI, README command, <c>dotnet run --project</c> for
/// comparison, round after round: the load of a shared machine drifts by the hour), and prints each median with its
/// ratio to the peer's.
/// </summary>
internal static partial class MainJobTiming
{
    [GeneratedRegex(@"^  (?<stage>\S.*?)\s{2,}(?<seconds>\d+\.\d+) s$")]
    private static partial Regex StageLine();

    /// <summary>The README's main command, as arguments of <c>dotnet</c>.</summary>
    private static readonly string[] ReadmeCommand = ["cli.cs", "--", "reproduce"];

    /// <summary>The same job through MSBuild, as <c>dotnet run</c> starts a project: what cli.cs saves.</summary>
    private static readonly string[] DotnetRun = ["run", "--project", "src/SurveyFigures.Cli", "--", "reproduce"];

    public static int FromArguments(string[] args, TextWriter output)
    {
        var runs = args.SkipWhile(a => a != "--runs").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(3);
        var root = RepositoryLayout.FindRoot();
        var cli = Path.Combine(root, "src", "SurveyFigures.Cli", "bin", "Debug", "net10.0", "SurveyFigures.Cli.dll");
        if (!File.Exists(cli))
        {
            output.WriteLine($"error: the CLI is not built ({cli}); run dotnet build first.");
            return 1;
        }
        var peer = args.SkipWhile(a => a != "--peer").Skip(1).FirstOrDefault();
        if (peer is not null)
        {
            if (!File.Exists(Path.Combine(peer, "peer.ipynb")))
            {
                output.WriteLine($"error: no peer.ipynb in '{peer}'; give the folder of the Python peer (../shared/peer).");
                return 1;
            }
            return AgainstPeer(root, cli, Path.GetFullPath(peer), runs, output);
        }
        var stages = new Dictionary<string, List<double>>();
        var order = new List<string>();
        for (var i = 0; i < runs; i++)
        {
            var (_, text) = Run(root, "dotnet", [cli, "reproduce"]);
            foreach (var match in text.Split('\n').Select(l => StageLine().Match(l)).Where(m => m.Success))
            {
                var stage = match.Groups["stage"].Value;
                if (!stages.TryGetValue(stage, out var values))
                {
                    stages[stage] = values = [];
                    order.Add(stage);
                }
                values.Add(double.Parse(match.Groups["seconds"].Value, CultureInfo.InvariantCulture));
            }
        }
        // One run first, not counted: it brings the build up to date, so the runs measured see a warm tree.
        Run(root, "dotnet", ReadmeCommand);
        var readme = Enumerable.Range(0, runs)
            .Select(_ => Run(root, "dotnet", ReadmeCommand).Seconds).ToList();
        output.WriteLine($"Main job, median of {runs} runs (seconds):");
        foreach (var stage in order)
        {
            output.WriteLine($"  {stage,-45} {Median(stages[stage]),7:F2}");
        }
        output.WriteLine($"  {"README command on a warm tree (dotnet cli.cs)",-45} {Median(readme),7:F2}");
        // What the launcher adds to the job itself: its own start, the input hash, the CLI's start-up.
        if (stages.TryGetValue("total", out var totals))
        {
            output.WriteLine($"  {"  of which cli.cs's own checks",-45} {Median(readme) - Median(totals),7:F2}");
        }
        if (args.Contains("--fresh-clone"))
        {
            output.WriteLine($"  {"README test command on a fresh clone",-45} {FreshCloneTests(root),7:F2}");
        }
        return 0;
    }

    /// <summary>
    /// The peer, the built CLI and the README command, in turn, after one untimed run of each (which fills the caches
    /// each keeps: the cell cache, nbconvert's first imports). Debian's Python runs the peer, as its README says.
    /// </summary>
    private static int AgainstPeer(string root, string cli, string peer, int runs, TextWriter output)
    {
        var copy = Directory.CreateTempSubdirectory("peer-").FullName;
        try
        {
            foreach (var file in Directory.EnumerateFiles(peer))
            {
                File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
            }
            string[] nbconvert = ["-m", "nbconvert", "--to", "notebook", "--execute", "peer.ipynb", "--output", "executed.ipynb"];
            var measures = new (string Name, Func<double> Once)[]
            {
                ("peer (nbconvert --execute peer.ipynb)", () => Run(copy, "/usr/bin/python3", nbconvert).Seconds),
                ("main job, built CLI (reproduce)", () => Run(root, "dotnet", [cli, "reproduce"]).Seconds),
                ("README command on a warm tree (dotnet cli.cs)", () => Run(root, "dotnet", ReadmeCommand).Seconds),
                ("dotnet run --project, warm tree", () => Run(root, "dotnet", DotnetRun).Seconds),
            };
            try
            {
                measures[0].Once();
            }
            catch (InvalidOperationException e)
            {
                // Most often a missing module: the peer's README names the Debian packages it needs.
                output.WriteLine($"error: the peer did not run (see {Path.Combine(peer, "README.md")} for what it needs): {e.Message.Split('\n').LastOrDefault(l => l.Trim().Length > 0)?.Trim()}");
                return 1;
            }
            foreach (var (_, once) in measures.Skip(1))
            {
                once();
            }
            var times = measures.Select(_ => new List<double>()).ToList();
            for (var i = 0; i < runs; i++)
            {
                for (var m = 0; m < measures.Length; m++)
                {
                    times[m].Add(measures[m].Once());
                }
            }
            var reference = Median(times[0]);
            output.WriteLine($"Against the peer, {runs} rounds taken in turn (wall seconds; median, ratio to the peer's median, every run):");
            for (var m = 0; m < measures.Length; m++)
            {
                var runsText = string.Join(", ", times[m].Select(t => t.ToString("F2", CultureInfo.InvariantCulture)));
                output.WriteLine($"  {measures[m].Name,-45} {Median(times[m]),7:F2} {Median(times[m]) / reference,6:F2}×   {runsText}");
            }
            return 0;
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    private static double FreshCloneTests(string root)
    {
        var clone = Directory.CreateTempSubdirectory("fresh-clone-").FullName;
        try
        {
            Run(root, "git", ["clone", "--quiet", root, clone]);
            var (seconds, text) = Run(clone, "dotnet", ["test", "Analysis.sln"]);
            return text.Contains("Failed!", StringComparison.Ordinal) ? throw new InvalidOperationException($"tests failed in the fresh clone:\n{text}") : seconds;
        }
        finally
        {
            Directory.Delete(clone, recursive: true);
        }
    }

    private static (double Seconds, string Output) Run(string folder, string file, string[] args)
    {
        var start = new ProcessStartInfo(file, args) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed in {folder}:\n{text}\n{stderr.Result}");
        }
        return (clock.Elapsed.TotalSeconds, text);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
