using System.Text.Json.Nodes;
using SurveyFigures.NotebookTesting;

namespace SurveyFigures.NotebookRunner.Tests;

public sealed class RunSummaryTests
{
    [Fact]
    public void Summary_json_reports_each_notebook()
    {
        using var ok = new NotebookWorkspace("shared-state.ipynb");
        using var failing = new NotebookWorkspace("failing-cell.ipynb");
        var summaryFile = Path.Combine(ok.Folder, "summary.json");

        var result = RunnerProcess.Run(ok.Folder, ok.Notebook, failing.Notebook, "--output-dir", ok.OutputDir, "--summary-json", summaryFile);

        Assert.Equal(1, result.ExitCode);
        var entries = JsonNode.Parse(File.ReadAllText(summaryFile))!.AsArray();
        Assert.Equal(2, entries.Count);
        Assert.Equal(ok.Notebook, entries[0]!["notebook"]!.GetValue<string>());
        Assert.True(entries[0]!["ok"]!.GetValue<bool>());
        Assert.Equal(2, entries[0]!["cells"]!.GetValue<int>());
        Assert.Equal(2, entries[0]!["outputs"]!.GetValue<int>());
        Assert.True(entries[0]!["seconds"]!.GetValue<double>() > 0);
        Assert.Null(entries[0]!["error"]);
        Assert.False(entries[1]!["ok"]!.GetValue<bool>());
        Assert.Equal(2, entries[1]!["cells"]!.GetValue<int>());
        Assert.Contains("cell 3", entries[1]!["error"]!.GetValue<string>());
    }
}
