using SurveyFigures.NotebookTesting;

namespace SurveyFigures.NotebookEngine.Tests;

public sealed class KernelAssemblyLoaderTests
{
    [Fact]
    public void Deedle_fails_on_the_kernels_FSharp_Core_as_in_VS_Code()
    {
        using var workspace = new NotebookWorkspace("deedle-fsharpcore.ipynb");

        var result = workspace.Run();

        // The #r cell restores fine; the first cell touching a Deedle type needs FSharp.Core 10.1.
        Assert.NotEqual(0, result.ExitCode);
        Assert.Empty(workspace.Outputs(1));
        Assert.Contains("deedle-fsharpcore.ipynb: cell 2 (1-based, counting all cells)", result.StandardError);
        Assert.Contains("FSharp.Core, Version=10.1.0.0", result.StandardError);
        var error = workspace.Outputs(2).Single()!;
        Assert.Contains("FSharp.Core", error["evalue"]!.GetValue<string>());
    }

    [Fact]
    public void Relative_dll_reference_resolves_against_the_notebook_folder()
    {
        using var workspace = new NotebookWorkspace("display-fixture.ipynb", withFormatterFixture: true);

        // Started from elsewhere: the notebook's folder, not the working directory, anchors the path.
        var result = RunnerProcess.Run(Path.GetTempPath(), workspace.Notebook, "--output-dir", workspace.OutputDir);

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public void Missing_dll_names_notebook_cell_written_and_resolved_path()
    {
        using var workspace = new NotebookWorkspace("missing-reference.ipynb");

        var result = workspace.Run();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("missing-reference.ipynb: cell 1 (1-based, counting all cells), line 2:", result.StandardError);
        Assert.Contains("#r \"lib/Missing.dll\"", result.StandardError);
        Assert.Contains(Path.Combine(workspace.Folder, "lib", "Missing.dll"), result.StandardError);
        Assert.Equal("ReferenceNotFound", workspace.Outputs(1).Single()!["ename"]!.GetValue<string>());
    }
}
