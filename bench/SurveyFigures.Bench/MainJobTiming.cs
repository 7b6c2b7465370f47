using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SurveyFigures.Bench;

/// <summary>
/// The main job as a user meets it, timed over whole processes (BenchmarkDotNet cannot time a command with its own
/// build check): <c>reproduce</c> after the build, per stage, from the breakdown it prints itself; and the README's
/// command, <c>dotnet run --project src/SurveyFigures.Cli -- reproduce</c>, on a warm tree. Medians over <c>--runs</c>.
/// <c>--fresh-clone</c> also times the README's test command on a fresh clone of HEAD (about two minutes).
/// </summary>
internal static partial class MainJobTiming
{
    [GeneratedRegex(@"^  (?<stage>\S.*?)\s{2,}(?<seconds>\d+\.\d+) s$")]
    private static partial Regex StageLine();

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
        Run(root, "dotnet", ["run", "--project", "src/SurveyFigures.Cli", "--", "reproduce"]);
        var readme = Enumerable.Range(0, runs)
            .Select(_ => Run(root, "dotnet", ["run", "--project", "src/SurveyFigures.Cli", "--", "reproduce"]).Seconds).ToList();
        output.WriteLine($"Main job, median of {runs} runs (seconds):");
        foreach (var stage in order)
        {
            output.WriteLine($"  {stage,-45} {Median(stages[stage]),7:F2}");
        }
        output.WriteLine($"  {"README command on a warm tree (dotnet run)",-45} {Median(readme),7:F2}");
        // What dotnet run adds to the job itself: restore and build checks, the run evaluation, the CLI's start-up.
        if (stages.TryGetValue("total", out var totals))
        {
            output.WriteLine($"  {"  of which dotnet run's own checks",-45} {Median(readme) - Median(totals),7:F2}");
        }
        if (args.Contains("--fresh-clone"))
        {
            output.WriteLine($"  {"README test command on a fresh clone",-45} {FreshCloneTests(root),7:F2}");
        }
        return 0;
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
