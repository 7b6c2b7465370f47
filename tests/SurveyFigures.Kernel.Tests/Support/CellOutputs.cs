using System.Text.Json.Nodes;

namespace SurveyFigures.Kernel.Tests.Support;

/// <summary>
/// What two kernels must agree on, per code cell of an executed notebook: each output's type, its mime types, and
/// its text/plain (or a stream's name and text). HTML is not compared: chart div ids are made per display and the
/// plotly.js copy is inlined only where a session first shows a chart, so the markup legitimately differs.
/// </summary>
internal static class CellOutputs
{
    /// <summary>The display .NET Interactive adds to the first cell it runs: its HTTP API's loader, not a notebook output.</summary>
    public const string DotNetInteractiveLoader = "loadDotnetInteractiveApi";

    /// <summary>Per code cell, one line per output ("execute_result [text/html, text/plain] Title", "stream stdout …").</summary>
    public static List<List<string>> Of(JsonObject notebook) =>
        notebook["cells"]!.AsArray().Select(c => c!.AsObject())
            .Where(c => c["cell_type"]!.GetValue<string>() == "code")
            .Select(c => c["outputs"]!.AsArray().Select(o => o!.AsObject()).Where(o => !IsLoader(o)).Select(Describe).ToList())
            .ToList();

    public static bool IsLoader(JsonObject output) =>
        output["output_type"]!.GetValue<string>() == "display_data" && Text(output["data"]?["text/html"]).Contains(DotNetInteractiveLoader, StringComparison.Ordinal);

    private static string Describe(JsonObject output)
    {
        var type = output["output_type"]!.GetValue<string>();
        if (type == "stream")
        {
            return $"stream {output["name"]} {Text(output["text"])}";
        }
        if (type == "error")
        {
            return $"error {output["ename"]}: {output["evalue"]}";
        }
        var data = output["data"]!.AsObject();
        var mimes = data.Select(p => p.Key).Order(StringComparer.Ordinal);
        return $"{type} [{string.Join(", ", mimes)}] {Text(data["text/plain"])}";
    }

    // nbformat stores multiline strings as a list of lines or as one string; line endings are the kernels' own.
    private static string Text(JsonNode? value) => (value switch
    {
        JsonArray lines => string.Concat(lines.Select(l => l!.GetValue<string>())),
        JsonValue one => one.GetValue<string>(),
        _ => "",
    }).ReplaceLineEndings("\n");
}
