using System.Text.Json.Nodes;

namespace SurveyFigures.Kernel.Tests.Support;

/// <summary>
/// Every notebook of notebooks/ executed once per test run by the repository's headless runner (as `reproduce` runs it,
/// from the notebooks' folder, into a temporary folder): what the other kernels' outputs are compared with.
/// </summary>
internal static class RunnerCopies
{
    private static readonly Lazy<string> Folder = new(RunAll);

    /// <summary>The runner's executed copy of <paramref name="notebook"/> (a file name under notebooks/).</summary>
    public static JsonObject Executed(string notebook) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Folder.Value, notebook)))!.AsObject();

    private static string RunAll()
    {
        var root = JupyterClients.Root;
        var runner = Path.Combine(RepositoryLayout.RunnerBin(root), "SurveyFigures.NotebookRunner.dll");
        Assert.True(File.Exists(runner), $"runner not built: {runner}");
        var folder = Directory.CreateTempSubdirectory("runner-notebooks-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        var notebooks = Directory.GetFiles(RepositoryLayout.Notebooks(root), "*.ipynb").Order(StringComparer.Ordinal);
        var run = JupyterClients.Start("dotnet", [runner, .. notebooks, "--output-dir", folder], TimeSpan.FromMinutes(5), RepositoryLayout.Notebooks(root));
        Assert.True(run.ExitCode == 0, $"The headless runner failed on the repository's notebooks.\n{run}");
        return folder;
    }
}
