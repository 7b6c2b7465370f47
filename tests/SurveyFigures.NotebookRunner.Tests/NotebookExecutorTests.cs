using SurveyFigures.NotebookTesting;

namespace SurveyFigures.NotebookRunner.Tests;

public sealed class NotebookExecutorTests
{
    [Fact]
    public void Cells_share_state_and_report_stream_and_result()
    {
        using var workspace = new NotebookWorkspace("shared-state.ipynb");

        var result = workspace.Run();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("shared-state.ipynb: 2 cells run, 2 outputs", result.StandardOutput);
        var cells = workspace.ReadExecuted()["cells"]!.AsArray();
        Assert.Equal(1, cells[1]!["execution_count"]!.GetValue<int>());
        Assert.Empty(cells[1]!["outputs"]!.AsArray());
        var outputs = cells[2]!["outputs"]!.AsArray();
        Assert.Equal("stream", outputs[0]!["output_type"]!.GetValue<string>());
        Assert.Equal("stdout", outputs[0]!["name"]!.GetValue<string>());
        Assert.Equal("runner: 40\n", Nbformat.Text(outputs[0]!["text"]));
        Assert.Equal("execute_result", outputs[1]!["output_type"]!.GetValue<string>());
        Assert.Equal(2, outputs[1]!["execution_count"]!.GetValue<int>());
        Assert.Equal("42", Nbformat.Text(outputs[1]!["data"]!["text/plain"]));
    }

    [Fact]
    public void Failing_cell_gets_error_output_and_stops_the_run()
    {
        using var workspace = new NotebookWorkspace("failing-cell.ipynb");

        var result = workspace.Run();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("failing-cell.ipynb: cell 3 (1-based, counting all cells), line 2:", result.StandardError);
        Assert.Contains("ArgumentOutOfRangeException", result.StandardError);
        Assert.Equal("first\n", Nbformat.Text(workspace.Outputs(1)[0]!["text"]));
        var error = workspace.Outputs(3).Single()!;
        Assert.Equal("error", error["output_type"]!.GetValue<string>());
        Assert.Equal("System.ArgumentOutOfRangeException", error["ename"]!.GetValue<string>());
        // The type is the error's name; its value is the message alone, as Jupyter frontends show "ename: evalue".
        Assert.DoesNotContain("ArgumentOutOfRangeException", error["evalue"]!.GetValue<string>());
        Assert.Contains("at cell 3, line 2", Nbformat.Text(error["traceback"]));
        var notRun = workspace.ReadExecuted()["cells"]![3]!;
        Assert.Null(notRun["execution_count"]);
        Assert.Empty(notRun["outputs"]!.AsArray());
    }

    [Fact]
    public void Compile_error_names_cell_and_line()
    {
        using var workspace = new NotebookWorkspace("compile-error.ipynb");

        var result = workspace.Run();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("compile-error.ipynb: cell 1 (1-based, counting all cells), line 2:", result.StandardError);
        Assert.Equal("CompilationError", workspace.Outputs(1).Single()!["ename"]!.GetValue<string>());
    }

    [Fact]
    public void Cell_of_another_kernel_is_refused()
    {
        using var workspace = new NotebookWorkspace("kernel-fsharp.ipynb");

        var result = workspace.Run();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Cell kernel 'fsharp' is not supported", result.StandardError);
    }
}
