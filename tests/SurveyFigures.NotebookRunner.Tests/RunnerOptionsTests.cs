using SurveyFigures.NotebookTesting;

namespace SurveyFigures.NotebookRunner.Tests;

public sealed class RunnerOptionsTests
{
    [Fact]
    public void Missing_notebook_argument_prints_usage()
    {
        var result = RunnerProcess.Run(Path.GetTempPath());

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("usage:", result.StandardError);
    }

    [Fact]
    public void Unknown_option_is_refused()
    {
        var result = RunnerProcess.Run(Path.GetTempPath(), "x.ipynb", "--frobnicate");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--frobnicate", result.StandardError);
    }
}
