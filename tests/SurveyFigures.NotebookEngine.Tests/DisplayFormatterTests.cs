using System.Text.Json.Nodes;
using SurveyFigures.NotebookTesting;

namespace SurveyFigures.NotebookEngine.Tests;

public sealed class DisplayFormatterTests
{
    [Fact]
    public void Convention_formatter_yields_one_entry_per_preferred_mime_type_in_order_with_console_output()
    {
        using var workspace = new NotebookWorkspace("display-fixture.ipynb", withFormatterFixture: true);

        var result = workspace.Run();

        Assert.True(result.ExitCode == 0, result.ToString());
        var outputs = workspace.Outputs(2);
        Assert.Equal(["stream", "display_data", "stream"], outputs.Select(o => o!["output_type"]!.GetValue<string>()));
        Assert.Equal("before\n", Nbformat.Text(outputs[0]!["text"]));
        Assert.Equal("after\n", Nbformat.Text(outputs[2]!["text"]));
        var data = outputs[1]!["data"]!.AsObject();
        Assert.Equal("<div class=\"fixture-chart\">Survey</div>", Nbformat.Text(data["text/html"]));
        var figure = Assert.IsType<JsonObject>(data["application/vnd.plotly.v1+json"]);
        Assert.Equal("Survey", figure["layout"]!["title"]!.GetValue<string>());
        Assert.Equal("bar", figure["data"]![0]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void Last_expression_becomes_execute_result_with_plain_text()
    {
        using var workspace = new NotebookWorkspace("magic-csharp.ipynb");

        var result = workspace.Run();

        Assert.True(result.ExitCode == 0, result.ToString());
        var output = workspace.Outputs(1).Single()!;
        Assert.Equal("execute_result", output["output_type"]!.GetValue<string>());
        Assert.Equal(1, output["execution_count"]!.GetValue<int>());
        Assert.Equal("2", Nbformat.Text(output["data"]!["text/plain"]));
        Assert.Contains("text/html", output["data"]!.AsObject().Select(p => p.Key));
    }
}
