using SurveyFigures.NotebookTesting;

namespace SurveyFigures.NotebookEngine.Tests;

/// <summary>
/// Expression-bodied members are instrumented like block bodies: each shape still compiles and runs (a value, async
/// Task and Task&lt;T&gt;, a ref return, a throw, a property), and a void one that recurses without end is an error of its
/// cell, not a stack overflow that ends the process.
/// </summary>
public sealed class ExpressionBodyTests
{
    [Fact]
    public void Every_shape_of_expression_body_runs_and_a_void_recursion_is_stopped()
    {
        using var workspace = new NotebookWorkspace("expression-bodies.ipynb");

        var result = workspace.Run();

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("bodies 42 5", string.Concat(workspace.Outputs(1).Select(o => Nbformat.Text(o!["text"]))));
        Assert.Contains("cell 2", result.StandardError);
        Assert.Contains("recursed until the stack was nearly exhausted", result.ToString());
        Assert.DoesNotContain("Stack overflow", result.ToString());
        Assert.Empty(workspace.Outputs(3));
    }
}
