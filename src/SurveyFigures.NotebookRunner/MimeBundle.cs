using System.Text.Json;
using System.Text.Json.Nodes;

namespace SurveyFigures.NotebookRunner;

/// <summary>Formatted representations of one value, keyed by mime type, in the order they were produced.</summary>
internal sealed record MimeBundle(IReadOnlyList<KeyValuePair<string, string>> Entries)
{
    /// <summary>nbformat's <c>data</c>: JSON mime types as JSON values (required by the schema), text as lines.</summary>
    public JsonObject ToJson()
    {
        var data = new JsonObject();
        foreach (var (mime, text) in Entries)
        {
            // Formatters may emit "\r\n" (the package's CSS does); executed copies use "\n" on every OS.
            data[mime] = IsJson(mime) ? ParseJson(text) : NotebookJson.Lines(text.Replace("\r\n", "\n"));
        }
        return data;
    }

    public static bool IsJson(string mime) =>
        mime == "application/json"
        || (mime.StartsWith("application/", StringComparison.Ordinal) && mime.EndsWith("+json", StringComparison.Ordinal));

    private static JsonNode? ParseJson(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            // A formatter wrote invalid JSON; keep its text so the output is not lost.
            return JsonValue.Create(text);
        }
    }
}
