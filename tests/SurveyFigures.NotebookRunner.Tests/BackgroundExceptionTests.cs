using SurveyFigures.NotebookTesting;

namespace SurveyFigures.NotebookRunner.Tests;

/// <summary>
/// A cell that starts a thread which throws: the runner must not die with a stack trace and leave the other notebooks
/// unrun. The thread ends, the notebook running at the time fails with the exception named, and the next one runs.
/// </summary>
public sealed class BackgroundExceptionTests
{
    [Fact]
    public void An_exception_on_a_cells_thread_fails_that_notebook_and_the_runner_goes_on()
    {
        using var throwing = new NotebookWorkspace("background-exception.ipynb");
        using var ok = new NotebookWorkspace("shared-state.ipynb");

        var result = RunnerProcess.Run(throwing.Folder, throwing.Notebook, ok.Notebook, "--output-dir", throwing.OutputDir);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("an exception escaped a thread a cell started, and that thread ended: System.InvalidOperationException: boom in the background", result.ToString());
        Assert.DoesNotContain("Unhandled exception", result.ToString());
        Assert.DoesNotContain("   at ", result.ToString());
        // The session lived on: the cell after it ran, and so did the next notebook.
        Assert.Contains("after", string.Concat(throwing.Outputs(3).Select(o => Nbformat.Text(o!["text"]))));
        Assert.True(File.Exists(Path.Combine(throwing.OutputDir, Path.GetFileName(ok.Notebook))));
        Assert.Matches(@"shared-state\.ipynb: 2 cells run", result.ToString());
    }
}
