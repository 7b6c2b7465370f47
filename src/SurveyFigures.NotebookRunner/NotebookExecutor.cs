using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace SurveyFigures.NotebookRunner;

/// <summary>
/// Runs a notebook's C# cells in order with shared state, like one kernel session: each cell continues the
/// previous script state. The first failing cell gets an error output and ends the run; later cells are cleared.
/// </summary>
internal sealed class NotebookExecutor(KernelAssemblyLoader loader, PackageResolver packages)
{
    private const string CSharpKernel = "csharp";

    public async Task<NotebookRunResult> RunAsync(NotebookDocument notebook)
    {
        var session = new Session(notebook.Path, ScriptDefaults.Create(loader));
        var previousDirectory = Environment.CurrentDirectory;
        // VS Code starts the kernel in the notebook's folder; relative paths in cells rely on it.
        Environment.CurrentDirectory = session.Folder;
        try
        {
            return await RunCellsAsync(notebook, session);
        }
        finally
        {
            Environment.CurrentDirectory = previousDirectory;
        }
    }

    private async Task<NotebookRunResult> RunCellsAsync(NotebookDocument notebook, Session session)
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
            try
            {
                await RunCellAsync(cell, executed, collector, session);
            }
            catch (CellException error)
            {
                collector.Error(error.ErrorName, error.Message, Traceback(error));
                failure = new NotebookFailure(cell.Number, error.Line, error.Message);
            }
            (first, rest) = executed == 1 ? (clock.Elapsed.TotalSeconds, rest) : (first, rest + clock.Elapsed.TotalSeconds);
            cell.SetResult(executed, collector.ToJson());
            outputs += collector.Count;
        }
        return new NotebookRunResult(executed, outputs, failure, first, rest);
    }

    private async Task RunCellAsync(NotebookCell cell, int executionCount, OutputCollector outputs, Session session)
    {
        if (cell.KernelName is { } kernel && kernel != CSharpKernel)
        {
            throw new CellException("UnsupportedKernel",
                $"Cell kernel '{kernel}' is not supported by the headless runner: only C# cells (kernelName 'csharp') run here.", null);
        }
        var source = CellSource.Parse(cell.Source);
        UsingDeclarationCheck.Verify(source.Code);
        foreach (var reference in source.References)
        {
            session.Options = session.Options.AddReferences(Resolve(reference, cell, session));
        }
        var cellFile = Path.Combine(session.Folder, $"cell{cell.Number}.csx");
        var options = session.Options.WithFilePath(cellFile);
        var script = session.State?.Script.ContinueWith(source.Code, options)
            ?? CSharpScript.Create(source.Code, options, typeof(KernelGlobals));
        var diagnostics = script.Compile();
        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw ErrorLocation.FromDiagnostics(diagnostics);
        }
        session.Globals.Outputs = outputs;
        try
        {
            using (new ConsoleCapture(outputs))
            {
                session.State = session.State is null
                    ? await script.RunAsync(session.Globals)
                    : await script.RunFromAsync(session.State);
            }
        }
        catch (Exception exception) when (exception is not CellException)
        {
            throw ErrorLocation.FromException(exception, cellFile);
        }
        if (session.State.ReturnValue is { } value)
        {
            outputs.Result(executionCount, DisplayFormatter.Format(value, []));
        }
    }

    private IEnumerable<MetadataReference> Resolve(ReferenceDirective reference, NotebookCell cell, Session session)
    {
        try
        {
            if (reference.IsNuGet)
            {
                var (name, version) = reference.Package;
                return packages.Resolve(name, version).Select(loader.Add).ToList();
            }
            var path = Path.GetFullPath(Path.Combine(session.Folder, reference.Text));
            if (File.Exists(path))
            {
                return [loader.Add(path)];
            }
            if (loader.Framework(reference.Text) is { } framework)
            {
                return [framework];
            }
            throw new FileNotFoundException(
                $"Referenced assembly not found: #r \"{reference.Text}\" in notebook {Path.GetFileName(session.Notebook)}, cell {cell.Number} " +
                $"resolves to '{path}' (relative paths are resolved against the notebook's folder).");
        }
        catch (Exception error) when (error is not CellException)
        {
            throw new CellException(reference.IsNuGet ? "PackageNotRestored" : "ReferenceNotFound", error.Message, reference.Line, error);
        }
    }

    private static IEnumerable<string> Traceback(CellException error) =>
        (error.InnerException?.ToString() ?? error.Message).Replace("\r\n", "\n").Split('\n');

    private sealed class Session(string notebook, ScriptOptions options)
    {
        public string Notebook { get; } = Path.GetFullPath(notebook);

        public string Folder => Path.GetDirectoryName(Notebook)!;

        public ScriptOptions Options { get; set; } = options;

        public ScriptState<object>? State { get; set; }

        public KernelGlobals Globals { get; } = new();
    }
}
