using SurveyFigures.NotebookTesting;

namespace SurveyFigures.NotebookEngine.Tests;

/// <summary>
/// The engine inserts an interrupt check into every loop body, lambda and local function (InterruptPoints): the code
/// runs as written, and a compile error still points at the cell's own line and column.
/// </summary>
public sealed class InterruptPointsTests
{
    [Fact]
    public void Loops_lambdas_and_local_functions_run_unchanged_with_their_interrupt_points()
    {
        using var workspace = new NotebookWorkspace("loops.ipynb");

        var result = workspace.Run();

        // 0+1+2 = 3, the while loop brings it to 10; Twice(10) + square(2) = 24; the foreach writes "12".
        Assert.True(result.ExitCode == 0, result.ToString());
        var outputs = workspace.Outputs(1);
        Assert.Equal("12", Nbformat.Text(outputs[0]!["text"]));
        Assert.Equal("24", Nbformat.Text(outputs[1]!["data"]!["text/plain"]));
    }

    [Fact]
    public void Compile_error_inside_a_loop_reports_the_cells_own_column()
    {
        using var workspace = new NotebookWorkspace("compile-error-in-loop.ipynb");

        var result = workspace.Run();

        // "missing" starts at column 40 of line 2 as written; the interrupt check inserted into the loop body must not shift it.
        Assert.NotEqual(0, result.ExitCode);
        var error = workspace.Outputs(1).Single()!;
        Assert.StartsWith("(2,40): error CS0103: The name 'missing' does not exist", error["evalue"]!.GetValue<string>());
    }
}
