using System.Text.Json.Nodes;

namespace SurveyFigures.NotebookTesting;

/// <summary>Structural checks of nbformat 4 (the required keys of the v4 schema), plus text helpers.</summary>
internal static class Nbformat
{
    public static void AssertValid(JsonObject notebook)
    {
        Assert.Equal(4, notebook["nbformat"]!.GetValue<int>());
        Assert.NotNull(notebook["nbformat_minor"]);
        Assert.IsType<JsonObject>(notebook["metadata"]);
        foreach (var cell in notebook["cells"]!.AsArray().Select(c => c!.AsObject()))
        {
            AssertCell(cell);
        }
    }

    private static void AssertCell(JsonObject cell)
    {
        Assert.IsType<JsonObject>(cell["metadata"]);
        Assert.NotNull(cell["source"]);
        var type = cell["cell_type"]!.GetValue<string>();
        Assert.Contains(type, new[] { "code", "markdown", "raw" });
        if (type != "code")
        {
            return;
        }
        Assert.True(cell.ContainsKey("execution_count"), "code cell without execution_count");
        foreach (var output in cell["outputs"]!.AsArray().Select(o => o!.AsObject()))
        {
            AssertOutput(output);
        }
    }

    private static void AssertOutput(JsonObject output)
    {
        switch (output["output_type"]!.GetValue<string>())
        {
            case "stream":
                Assert.Contains(output["name"]!.GetValue<string>(), new[] { "stdout", "stderr" });
                Assert.NotNull(output["text"]);
                break;
            case "display_data":
                AssertData(output);
                break;
            case "execute_result":
                AssertData(output);
                Assert.True(output.ContainsKey("execution_count"));
                break;
            case "error":
                Assert.NotNull(output["ename"]);
                Assert.NotNull(output["evalue"]);
                Assert.IsType<JsonArray>(output["traceback"]);
                break;
            default:
                Assert.Fail($"unknown output_type in {output.ToJsonString()}");
                break;
        }
    }

    private static void AssertData(JsonObject output)
    {
        Assert.IsType<JsonObject>(output["metadata"]);
        foreach (var (mime, value) in output["data"]!.AsObject())
        {
            if (mime.StartsWith("application/", StringComparison.Ordinal) && mime.EndsWith("json", StringComparison.Ordinal))
            {
                Assert.IsType<JsonObject>(value); // nbformat: JSON mime data is JSON, not a string
            }
            else
            {
                Assert.False(string.IsNullOrEmpty(Text(value)), $"empty {mime}");
            }
        }
    }

    /// <summary>An nbformat multiline string (one string or a list of lines) as one string.</summary>
    public static string Text(JsonNode? node) => node switch
    {
        JsonArray lines => string.Concat(lines.Select(l => l!.GetValue<string>())),
        null => "",
        _ => node.GetValue<string>(),
    };
}
