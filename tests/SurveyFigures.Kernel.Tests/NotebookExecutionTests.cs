using System.Text.Json.Nodes;
using SurveyFigures.Kernel.Tests.Support;

namespace SurveyFigures.Kernel.Tests;

/// <summary>
/// Every notebook under notebooks/ executed by nbclient through the installed kernel (the path a VS Code user with the
/// Jupyter extension takes), validated by nbformat; tables and charts arrive with their mime types.
/// </summary>
public sealed class NotebookExecutionTests
{
    public static TheoryData<string> Notebooks()
    {
        var data = new TheoryData<string>();
        foreach (var notebook in Directory.GetFiles(RepositoryLayout.Notebooks(JupyterClients.Root), "*.ipynb").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(notebook));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Notebook_runs_through_the_kernel_with_nbclient(string notebook)
    {
        var folder = Directory.CreateTempSubdirectory("kernel-notebooks-").FullName;
        try
        {
            var source = Path.Combine(RepositoryLayout.Notebooks(JupyterClients.Root), notebook);

            var result = JupyterClients.Run("execute_notebook.py", source, folder);

            Assert.True(result.ExitCode == 0, result.ToString());
            var summary = JsonNode.Parse(result.StandardOutput.Trim().Split('\n')[^1])!.AsObject();
            var cells = summary["cells"]!.AsArray().Select(c => c!.AsObject()).ToList();
            var outputs = cells.SelectMany(c => c["outputs"]!.AsArray().Select(o => o!.GetValue<string>())).ToList();
            var mimes = cells.SelectMany(c => c["mime"]!.AsArray().Select(m => m!.GetValue<string>())).ToList();
            Assert.DoesNotContain("error", outputs);
            Assert.Contains("text/html", mimes);
            // Every notebook of the repository draws at least one chart (the runner's conventions test says so too).
            Assert.Contains("application/vnd.plotly.v1+json", mimes);
            // Polyglot's metadata stays: the executed copy still names the notebook's own kernelspec language.
            Assert.Equal("C#", summary["kernelspec"]!["language"]!.GetValue<string>());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
