using SurveyFigures.NotebookTesting;

namespace SurveyFigures.NotebookEngine.Tests;

public sealed class PackageResolverTests
{
    [Fact]
    public void Package_restored_by_the_solution_is_referenced()
    {
        using var workspace = new NotebookWorkspace("nuget-csvhelper.ipynb");

        var result = workspace.Run();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("34", Nbformat.Text(workspace.Outputs(1).Single()!["data"]!["text/plain"]));
    }

    [Fact]
    public void Unknown_package_is_a_clear_error()
    {
        using var workspace = new NotebookWorkspace("nuget-unknown.ipynb");

        var result = workspace.Run();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Package 'NoSuchPackage' version 1.0.0 is not available", result.StandardError);
        Assert.Contains("no project of this solution restores it", result.StandardError);
        Assert.Contains("line 1:", result.StandardError);
    }

    [Fact]
    public void Unrestored_version_lists_the_restored_ones()
    {
        using var workspace = new NotebookWorkspace("nuget-wrong-version.ipynb");

        var result = workspace.Run();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Package 'CsvHelper' version 1.2.3", result.StandardError);
        Assert.Contains("versions this solution restores: 34.0.0", result.StandardError);
    }
}
