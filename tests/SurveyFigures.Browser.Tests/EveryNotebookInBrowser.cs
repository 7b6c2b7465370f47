using System.Diagnostics;
using System.Text.Json.Nodes;

namespace SurveyFigures.Browser.Tests;

/// <summary>
/// Every notebook of notebooks/ opened and run in one classic Notebook server and one headless Chromium
/// (Python/every_notebook.py), once for all the cases of <see cref="NotebooksInBrowserTests"/> and
/// <see cref="NotebookFrontendTests"/>: what the page showed, per notebook, and what the reload, interrupt and restart
/// of <see cref="Lifecycle"/> showed (Python/lifecycle.py, right after that notebook's Run All, in the same server and
/// browser). Screenshots of the charts go to artifacts/test-output/notebooks-in-browser/ (artifacts/ is ignored by git).
/// </summary>
public sealed class EveryNotebookInBrowser : IDisposable
{
    /// <summary>The notebook whose page is also reloaded, interrupted and restarted.</summary>
    public const string Lifecycle = "02-lifen-secretariats.ipynb";
    private const string Python = "/usr/bin/python3";
    private const string KernelName = "csharp-surveyfigures-every-notebook-test";
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("every-notebook-");

    public EveryNotebookInBrowser()
    {
        var root = RepositoryLayout.FindRoot();
        Screenshots = Path.Combine(RepositoryLayout.Artifacts(root), "test-output", "notebooks-in-browser");
        if (Directory.Exists(Screenshots))
        {
            Directory.Delete(Screenshots, recursive: true); // no screenshot of an earlier run is taken for this one's
        }
        var kernel = Path.Combine(RepositoryLayout.KernelBin(root), OperatingSystem.IsWindows() ? "SurveyFigures.Kernel.exe" : "SurveyFigures.Kernel");
        var probe = FrontendProcess.Run(Python, ["-c", "import notebook.notebookapp, selenium"], TimeSpan.FromMinutes(1));
        Problem = probe.ExitCode != 0 || !File.Exists("/usr/bin/chromedriver") ? $"{NotebookFrontendTests.InstallHint}\n{probe.Output}"
            : !File.Exists(kernel) ? $"kernel not built: {kernel}" : null;
        if (Problem is not null)
        {
            return;
        }
        var prefix = Path.Combine(_folder.FullName, "prefix");
        var install = FrontendProcess.Run(kernel, ["install", "--prefix", prefix, "--name", KernelName], TimeSpan.FromMinutes(1));
        var work = Directory.CreateDirectory(Path.Combine(_folder.FullName, "work")).FullName;
        var notebooks = Directory.GetFiles(RepositoryLayout.Notebooks(root), "*.ipynb").Order(StringComparer.Ordinal);
        var watch = Stopwatch.StartNew();
        var run = install.ExitCode != 0 ? install : FrontendProcess.Run(Python,
            [Path.Combine(AppContext.BaseDirectory, "Python", "every_notebook.py"), work, KernelName, Screenshots, Lifecycle, .. notebooks],
            TimeSpan.FromMinutes(20), new() { ["JUPYTER_PATH"] = Path.Combine(prefix, "share", "jupyter") });
        Seconds = watch.Elapsed.TotalSeconds;
        var log = Path.Combine(work, "server.log");
        if (run.ExitCode != 0)
        {
            Problem = $"every_notebook.py failed after {Seconds:0} s\n{run.Output}\nserver log:\n{(File.Exists(log) ? File.ReadAllText(log) : "(none)")}";
            return;
        }
        Result = JsonNode.Parse(run.Stdout.Trim().Split('\n')[^1])!.AsObject();
    }

    /// <summary>Why nothing was seen (the script failed, or the kernel is not built); null when <see cref="Result"/> holds it.</summary>
    public string? Problem { get; }

    public JsonObject? Result { get; }

    public string Screenshots { get; }

    /// <summary>How long the script took, server, browser and every notebook.</summary>
    public double Seconds { get; }

    /// <summary>What the <see cref="Lifecycle"/> notebook's Run All, reload, interrupt and restart showed.</summary>
    public JsonObject? LifecycleResult => Result?["lifecycle"]?.AsObject();

    public void Dispose() => _folder.Delete(recursive: true);
}

/// <summary>The test classes that share <see cref="EveryNotebookInBrowser"/>: one server, one browser, one run.</summary>
[CollectionDefinition(Name)]
public sealed class ClassicNotebookCollection : ICollectionFixture<EveryNotebookInBrowser>
{
    public const string Name = "classic Notebook";
}
