using System.Diagnostics;

namespace SurveyFigures.Cli;

/// <summary>
/// Executes every notebook under notebooks/ with the headless runner, in a process of its own: the runner pins
/// FSharp.Core 10.0 like the Polyglot kernel, while this process already holds the library's FSharp.Core 10.1.
/// </summary>
internal static class NotebookStage
{
    public const string RunnerAssembly = "SurveyFigures.NotebookRunner.dll";

    /// <summary>Returns false when a notebook failed (the runner has already said which cell and why).</summary>
    public static bool Run(string root, StageClock clock)
    {
        var folder = RepositoryLayout.Notebooks(root);
        var notebooks = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.ipynb").Order(StringComparer.Ordinal).ToList()
            : [];
        if (notebooks.Count == 0)
        {
            Console.WriteLine($"No notebooks under {Path.GetRelativePath(root, folder)}/: nothing to execute.");
            return true;
        }
        var runner = Path.Combine(RepositoryLayout.RunnerBin(root), RunnerAssembly);
        if (!File.Exists(runner))
        {
            throw new InvalidOperationException($"The notebook runner is not built ({Path.GetRelativePath(root, runner)} is missing); run `dotnet build` first.");
        }
        var output = RepositoryLayout.ExecutedNotebooks(root);
        Console.WriteLine($"Executing {notebooks.Count} notebook(s) into {Path.GetRelativePath(root, output)}/ with the headless runner:");
        // One process per notebook, as VS Code gives each notebook its own kernel: nothing loaded by one leaks into the next.
        var failed = 0;
        foreach (var notebook in notebooks)
        {
            var start = new ProcessStartInfo(DotnetHost()) { WorkingDirectory = root, UseShellExecute = false };
            foreach (var argument in new[] { runner, notebook, "--output-dir", output })
            {
                start.ArgumentList.Add(argument);
            }
            var watch = Stopwatch.StartNew();
            using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the notebook runner.");
            process.WaitForExit();
            // Wall time of the runner process: its start-up plus the cells (its own line above splits first cell and the rest).
            clock.Add($"notebook {Path.GetFileName(notebook)}", watch.Elapsed);
            failed += process.ExitCode == 0 ? 0 : 1;
        }
        return failed == 0;
    }

    /// <summary>The dotnet host that launched this build or run, else the one on PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
