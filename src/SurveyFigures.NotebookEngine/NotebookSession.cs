using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace SurveyFigures.NotebookEngine;

/// <summary>
/// One kernel session: C# cells run in order on Roslyn scripting, each continuing the state the previous successful
/// cell left. Everything a cell means (directives, references, display, formatting, console, interruption, error
/// locations) happens here, for the headless runner and the Jupyter kernel alike. A session runs one cell at a
/// time, on the calling thread; <see cref="Interrupt"/> may be called from any thread.
/// </summary>
public sealed class NotebookSession
{
    /// <summary>How cells are parsed: C# script, latest language version.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Parse, SourceCodeKind.Script);

    private readonly KernelAssemblyLoader loader;
    private readonly PackageResolver packages;
    private readonly KernelGlobals globals = new();
    private readonly List<string> submissions = [];
    private readonly SubmissionChain chain;
    private readonly Lock gate = new();
    private CancellationTokenSource? running;
    private Thread? runningThread;

    /// <summary>
    /// The AppContext entry naming the session now running. A process that runs several notebooks one after another
    /// gives each a new value, so libraries that do something once per kernel session (the facade embeds plotly.js
    /// once) can tell sessions apart. The Polyglot kernel sets nothing: there a process is a session.
    /// </summary>
    public const string SessionKey = "SurveyFigures.NotebookSession";

    /// <param name="folder">The notebook's folder: <c>#r "relative.dll"</c> resolves against it.</param>
    /// <param name="cache">Compiled submissions kept across runs (see <see cref="SubmissionCache"/>); null compiles every cell.</param>
    public NotebookSession(string folder, KernelAssemblyLoader loader, PackageResolver packages, SubmissionCache? cache = null)
    {
        AppContext.SetData(SessionKey, Guid.NewGuid().ToString("N"));
        Folder = Path.GetFullPath(folder);
        this.loader = loader;
        this.packages = packages;
        Options = ScriptDefaults.Create(loader);
        chain = new SubmissionChain(globals, cache);
    }

    /// <summary>How many cells so far were loaded from the cache and how many were compiled.</summary>
    public (int Loaded, int Compiled) CacheUse => (chain.Loaded, chain.Compiled);

    public string Folder { get; }

    /// <summary>References and imports every cell so far has added to the defaults.</summary>
    public ScriptOptions Options { get; private set; }

    /// <summary>The code of each cell that ran to the end, in order: what later cells see.</summary>
    public IReadOnlyList<string> Submissions => submissions;

    /// <summary>
    /// The compilation a cell with this code would get now (after every submission so far): its references are the
    /// resolved ones, for editor services such as completion. Directives in <paramref name="code"/> are not processed.
    /// </summary>
    public Compilation CompilationFor(string code) =>
        (chain.Script?.ContinueWith(code, Options) ?? CSharpScript.Create(code, Options, typeof(KernelGlobals))).GetCompilation();

    /// <summary>Runs one cell; returns null when it ran to the end, else the error it also wrote to the output.</summary>
    /// <param name="cellName">Names the cell in stack traces and error messages (its number or execution count).</param>
    public CellError? Execute(string source, string cellName, int executionCount, ICellOutput output)
    {
        using var cancellation = new CancellationTokenSource();
        lock (gate)
        {
            running = cancellation;
            runningThread = Thread.CurrentThread;
        }
        try
        {
            try
            {
                Run(source, cellName, executionCount, output, cancellation.Token);
                return null;
            }
            catch (Exception exception) when (cancellation.IsCancellationRequested && exception is OperationCanceledException or ThreadInterruptedException)
            {
                // Interrupted before the cell's code ran (while references resolved or the cell compiled).
                throw new CellException("Interrupted", "The cell was interrupted.", null);
            }
        }
        catch (CellException error)
        {
            var cellError = new CellError(error.ErrorName, error.Message, error.Line, Traceback(error, cellName));
            output.Error(cellError);
            return cellError;
        }
        finally
        {
            lock (gate)
            {
                running = null;
                runningThread = null;
            }
            ClearPendingThreadInterrupt();
        }
    }

    /// <summary>Stops the running cell, if any: loops and recursion at their next check, waits and sleeps at once.</summary>
    public bool Interrupt()
    {
        lock (gate)
        {
            if (running is null)
            {
                return false;
            }
            CellInterrupt.Requested();
            running.Cancel();
            runningThread?.Interrupt();
            return true;
        }
    }

    private void Run(string source, string cellName, int executionCount, ICellOutput output, CancellationToken cancellation)
    {
        var cell = CellSource.Parse(source);
        UsingDeclarationCheck.Verify(cell.Code);
        foreach (var reference in cell.References)
        {
            Options = Options.AddReferences(Resolve(reference, cellName));
        }
        var cellFile = Path.Combine(Folder, $"cell{cellName}.csx");
        var submission = chain.Prepare(cell.Code, Options.WithFilePath(cellFile), cancellation);
        globals.Outputs = output;
        object? returnValue;
        using (ConsoleRouter.Route(output))
        {
            CellInterrupt.Enter(cancellation);
            try
            {
                var run = chain.Run(submission);
                run.Wait(cancellation);
                returnValue = run.GetAwaiter().GetResult();
            }
            catch (Exception exception) when (cancellation.IsCancellationRequested && exception is OperationCanceledException or ThreadInterruptedException or AggregateException)
            {
                throw new CellException("Interrupted", "The cell was interrupted.", null);
            }
            catch (Exception exception) when (exception is not CellException)
            {
                throw ErrorLocation.FromException(exception is AggregateException { InnerExceptions.Count: 1 } single ? single.InnerException! : exception, cellFile);
            }
            finally
            {
                CellInterrupt.Exit();
            }
        }
        chain.Completed(submission);
        submissions.Add(cell.Code);
        // display(x) as a cell's last expression has shown x already: its handle is not a result to show again.
        if (returnValue is { } value and not DisplayedValue)
        {
            output.Result(executionCount, DisplayFormatter.Format(value, []));
        }
    }

    private IEnumerable<MetadataReference> Resolve(ReferenceDirective reference, string cellName)
    {
        try
        {
            if (reference.IsNuGet)
            {
                var (name, version) = reference.Package;
                return packages.Resolve(name, version).Select(loader.Add).ToList();
            }
            var path = Path.GetFullPath(Path.Combine(Folder, reference.Text));
            if (File.Exists(path))
            {
                return [loader.Add(path)];
            }
            if (loader.Framework(reference.Text) is { } framework)
            {
                return [framework];
            }
            throw new FileNotFoundException(
                $"Referenced assembly not found: #r \"{reference.Text}\" in cell {cellName} " +
                $"resolves to '{path}' (relative paths are resolved against the notebook's folder, {Folder}).");
        }
        catch (Exception error) when (error is not CellException)
        {
            throw new CellException(reference.IsNuGet ? "PackageNotRestored" : "ReferenceNotFound", error.Message, reference.Line, error);
        }
    }

    // First line: the error and where; then the runtime stack of the exception, if there was one.
    private static List<string> Traceback(CellException error, string cellName)
    {
        var where = error.Line is { } line ? $"cell {cellName}, line {line}" : $"cell {cellName}";
        var lines = new List<string> { $"{error.ErrorName}: {error.Message}", $"   at {where}" };
        if (error.InnerException is not { StackTrace: not null } inner)
        {
            return lines;
        }
        var trace = new System.Diagnostics.StackTrace(inner, fNeedFileInfo: false);
        if (trace.FrameCount <= ErrorLocation.MaxFramesLookedUp)
        {
            lines.AddRange(inner.StackTrace.Replace("\r\n", "\n").Split('\n'));
            return lines;
        }
        // A runaway recursion: the first and last frames, not hundreds of thousands of lines.
        var frames = trace.GetFrames();
        lines.AddRange(frames.Take(TracebackEnds).Select(Frame));
        lines.Add($"   ... {frames.Length - 2 * TracebackEnds} more frames ...");
        lines.AddRange(frames.TakeLast(TracebackEnds).Select(Frame));
        return lines;
    }

    private const int TracebackEnds = 20;

    private static string Frame(System.Diagnostics.StackFrame frame) =>
        frame.GetMethod() is { } method ? $"   at {method.DeclaringType?.FullName}.{method.Name}" : "   at ?";

    // An interrupt that arrived as the cell ended is still pending on this thread: consume it here, not in the host's next wait.
    private static void ClearPendingThreadInterrupt()
    {
        try
        {
            Thread.Sleep(0);
        }
        catch (ThreadInterruptedException)
        {
        }
    }
}
