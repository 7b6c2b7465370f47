using System.Diagnostics;
using SurveyFigures.MainJob;

namespace SurveyFigures.Cli;

/// <summary>
/// Executes every notebook under notebooks/ with the headless runner (which pins FSharp.Core 10.0 while this process
/// holds the library's 10.1). One runner process per core, side by side, each executing a contiguous share of the
/// notebooks one after another, each notebook in a script session of its own: no variable, type or using one notebook
/// declares is seen by the next (a test checks it), and only the start-up and Roslyn's first compile are shared. Output
/// is printed in notebook order once all have finished, so the console reads the same whatever finished first. The
/// runners start as soon as the figures are known to reproduce and run beside the writing of figures.csv and the report.
/// </summary>
internal static class NotebookStage
{
    public const string RunnerAssembly = "SurveyFigures.NotebookRunner.dll";

    /// <summary>
    /// Starts the runners and returns at once: the main job writes figures.csv and the report meanwhile (the notebooks
    /// read neither), then calls <see cref="Running.Finish"/>. Null when there is no notebook to execute.
    /// </summary>
    public static Running? Start(string root, IReadOnlyList<string> studyIds)
    {
        var folder = RepositoryLayout.Notebooks(root);
        var notebooks = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.ipynb").Order(StringComparer.Ordinal).ToList()
            : [];
        if (notebooks.Count == 0)
        {
            Console.WriteLine($"No notebooks under {Path.GetRelativePath(root, folder)}/: nothing to execute.");
            return null;
        }
        var runner = Path.Combine(RepositoryLayout.RunnerBin(root), RunnerAssembly);
        if (!File.Exists(runner))
        {
            throw new InvalidOperationException($"The notebook runner is not built ({Path.GetRelativePath(root, runner)} is missing); run `dotnet build` first.");
        }
        var output = RepositoryLayout.ExecutedNotebooks(root);
        var generic = Path.Combine(folder, GenericNotebook);
        var unshown = File.Exists(generic) ? WithoutNotebook(notebooks, studyIds) : [];
        var copies = notebooks.Select(n => Path.Combine(output, Path.GetFileName(n)))
            .Concat(unshown.Select(id => Path.Combine(output, GenericCopy(id)))).ToList();
        // An earlier run's copy must not pass for this run's: whatever exists afterwards, this run wrote.
        copies.Where(File.Exists).ToList().ForEach(File.Delete);
        var processes = Math.Max(1, Math.Min(Environment.ProcessorCount, notebooks.Count));
        var runs = notebooks.Chunk((notebooks.Count + processes - 1) / processes).Select(share => RunnerRun.Start(runner, root, share, output, []))
            // A study with no notebook of its own gets the generic one, given its id as papermill would.
            .Concat(unshown.Select(id => RunnerRun.Start(runner, root, [generic], output, ["-p", "studyId", id, "--output-name", GenericCopy(id)])))
            .ToList();
        return new Running(Path.GetRelativePath(root, output), copies, runs);
    }

    /// <summary>The notebook that shows any study, given its id in the cell tagged "parameters".</summary>
    public const string GenericNotebook = "study.ipynb";

    /// <summary>The executed copy of the generic notebook for one study.</summary>
    public static string GenericCopy(string studyId) => $"study-{studyId}.ipynb";

    /// <summary>Studies no notebook names (as a string in its code, such as the generic notebook's default): they get the generic one.</summary>
    private static IReadOnlyList<string> WithoutNotebook(IReadOnlyList<string> notebooks, IReadOnlyList<string> studyIds)
    {
        var texts = notebooks.Select(File.ReadAllText).ToList();
        return studyIds.Where(id => !texts.Any(t => t.Contains($"\\\"{id}\\\"", StringComparison.Ordinal))).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Runner processes under way. Disposing without <see cref="Finish"/> (the main job failed meanwhile)
    /// still waits for them: nothing is left running or half-written when the command returns.</summary>
    public sealed class Running : INotebookRun
    {
        private readonly string outputFolder;
        private readonly IReadOnlyList<string> copies;
        private readonly IReadOnlyList<RunnerRun> runs;
        private readonly Stopwatch watch = Stopwatch.StartNew();

        internal Running(string outputFolder, IReadOnlyList<string> copies, IReadOnlyList<RunnerRun> runs) =>
            (this.outputFolder, this.copies, this.runs) = (outputFolder, copies, runs);

        /// <summary>Waits for every runner and prints their lines in notebook order, whatever finished first.</summary>
        public NotebookOutcome Finish()
        {
            Console.WriteLine($"Executing {copies.Count} notebook(s) into {outputFolder}/ with the headless runner, side by side:");
            foreach (var run in runs)
            {
                run.WaitAndPrint();
            }
            return new NotebookOutcome(runs.All(r => r.ExitCode == 0), copies.Where(File.Exists).ToList(),
                $"notebooks ({copies.Count}, {runs.Count} processes)", watch.Elapsed);
        }

        public void Dispose()
        {
            foreach (var run in runs)
            {
                run.WaitQuietly();
            }
        }
    }

    /// <summary>One runner process with its output captured, to be printed when the stage reports.</summary>
    internal sealed class RunnerRun
    {
        private readonly Process process;
        private readonly Task<string> stdout;
        private readonly Task<string> stderr;
        private bool exited;

        private RunnerRun(Process process)
        {
            this.process = process;
            stdout = process.StandardOutput.ReadToEndAsync();
            stderr = process.StandardError.ReadToEndAsync();
        }

        public int ExitCode { get; private set; } = -1;

        public static RunnerRun Start(string runner, string root, IReadOnlyList<string> notebooks, string output, IReadOnlyList<string> options)
        {
            var start = new ProcessStartInfo(DotnetHost())
            {
                WorkingDirectory = root,
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            // The runner dies with this process (prctl PR_SET_PDEATHSIG, armed at its start); the pid lets it tell whether
            // this process was already gone by then. Linux delivers that signal when the starting THREAD ends: this is
            // the command's own thread, which lives until the command returns (after waiting for every runner).
            start.Environment["SURVEYFIGURES_PARENT_PID"] = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
            // Compiled cells are kept across runs under artifacts/ (ignored by git): an unchanged cell is loaded, not compiled.
            foreach (var argument in (string[])[runner, .. notebooks, "--output-dir", output, "--cell-cache", RepositoryLayout.CellCache(root), .. options])
            {
                start.ArgumentList.Add(argument);
            }
            return new RunnerRun(Process.Start(start) ?? throw new InvalidOperationException("Could not start the notebook runner."));
        }

        public void WaitAndPrint()
        {
            WaitQuietly();
            Console.Write(stdout.Result);
            Console.Error.Write(stderr.Result);
        }

        public void WaitQuietly()
        {
            if (exited)
            {
                return;
            }
            process.WaitForExit();
            ExitCode = process.ExitCode;
            exited = true;
            process.Dispose();
        }
    }

    /// <summary>The dotnet host that launched this build or run, else the one on PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
