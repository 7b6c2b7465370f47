using SurveyFigures.NotebookEngine;

namespace SurveyFigures.NotebookRunner;

/// <summary>
/// Runs a notebook's C# cells in order in one engine session, like one kernel session. The first failing cell gets
/// an error output and ends the run; later cells are cleared.
/// </summary>
internal sealed class NotebookExecutor(KernelAssemblyLoader loader, PackageResolver packages, SubmissionCache? cache = null)
{
    private const string CSharpKernel = "csharp";

    public NotebookRunResult Run(NotebookDocument notebook)
    {
        var session = new NotebookSession(Path.GetDirectoryName(Path.GetFullPath(notebook.Path))!, loader, packages, cache);
        var previousDirectory = Environment.CurrentDirectory;
        // VS Code starts the kernel in the notebook's folder; relative paths in cells rely on it.
        Environment.CurrentDirectory = session.Folder;
        try
        {
            return RunCells(notebook, session);
        }
        finally
        {
            Environment.CurrentDirectory = previousDirectory;
        }
    }

    private static NotebookRunResult RunCells(NotebookDocument notebook, NotebookSession session)
    {
        var (executed, outputs) = (0, 0);
        var (first, rest) = (0.0, 0.0);
        NotebookFailure? failure = null;
        foreach (var cell in notebook.Cells.Where(c => c.IsCode))
        {
            if (failure is not null)
            {
                cell.SetResult(null, []);
                continue;
            }
            executed++;
            var collector = new OutputCollector();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var error = cell.KernelName is { } kernel && kernel != CSharpKernel
                ? UnsupportedKernel(kernel, collector)
                : session.Execute(cell.Source, cell.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), executed, collector);
            if (error is not null)
            {
                failure = new NotebookFailure(cell.Number, error.Line, $"{error.Name}: {error.Value}");
            }
            (first, rest) = executed == 1 ? (clock.Elapsed.TotalSeconds, rest) : (first, rest + clock.Elapsed.TotalSeconds);
            cell.SetResult(executed, collector.ToJson());
            outputs += collector.Count;
        }
        return new NotebookRunResult(executed, outputs, failure, first, rest, session.CacheUse.Loaded, session.CacheUse.Compiled);
    }

    // The cell's metadata names another Polyglot kernel (F#, PowerShell...): say so rather than compile it as C#.
    private static CellError UnsupportedKernel(string kernel, OutputCollector collector)
    {
        var message = $"Cell kernel '{kernel}' is not supported by the headless runner: only C# cells (kernelName 'csharp') run here.";
        var error = new CellError("UnsupportedKernel", message, null, [$"UnsupportedKernel: {message}"]);
        collector.Error(error);
        return error;
    }
}
