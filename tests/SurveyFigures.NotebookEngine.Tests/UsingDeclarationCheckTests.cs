using SurveyFigures.NotebookTesting;

namespace SurveyFigures.NotebookEngine.Tests;

public sealed class UsingDeclarationCheckTests
{
    [Fact]
    public void Top_level_using_var_is_refused_like_the_kernel()
    {
        using var workspace = new NotebookWorkspace("using-var.ipynb");

        var result = workspace.Run();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("using-var.ipynb: cell 2 (1-based, counting all cells), line 2:", result.StandardError);
        Assert.Contains("top-level 'using' declaration", result.StandardError);
        Assert.Equal("UnsupportedUsingDeclaration", workspace.Outputs(2).Single()!["ename"]!.GetValue<string>());
    }
}
