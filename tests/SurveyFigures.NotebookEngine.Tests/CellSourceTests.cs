using SurveyFigures.NotebookTesting;

namespace SurveyFigures.NotebookEngine.Tests;

public sealed class CellSourceTests
{
    [Fact]
    public void Other_magic_commands_are_refused_by_name()
    {
        using var workspace = new NotebookWorkspace("magic-fsharp.ipynb");

        var result = workspace.Run();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Magic command '#!fsharp' is not supported", result.StandardError);
        Assert.Contains("cell 1 (1-based, counting all cells), line 1:", result.StandardError);
        Assert.Equal("UnsupportedMagicCommand", workspace.Outputs(1).Single()!["ename"]!.GetValue<string>());
    }

    [Fact]
    public void Leading_csharp_magic_is_accepted()
    {
        using var workspace = new NotebookWorkspace("magic-csharp.ipynb");

        var result = workspace.Run();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("2", Nbformat.Text(workspace.Outputs(1).Single()!["data"]!["text/plain"]));
    }

    // docs/kernel.md's table: headless, Console.ReadLine is a clear error of its cell, not a hang on a stdin nobody feeds.
    [Fact]
    public void Console_ReadLine_is_a_clear_error_of_its_cell()
    {
        using var workspace = new NotebookWorkspace("read-line.ipynb");

        var result = workspace.Run();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Console.ReadLine has no one to answer it in the headless runner", result.StandardError);
        Assert.Contains("cell 1 (1-based, counting all cells)", result.StandardError);
    }
}
