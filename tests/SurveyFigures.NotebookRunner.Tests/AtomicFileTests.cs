using SurveyFigures.NotebookTesting;

namespace SurveyFigures.NotebookRunner.Tests;

public sealed class AtomicFileTests
{
    [Theory]
    [InlineData("shared-state.ipynb", 0)]
    [InlineData("failing-cell.ipynb", 1)]
    public void Executed_copy_is_written_without_leftovers_and_source_is_untouched(string fixture, int exitCode)
    {
        using var workspace = new NotebookWorkspace(fixture);
        var before = File.ReadAllBytes(workspace.Notebook);

        var result = workspace.Run();

        Assert.True(result.ExitCode == exitCode, result.ToString());
        Assert.Equal(before, File.ReadAllBytes(workspace.Notebook));
        // Only the executed copy: the temp file it was written to has been renamed into place.
        Assert.Equal([workspace.Executed], Directory.GetFiles(workspace.OutputDir));
        Assert.Equal([workspace.Notebook], Directory.GetFiles(workspace.Folder));
        if (exitCode != 0)
        {
            Assert.Contains(workspace.Outputs(3), o => o!["output_type"]!.GetValue<string>() == "error");
        }
    }

    [Fact]
    public void Output_folder_equal_to_the_notebooks_is_refused()
    {
        using var workspace = new NotebookWorkspace("shared-state.ipynb");
        var before = File.ReadAllBytes(workspace.Notebook);

        var result = RunnerProcess.Run(workspace.Folder, workspace.Notebook, "--output-dir", workspace.Folder);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal(before, File.ReadAllBytes(workspace.Notebook));
    }
}
