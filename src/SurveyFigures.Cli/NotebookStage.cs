using System.Diagnostics;

namespace SurveyFigures.Cli;

/// <summary>
/// Executes every notebook under notebooks/ with the headless runner (which pins FSharp.Core 10.0 while this process
/// holds the library's 10.1). One runner process per core, side by side, each executing a contiguous share of the
/// notebooks one after another, each notebook in a script session of its own: no variable, type or using one notebook
/// declares is seen by the next (a test checks it), and only the start-up and Roslyn's first compile are shared. Output
/// is printed in notebook order once all have finished, so the console reads the same whatever finished first.
/// </summary>
internal static class NotebookStage
{
    public const string RunnerAssembly = "SurveyFigures.NotebookRunner.dll";

    /// <summary>Whether every notebook ran, and the executed copies this run wrote (a failed notebook's copy shows its error).</summary>
    public sealed record Result(bool Ok, IReadOnlyList<string> Written);

    public static Result Run(string root, StageClock clock)
    {
        var folder = RepositoryLayout.Notebooks(root);
        var notebooks = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.ipynb").Order(StringComparer.Ordinal).ToList()
            : [];
        if (notebooks.Count == 0)
        {
            Console.WriteLine($"No notebooks under {Path.GetRelativePath(root, folder)}/: nothing to execute.");
            return new Result(true, []);
        }
        var runner = Path.Combine(RepositoryLayout.RunnerBin(root), RunnerAssembly);
        if (!File.Exists(runner))
        {
            throw new InvalidOperationException($"The notebook runner is not built ({Path.GetRelativePath(root, runner)} is missing); run `dotnet build` first.");
        }
        var output = RepositoryLayout.ExecutedNotebooks(root);
        Console.WriteLine($"Executing {notebooks.Count} notebook(s) into {Path.GetRelativePath(root, output)}/ with the headless runner, side by side:");
        var copies = notebooks.Select(n => Path.Combine(output, Path.GetFileName(n))).ToList();
        // An earlier run's copy must not pass for this run's: whatever exists afterwards, this run wrote.
        copies.Where(File.Exists).ToList().ForEach(File.Delete);
        var watch = Stopwatch.StartNew();
        var processes = Math.Max(1, Math.Min(Environment.ProcessorCount, notebooks.Count));
        var runs = notebooks.Chunk((notebooks.Count + processes - 1) / processes).Select(share => RunnerRun.Start(runner, root, share, output)).ToList();
        foreach (var run in runs)
        {
            run.WaitAndPrint();
        }
        // Wall time of all runner processes together; each runner's own line splits its first cell from the rest.
        clock.Add($"notebooks ({notebooks.Count}, {runs.Count} processes)", watch.Elapsed);
        return new Result(runs.All(r => r.ExitCode == 0), copies.Where(File.Exists).ToList());
    }

    /// <summary>One runner process with its output captured, to be printed when the stage reports.</summary>
    private sealed class RunnerRun
    {
        private readonly Process process;
        private readonly Task<string> stdout;
        private readonly Task<string> stderr;

        private RunnerRun(Process process)
        {
            this.process = process;
            stdout = process.StandardOutput.ReadToEndAsync();
            stderr = process.StandardError.ReadToEndAsync();
        }

        public int ExitCode { get; private set; } = -1;

        public static RunnerRun Start(string runner, string root, IReadOnlyList<string> notebooks, string output)
        {
            var start = new ProcessStartInfo(DotnetHost())
            {
                WorkingDirectory = root,
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in (string[])[runner, .. notebooks, "--output-dir", output])
            {
                start.ArgumentList.Add(argument);
            }
            return new RunnerRun(Process.Start(start) ?? throw new InvalidOperationException("Could not start the notebook runner."));
        }

        public void WaitAndPrint()
        {
            process.WaitForExit();
            ExitCode = process.ExitCode;
            Console.Write(stdout.Result);
            Console.Error.Write(stderr.Result);
            process.Dispose();
        }
    }

    /// <summary>The dotnet host that launched this build or run, else the one on PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
