using System.Text.Json;
using System.Text.Json.Nodes;

namespace SurveyFigures.NotebookEngine;

/// <summary>Formatted representations of one value, keyed by mime type, in the order they were produced.</summary>
public sealed record MimeBundle(IReadOnlyList<KeyValuePair<string, string>> Entries)
{
    /// <summary>
    /// The <c>data</c> of an output: JSON mime types as JSON values (nbformat's schema requires it, and Jupyter
    /// frontends expect it), text with "\n" newlines, as nbformat's list of lines when <paramref name="asLines"/>.
    /// </summary>
    public JsonObject ToJson(bool asLines)
    {
        var data = new JsonObject();
        foreach (var (mime, text) in Entries)
        {
            // Formatters may emit "\r\n" (the package's CSS does); outputs use "\n" on every OS.
            var normalized = text.Replace("\r\n", "\n");
            data[mime] = IsJson(mime) ? ParseJson(text) : asLines ? Lines(normalized) : JsonValue.Create(normalized);
        }
        return data;
    }

    public static bool IsJson(string mime) =>
        mime == "application/json"
        || (mime.StartsWith("application/", StringComparison.Ordinal) && mime.EndsWith("+json", StringComparison.Ordinal));

    /// <summary>nbformat's multiline string: a list of lines, each keeping its "\n".</summary>
    public static JsonArray Lines(string text)
    {
        var lines = new JsonArray();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }
        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }
        return lines;
    }

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
