using System.Text.Json.Nodes;

namespace SurveyFigures.NotebookTesting;

/// <summary>
/// A temp folder per test holding a copy of a fixture notebook (and the fixture dll when asked), with the
/// executed copy written to its <c>out</c> folder. Deleted on dispose.
/// </summary>
internal sealed class NotebookWorkspace : IDisposable
{
    public NotebookWorkspace(string fixture, bool withFormatterFixture = false)
    {
        Folder = Directory.CreateTempSubdirectory("notebook-runner-tests-").FullName;
        Notebook = Path.Combine(Folder, fixture);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture), Notebook);
        if (withFormatterFixture)
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, "FormatterFixture.dll"), Path.Combine(Folder, "FormatterFixture.dll"));
        }
    }

    public string Folder { get; }

    public string Notebook { get; }

    public string OutputDir => Path.Combine(Folder, "out");

    public string Executed => Path.Combine(OutputDir, Path.GetFileName(Notebook));

    /// <summary>Runs the runner on the notebook, from the workspace folder, writing into <see cref="OutputDir"/>.</summary>
    public RunnerResult Run(params string[] extraArgs) =>
        RunnerProcess.Run(Folder, [Notebook, "--output-dir", OutputDir, .. extraArgs]);

    public JsonObject ReadExecuted() => (JsonObject)JsonNode.Parse(File.ReadAllText(Executed))!;

    /// <summary>The outputs of the n-th cell (1-based over all cells) of the executed copy.</summary>
    public JsonArray Outputs(int cell) => (JsonArray)ReadExecuted()["cells"]![cell - 1]!["outputs"]!;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind is harmless.
        }
    }
}
