using System.Diagnostics;
using System.Runtime.ExceptionServices;
using SurveyFigures.NotebookEngine;

namespace SurveyFigures.NotebookRunner;

/// <summary>
/// Headless runner for the repository's Polyglot notebooks: executes C# cells on Roslyn scripting, emulating the
/// .NET Interactive C# kernel (including its FSharp.Core 10.0), and writes executed copies. Exit code 0: all ran;
/// 1: a notebook failed; 2: bad command line; 3: the process that started it was already gone. On Linux it dies with
/// that process (<see cref="ParentDeath"/>).
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (!ParentDeath.Arm())
        {
            return ParentDeath.Orphaned; // whoever started this run is gone: nothing should be written for it
        }
        FSharpCorePin.Load();
        // An exception escaping a thread a cell started would end the process with a stack trace, and the notebooks
        // after it would never run. The thread ends; the notebook running at the time fails with the exception named.
        ExceptionHandling.SetUnhandledExceptionHandler(error =>
        {
            BackgroundFailures.Enqueue(error);
            return true;
        });
        var options = RunnerOptions.Parse(args, () => RepositoryLayout.ExecutedNotebooks(RepositoryLayout.FindRoot()), out var usageError);
        if (options is null)
        {
            Console.Error.WriteLine($"error: {usageError}{Environment.NewLine}{RunnerOptions.Usage}");
            return 2;
        }
        var root = RepositoryLayout.FindRoot();
        var executor = new NotebookExecutor(new KernelAssemblyLoader(), new PackageResolver(root),
            options.CellCache is null ? null : new SubmissionCache(options.CellCache));
        var summaries = new List<RunSummary>();
        foreach (var notebook in options.Notebooks)
        {
            var summary = RunOne(executor, notebook, Path.Combine(options.OutputDir, options.OutputName ?? Path.GetFileName(notebook)), options.Parameters);
            summaries.Add(summary);
            Console.WriteLine(summary.Line());
        }
        if (options.SummaryJson is { } summaryPath)
        {
            RunSummary.Write(summaryPath, summaries);
        }
        return summaries.All(s => s.Ok) ? 0 : 1;
    }

    private static readonly System.Collections.Concurrent.ConcurrentQueue<Exception> BackgroundFailures = new();

    private static RunSummary RunOne(NotebookExecutor executor, string notebook, string destination, IReadOnlyList<NotebookParameter> parameters)
    {
        BackgroundFailures.Clear();
        var clock = Stopwatch.StartNew();
        try
        {
            if (string.Equals(Path.GetFullPath(destination), notebook, StringComparison.Ordinal))
            {
                throw new IOException("the output folder is the notebook's own folder; the source notebook is never overwritten.");
            }
            var document = NotebookDocument.Load(notebook);
            if (parameters.Count > 0)
            {
                document = document.WithParameters(parameters);
            }
            var result = executor.Run(document);
            // Written even when a cell failed: the executed copy then shows the error output.
            document.Save(destination);
            var error = result.Error?.Describe(notebook)
                ?? (BackgroundFailures.TryPeek(out var background)
                    ? $"{notebook}: an exception escaped a thread a cell started, and that thread ended: {background.GetType().FullName}: {background.Message}"
                    : null);
            if (error is not null)
            {
                Console.Error.WriteLine($"error: {error}");
            }
            return new RunSummary(notebook, destination, result.CellsRun, result.Outputs, clock.Elapsed.TotalSeconds, error, result.FirstCellSeconds, result.OtherCellsSeconds, result.CellsLoaded, result.CellsCompiled);
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            var error = $"{notebook}: {exception.Message}";
            Console.Error.WriteLine($"error: {error}");
            return new RunSummary(notebook, null, 0, 0, clock.Elapsed.TotalSeconds, error);
        }
    }
}
