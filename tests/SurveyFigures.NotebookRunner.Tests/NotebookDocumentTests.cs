using System.Text.Json.Nodes;
using SurveyFigures.NotebookTesting;

namespace SurveyFigures.NotebookRunner.Tests;

public sealed class NotebookDocumentTests
{
    [Theory]
    [InlineData("shared-state.ipynb", false)]
    [InlineData("failing-cell.ipynb", false)]
    [InlineData("display-fixture.ipynb", true)]
    public void Executed_copy_is_structurally_valid_nbformat_4(string fixture, bool withFormatterFixture)
    {
        using var workspace = new NotebookWorkspace(fixture, withFormatterFixture);

        workspace.Run();

        Nbformat.AssertValid(workspace.ReadExecuted());
    }

    [Fact]
    public void Metadata_and_sources_are_preserved()
    {
        using var workspace = new NotebookWorkspace("shared-state.ipynb");
        var source = (JsonObject)JsonNode.Parse(File.ReadAllText(workspace.Notebook))!;

        workspace.Run();

        var executed = workspace.ReadExecuted();
        Assert.True(JsonNode.DeepEquals(source["metadata"], executed["metadata"]));
        for (var i = 0; i < source["cells"]!.AsArray().Count; i++)
        {
            Assert.True(JsonNode.DeepEquals(source["cells"]![i]!["metadata"], executed["cells"]![i]!["metadata"]));
            // Both nbformat shapes of source (list of lines, one string) are read and written back unchanged.
            Assert.True(JsonNode.DeepEquals(source["cells"]![i]!["source"], executed["cells"]![i]!["source"]));
        }
        Assert.IsAssignableFrom<JsonValue>(executed["cells"]![2]!["source"]);
    }

    [Fact]
    public void Serialization_is_deterministic_like_jupyter()
    {
        using var workspace = new NotebookWorkspace("display-fixture.ipynb", withFormatterFixture: true);

        workspace.Run();
        var first = File.ReadAllBytes(workspace.Executed);
        workspace.Run();
        var second = File.ReadAllBytes(workspace.Executed);

        Assert.Equal(first, second);
        var text = File.ReadAllText(workspace.Executed);
        Assert.DoesNotContain('\r', text);
        Assert.EndsWith("}\n", text);
        Assert.StartsWith("{\n \"cells\": [\n  {\n", text);
    }
}
